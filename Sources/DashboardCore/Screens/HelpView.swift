import PlanModel

/// `?`: every key, grouped by screen, in two columns when the terminal is wide; scrolls.
struct HelpView: AppView {
    private(set) var pager = Pager()

    enum HelpLine: Sendable, Equatable {
        case heading(String)
        case key(KeyHint)
        case blank
    }

    /// The help text, one entry per row.
    static let lines: [HelpLine] = KeyHelp.groups.flatMap { group in
        [.heading(group.title)] + group.keys.map { .key($0) } + [.blank]
    }

    private static let keyWidth = 18
    private static let twoColumnsFrom = 100

    /// The lines of each column: from 100 columns wide, split after the group nearest the middle.
    static func columns(width: Int) -> [ArraySlice<HelpLine>] {
        guard width >= twoColumnsFrom else { return [lines[...]] }
        let ends = lines.indices.filter { lines[$0] == .blank }.map { $0 + 1 }
        let split = ends.min { abs($0 - lines.count / 2) < abs($1 - lines.count / 2) } ?? lines.count
        return [lines[..<split], lines[split...]]
    }

    /// The lines of the longest column.
    private func lineCount(_ ctx: ViewContext) -> Int {
        HelpView.columns(width: ctx.width).map(\.count).max() ?? 0
    }

    mutating func handle(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        if key == .enter { return .pop }
        return pager.handle(key, lines: lineCount(ctx), rows: ctx.body.height) ? .handled : .unhandled
    }

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        pager.mouse(event.kind, lines: lineCount(ctx), rows: ctx.body.height)
        return .handled
    }

    mutating func refresh(_ ctx: ViewContext) -> RefreshOutcome {
        pager.clamp(lines: lineCount(ctx), rows: ctx.body.height)
        return .kept
    }

    func header(_ ctx: ViewContext) -> ScreenHeader {
        ScreenHeader(title: "帮助  按键一览", right: "plandash ",
                     subtitle: StyledLine("按屏幕分组 · 全局按键在任何屏幕都可用 · Esc 或 q 返回", ctx.theme.style(.label)))
    }

    func status(_ ctx: ViewContext) -> String {
        let longest = lineCount(ctx)
        return longest > ctx.body.height ? pager.position(lines: longest, rows: ctx.body.height,
            noun: "行") + " · ↑↓ 滚动" : "全部按键"
    }

    var keyBar: [KeyHint] {
        [KeyHint("↑↓", "滚动"), KeyHint("PgUp PgDn", "翻页"), KeyHint("Esc", "返回")]
    }

    func draw(into grid: inout CellGrid, _ ctx: ViewContext) {
        let body = ctx.body
        let theme = ctx.theme
        let columns = HelpView.columns(width: ctx.width)
        let t = pager.visibleTop(lines: lineCount(ctx), rows: body.height)
        let columnWidth = body.width / columns.count
        for (c, column) in columns.enumerated() {
            let x = body.x + c * columnWidth
            let rows = Array(column.dropFirst(t).prefix(body.height))
            for (offset, entry) in rows.enumerated() {
                var line = StyledLine()
                switch entry {
                case .heading(let title):
                    line.pad(1)
                    line.append(title, theme.style(.heading))
                case .key(let hint):
                    line.pad(3)
                    line.append(hint.keys, Style(bold: true), width: HelpView.keyWidth)
                    line.append(hint.label)
                case .blank:
                    break
                }
                grid.draw(line, x: x, y: body.y + offset, width: columnWidth)
            }
        }
    }
}
