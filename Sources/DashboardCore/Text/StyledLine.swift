import PlanModel

/// A row of text in pieces, each with its own style, laid out left to right. A piece may be
/// given a fixed width: it is then truncated with `…` or padded to exactly that many columns.
struct StyledLine: Sendable, Equatable {
    struct Span: Sendable, Equatable {
        var text: String
        var style: Style
    }

    private(set) var spans: [Span] = []

    init() {}

    init(_ text: String, _ style: Style = .plain) {
        append(text, style)
    }

    /// The columns the line takes.
    var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// Appends text; with `width`, fitted to exactly that many columns.
    mutating func append(_ text: String, _ style: Style = .plain, width: Int? = nil, alignRight: Bool = false) {
        let t = width.map { DisplayWidth.fit(text, to: $0, alignRight: alignRight) } ?? text
        if t.isEmpty { return }
        spans.append(Span(text: t, style: style))
    }

    /// Appends another line's pieces.
    mutating func append(_ other: StyledLine) {
        spans += other.spans
    }

    /// Appends `count` spaces.
    mutating func pad(_ count: Int, _ style: Style = .plain) {
        if count > 0 { spans.append(Span(text: String(repeating: " ", count: count), style: style)) }
    }

    /// Pads with spaces up to `column`.
    mutating func pad(to column: Int, _ style: Style = .plain) {
        pad(column - width, style)
    }

    /// The line cut to `width` columns, ending in `…` when anything was cut.
    func truncated(to width: Int) -> StyledLine {
        guard self.width > width else { return self }
        var out = StyledLine()
        var used = 0
        for span in spans {
            let w = DisplayWidth.of(span.text)
            if used + w <= width - 1 {
                out.spans.append(span)
                used += w
                continue
            }
            if width - used >= 1 {
                let cut = DisplayWidth.truncate(span.text, to: width - used - 1, ellipsis: false)
                out.spans.append(Span(text: cut + "…", style: span.style))
            }
            break
        }
        return out
    }
}

extension CellGrid {
    /// Draws a line at (x, y), clipped to `width` columns; the rest of the width is blanked in `fill`.
    mutating func draw(_ line: StyledLine, x: Int, y: Int, width: Int, fill: Style = .plain) {
        let end = x + width
        var col = x
        for span in line.truncated(to: max(0, width)).spans where col < end {
            col = put(span.text, x: col, y: y, style: span.style, maxWidth: end - col)
        }
        if col < end { self.fill(x: col, y: y, count: end - col, style: fill) }
    }

    /// Draws `text` centred in a row of `width` columns from `x`.
    mutating func putCentered(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain) {
        let t = DisplayWidth.truncate(text, to: width)
        put(t, x: x + max(0, (width - DisplayWidth.of(t)) / 2), y: y, style: style)
    }
}
