import Catalogue
import PlanModel

/// `?`: every key, grouped by screen, in two columns when the terminal is wide; scrolls.
struct HelpView: AppView {
    private(set) var pager = Pager()

    enum HelpLine: Sendable, Equatable {
        case heading(Message)
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
        ScreenHeader(title: Message.keyHelpScreenTitle.text(), right: "plandash ",
                     subtitle: StyledLine(Message.keyHelpScreenHint.text(), ctx.theme.style(.label)))
    }

    func status(_ ctx: ViewContext) -> String {
        let longest = lineCount(ctx)
        return longest > ctx.body.height ? Message.keyHelpScreenScrolling(pager.position(lines: longest,
            rows: ctx.body.height, noun: .screenLines)).text() : Message.keyHelpScreenAllKeys.text()
    }

    var keyBar: [KeyHint] {
        [KeyHint("↑↓", .keyBarScroll), KeyHint(KeyNames.paging, .keyBarPage), KeyHint("Esc", .keyBarBack)]
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
                    line.append(title.text(), theme.style(.heading))
                case .key(let hint):
                    line.pad(3)
                    line.append(hint.keys.text(), Style(bold: true), width: HelpView.keyWidth)
                    line.append(hint.label.text())
                case .blank:
                    break
                }
                grid.draw(line, x: x, y: body.y + offset, width: columnWidth)
            }
        }
    }
}
