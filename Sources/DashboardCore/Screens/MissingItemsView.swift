import Catalogue
import PlanModel

/// One unit's missing items in the reporting period (indicators, milestones, measures, in plan
/// order); Enter opens an item's task area on the item.
struct MissingItemsView: AppView {
    let unit: String
    private(set) var standing: ReportingRound.UnitStanding?
    private(set) var period: ReportingPeriod
    private(set) var list = SelectableList<String>()
    private(set) var items: [ReportingDuty.Item] = []

    init(unit: String, _ ctx: ViewContext) {
        self.unit = unit
        let round = ReportingView.round(ctx)
        period = round.period
        standing = round.standing(of: unit)
        items = standing?.missing ?? []
        list.keep(in: items.map(\.id), rows: listRows(ctx))
    }

    private func listRows(_ ctx: ViewContext) -> Int { max(0, ctx.body.height - 1) }
    private var ids: [String] { items.map(\.id) }

    mutating func handle(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        if key == .enter { return open(ctx) }
        return list.navigate(key, in: ids, rows: listRows(ctx)) ? .handled : .unhandled
    }

    private func open(_ ctx: ViewContext) -> ViewAction {
        guard let i = list.index(in: ids), ctx.model.task(items[i].taskID) != nil else { return .handled }
        return .push(TaskDetailView(task: items[i].taskID, select: items[i].id, ctx))
    }

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        let hit = list.mouse(event, firstY: ctx.body.y + 1, in: ids, rows: listRows(ctx))
        return hit != nil && event.kind == .doubleClick ? open(ctx) : .handled
    }

    mutating func refresh(_ ctx: ViewContext) -> RefreshOutcome {
        let round = ReportingView.round(ctx)
        period = round.period
        standing = round.standing(of: unit)
        guard standing != nil else { return .gone }
        items = standing?.missing ?? []
        list.keep(in: ids, rows: listRows(ctx))
        return .kept
    }

    func header(_ ctx: ViewContext) -> ScreenHeader {
        var sub = StyledLine()
        if let s = standing {
            sub.append(Message.missingCounts(due: s.due.count, reported: s.reported.count,
                missing: s.missingCount).text(),
                       s.isLate ? ctx.theme.style(.bad) : Style(bold: true))
        }
        return ScreenHeader(title: Message.missingTitle(TerminalSafe.text(unit), period: period.id).text(),
                            right: Message.asOfRight(ctx.model.status.asOf.description).text(), subtitle: sub)
    }

    func status(_ ctx: ViewContext) -> String {
        guard let i = list.index(in: ids) else { return Message.missingNone.text() }
        return Message.missingPosition(i + 1, of: ids.count).text()
    }

    var keyBar: [KeyHint] {
        [KeyHint("↑↓", .keyBarItems), KeyHint("Enter", .keyBarOpen), KeyHint("Esc", .keyBarBack),
         KeyHint("/", .keyBarSearch), KeyHint("?", .keyBarHelp), KeyHint("t", .keyBarDate)]
    }

    /// The kind's column: 8, or its widest name.
    private static var kind: Int {
        let names = [Message.missingIndicator, .missingMilestone, .missingMeasure]
        return max(8, names.map { DisplayWidth.of($0.text()) }.max() ?? 0)
    }

    func draw(into grid: inout CellGrid, _ ctx: ViewContext) {
        let body = ctx.body
        let theme = ctx.theme
        let idWidth = min(14, max(4, items.map { DisplayWidth.of($0.id) }.max() ?? 0))
        let task = max(8, body.width / 6)
        let kind = MissingItemsView.kind
        let text = max(6, body.width - SelectableList<String>.marker - kind - idWidth - task - 3)
        let names = Message.missingHeader.map { $0.text() }
        let head = SelectableList<String>.header(Array(zip(names, [kind, idWidth, text])),
            last: names[3], style: theme.style(.label))
        grid.draw(head, x: body.x, y: body.y, width: body.width)
        guard !items.isEmpty else {
            grid.draw(StyledLine(Message.missingNone.text()), x: body.x + 2, y: body.y + 1, width: body.width - 2)
            return
        }
        list.draw(ids, into: &grid, x: body.x, y: body.y + 1, width: body.width, rows: listRows(ctx)) { i in
            let item = items[i]
            let (label, what): (Message, String) = switch item.kind {
            case .indicator(let ind, _): (ind.isMilestone ? .missingMilestone : .missingIndicator, ind.name)
            case .measure(let m): (.missingMeasure, m.text)
            }
            var line = StyledLine()
            line.append(label.text(), theme.style(.label), width: kind)
            line.pad(1)
            line.append(TerminalSafe.text(item.id), width: idWidth)
            line.pad(1)
            line.append(TerminalSafe.text(what), width: text)
            line.pad(1)
            line.append(TerminalSafe.text(item.taskTitle), theme.style(.label), width: task)
            return line
        }
    }
}
