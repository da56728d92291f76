import Catalogue
import PlanModel

/// `w`: every problem met reading the plan's journal (torn or malformed lines, unknown items,
/// records of the wrong kind, clocks ahead), each in full with its file and line, wrapped to
/// the width; scrolls. The status line shows only the first.
struct WarningsView: AppView {
    private(set) var pager = Pager()
    /// The warnings as drawn: each wrapped to the width, a blank line after each.
    private var lines: [String] = []

    init(_ ctx: ViewContext) {
        lines = WarningsView.wrap(ctx.warnings, width: ctx.width - 2)
    }

    private static func wrap(_ warnings: [String], width: Int) -> [String] {
        warnings.flatMap { warning -> [String] in
            var rows: [String] = []
            var row = ""
            for c in TerminalSafe.text(warning) {
                if DisplayWidth.of(row) + DisplayWidth.of(c) > max(1, width) {
                    rows.append(row)
                    row = "  "
                }
                row.append(c)
            }
            return rows + [row, ""]
        }
    }

    mutating func handle(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        if key == .enter { return .pop }
        return pager.handle(key, lines: lines.count, rows: ctx.body.height) ? .handled : .unhandled
    }

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        pager.mouse(event.kind, lines: lines.count, rows: ctx.body.height)
        return .handled
    }

    mutating func refresh(_ ctx: ViewContext) -> RefreshOutcome {
        lines = WarningsView.wrap(ctx.warnings, width: ctx.width - 2)
        pager.clamp(lines: lines.count, rows: ctx.body.height)
        return .kept
    }

    func header(_ ctx: ViewContext) -> ScreenHeader {
        ScreenHeader(title: Message.warningsTitle(ctx.warnings.count).text(),
                     right: Message.asOfRight(ctx.model.status.asOf.description).text(),
                     subtitle: StyledLine(Message.warningsHint.text(), ctx.theme.style(.label)))
    }

    func status(_ ctx: ViewContext) -> String {
        ctx.warnings.isEmpty ? Message.noWarnings.text() : pager.position(lines: lines.count, rows: ctx.body.height,
            noun: .screenLines).text()
    }

    var keyBar: [KeyHint] {
        [KeyHint("↑↓", .keyBarScroll), KeyHint(KeyNames.paging, .keyBarPage), KeyHint("Esc", .keyBarBack)]
    }

    func draw(into grid: inout CellGrid, _ ctx: ViewContext) {
        let body = ctx.body
        guard !lines.isEmpty else {
            grid.draw(StyledLine(" " + Message.noWarnings.text(), ctx.theme.style(.label)), x: body.x, y: body.y,
                width: body.width)
            return
        }
        let t = pager.visibleTop(lines: lines.count, rows: body.height)
        for (offset, line) in lines.dropFirst(t).prefix(body.height).enumerated() {
            grid.draw(StyledLine(" " + line, line.hasPrefix("  ") ? .plain : ctx.theme.style(.warn)), x: body.x,
                y: body.y + offset, width: body.width)
        }
    }
}
