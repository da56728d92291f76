import PlanModel

/// Box-drawing borders: light for panes, heavy for the focused one, so focus shows without colour.
struct BoxStyle: Sendable {
    let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: Character

    static let light = BoxStyle(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
        bottomRight: "┘")
    static let heavy = BoxStyle(horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗",
        bottomRight: "┛")
}

extension CellGrid {
    /// Draws a border around `rect` (at least 2×2), with `title` on the top edge after the
    /// corner and `right` before the far corner, and `footer` on the bottom edge.
    mutating func box(_ rect: Rect, _ box: BoxStyle, style: Style, title: StyledLine, right: StyledLine = StyledLine(),
                      footer: String = "") {
        guard rect.width >= 2, rect.height >= 2 else { return }
        edge(rect, y: rect.y, box, style: style, title: title, right: right, corners: (box.topLeft, box.topRight))
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put(String(box.vertical), x: rect.x, y: y, style: style)
            put(String(box.vertical), x: rect.x + rect.width - 1, y: y, style: style)
        }
        var foot = StyledLine()
        if !footer.isEmpty { foot.append(" \(footer) ", style) }
        edge(rect, y: rect.maxY - 1, box, style: style, title: StyledLine(), right: foot, corners: (box.bottomLeft,
            box.bottomRight))
    }

    /// One horizontal edge: corner, a rule with the title near the left and `right` near the
    /// right end, corner. The title is cut first when both do not fit.
    mutating func edge(_ rect: Rect, y: Int, _ box: BoxStyle, style: Style, title: StyledLine, right: StyledLine,
                       corners: (Character, Character)) {
        let w = rect.width
        fill(x: rect.x, y: y, count: w, style: style, with: box.horizontal)
        put(String(corners.0), x: rect.x, y: y, style: style)
        put(String(corners.1), x: rect.x + w - 1, y: y, style: style)
        let rightWidth = min(right.width, max(0, w - 4))
        let rightX = rect.x + w - 2 - rightWidth
        draw(right, x: rightX, y: y, width: rightWidth, fill: style)
        let titleRoom = max(0, rightX - (rect.x + 2) - 1)
        if title.width > 0, titleRoom > 0 {
            draw(title, x: rect.x + 2, y: y, width: min(title.width, titleRoom), fill: style)
        }
    }
}
