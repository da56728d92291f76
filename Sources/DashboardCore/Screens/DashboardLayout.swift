/// Where the dashboard's panes go for a body area: a grid of 3 columns from 180 columns wide,
/// 2 from 110, 1 below (so task titles keep their room); panes in file order, the last grid
/// row shared by the panes left.
/// When the panes do not fit in height, the focused grid row keeps its height, the rows after
/// it (then before it) follow while they fit, and the others shrink to their title line.
struct DashboardLayout: Sendable, Equatable {
    struct Pane: Sendable, Equatable {
        let index: Int
        let rect: Rect
        /// Only the title line is shown.
        let collapsed: Bool

        /// Task rows visible inside the border, below the column header.
        var rows: Int { collapsed ? 0 : max(0, rect.height - 3) }
        /// The screen row of the first task row.
        var firstRowY: Int { rect.y + 2 }
    }

    let panes: [Pane]

    static func columns(forWidth width: Int) -> Int {
        width >= 180 ? 3 : width >= 110 ? 2 : 1
    }

    init(panes models: [PaneModel], body: Rect, focus: Int) {
        let cols = DashboardLayout.columns(forWidth: body.width)
        let gridRows = stride(from: 0, to: models.count, by: cols).map { Array($0..<min($0 + cols, models.count)) }
        // A pane needs its border, the column header and one row per task area.
        let needed = gridRows.map { row in row.map { models[$0].rows.count + 3 }.max() ?? 3 }
        var heights = needed
        var collapsed = Array(repeating: false, count: gridRows.count)
        if needed.reduce(0, +) > body.height {
            let focusRow = gridRows.firstIndex { $0.contains(focus) } ?? 0
            collapsed = gridRows.indices.map { $0 != focusRow }
            heights = gridRows.indices.map { $0 == focusRow ? needed[$0] : 1 }
            heights[focusRow] = min(needed[focusRow], body.height - (gridRows.count - 1))
            var room = body.height - heights.reduce(0, +)
            for step in 1..<max(1, gridRows.count) {
                let r = (focusRow + step) % gridRows.count
                if needed[r] - 1 <= room {
                    room -= needed[r] - 1
                    heights[r] = needed[r]
                    collapsed[r] = false
                }
            }
        }
        // Spare rows go to the open panes in turn.
        let open = gridRows.indices.filter { !collapsed[$0] }
        var spare = body.height - heights.reduce(0, +)
        var turn = 0
        while spare > 0, !open.isEmpty {
            heights[open[turn % open.count]] += 1
            spare -= 1
            turn += 1
        }
        var panes: [Pane] = []
        var y = body.y
        for (r, row) in gridRows.enumerated() {
            var x = body.x
            for (c, index) in row.enumerated() {
                let w = body.width / row.count + (c < body.width % row.count ? 1 : 0)
                panes.append(Pane(index: index, rect: Rect(x: x, y: y, width: w, height: heights[r]),
                    collapsed: collapsed[r]))
                x += w
            }
            y += heights[r]
        }
        self.panes = panes
    }

    /// The pane under a cell.
    func pane(atX x: Int, y: Int) -> Pane? {
        panes.first { $0.rect.contains(x: x, y: y) }
    }
}
