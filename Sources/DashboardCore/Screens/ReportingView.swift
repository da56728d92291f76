import Catalogue
import Foundation
import PlanModel

/// 报送情况: for the reporting period of the as-of day, every unit with items due, what it has
/// reported, what is missing and when it last reported, most missing first, late units in red.
/// Enter lists the selected unit's missing items.
struct ReportingView: AppView {
    private(set) var round: ReportingRound
    private(set) var list = SelectableList<String>()
    /// The units, in the round's order (most missing first).
    private(set) var units: [String] = []

    init(_ ctx: ViewContext) {
        round = ReportingView.round(ctx)
        units = round.units.map(\.unit)
        list.keep(in: units, rows: listRows(ctx))
    }

    /// The round of the period holding the as-of day, from the journal's records.
    static func round(_ ctx: ViewContext) -> ReportingRound {
        let plan = ctx.model.status.plan
        return ReportingRound(plan: plan, ledger: ctx.ledger, period: plan.reportingPeriod(at: ctx.model.status.asOf))
    }

    private func listRows(_ ctx: ViewContext) -> Int { max(0, ctx.body.height - 1) }

    mutating func handle(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        if key == .enter { return open(ctx) }
        return list.navigate(key, in: units, rows: listRows(ctx)) ? .handled : .unhandled
    }

    private func open(_ ctx: ViewContext) -> ViewAction {
        guard let unit = list.current(in: units) else { return .handled }
        return .push(MissingItemsView(unit: unit, ctx))
    }

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        let hit = list.mouse(event, firstY: ctx.body.y + 1, in: units, rows: listRows(ctx))
        return hit != nil && event.kind == .doubleClick ? open(ctx) : .handled
    }

    mutating func refresh(_ ctx: ViewContext) -> RefreshOutcome {
        round = ReportingView.round(ctx)
        units = round.units.map(\.unit)
        list.keep(in: units, rows: listRows(ctx))
        return .kept
    }

    func header(_ ctx: ViewContext) -> ScreenHeader {
        let p = round.period
        let complete = round.units.filter { !$0.isLate }.count
        var sub = StyledLine()
        sub.append(Message.roundTotals(units: round.units.count, complete: complete,
            late: round.units.count - complete).text(), Style(bold: true))
        sub.append(Message.roundScreenHint.text(), ctx.theme.style(.label))
        return ScreenHeader(title: Message.roundTitle(p.id, start: p.start.description, end: p.end.description,
            due: p.due.description).text(),
                            right: Message.asOfRight(ctx.model.status.asOf.description).text(), subtitle: sub)
    }

    func status(_ ctx: ViewContext) -> String {
        guard let i = list.index(in: units) else { return Message.roundNoUnits.text() }
        let u = round.units[i]
        return Message.roundScreenPosition(i + 1, of: units.count, unit: TerminalSafe.text(u.unit),
            missing: u.missingCount).text()
    }

    var keyBar: [KeyHint] {
        [KeyHint("↑↓", .keyBarUnits), KeyHint("Enter", .keyBarMissing), KeyHint("Esc", .keyBarBack),
         KeyHint("o", .keyBarChase), KeyHint("d", .keyBarDepartments), KeyHint("/", .keyBarSearch),
         KeyHint("?", .keyBarHelp), KeyHint("t", .keyBarDate)]
    }

    /// The figures' columns: 6, or their widest header.
    private static func figure(_ names: [String]) -> Int {
        max(6, names[1...3].map { DisplayWidth.of($0) }.max() ?? 0)
    }
    /// `2019-10-02 07:06Z`.
    private static let timeWidth = 17

    func draw(into grid: inout CellGrid, _ ctx: ViewContext) {
        let body = ctx.body
        let theme = ctx.theme
        let names = Message.roundTableHeader.map { $0.text() }
        let figure = ReportingView.figure(names)
        let nameWidth = max(4, min(ctx.model.unitNameWidth,
            body.width - SelectableList<String>.marker - 3 * (figure + 1) - ReportingView.timeWidth - 3))
        var head = StyledLine()
        head.pad(SelectableList<String>.marker)
        head.append(names[0], theme.style(.label), width: nameWidth)
        for name in names[1...3] {
            head.pad(1)
            head.append(name, theme.style(.label), width: figure, alignRight: true)
        }
        head.pad(3)
        head.append(names[4], theme.style(.label))
        grid.draw(head, x: body.x, y: body.y, width: body.width)
        guard !units.isEmpty else {
            grid.draw(StyledLine(Message.roundNoUnits.text()), x: body.x + 2, y: body.y + 1, width: body.width - 2)
            return
        }
        list.draw(units, into: &grid, x: body.x, y: body.y + 1, width: body.width, rows: listRows(ctx)) { i in
            let u = round.units[i]
            let late = u.isLate ? theme.style(.bad) : Style.plain
            var line = StyledLine()
            line.append(TerminalSafe.text(u.unit), late, width: nameWidth)
            for (n, style) in [(u.due.count, Style.plain), (u.reported.count, Style.plain), (u.missingCount, late)] {
                line.pad(1)
                line.append("\(n)", style, width: figure, alignRight: true)
            }
            line.pad(3)
            line.append(u.lastReported.map(LocalTime.current.minute) ?? Message.roundNever.text(),
                u.lastReported == nil ? theme.style(.label) : .plain)
            return line
        }
    }
}
