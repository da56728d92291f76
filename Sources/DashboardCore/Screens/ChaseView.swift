import Catalogue
import PlanModel

/// The 督办清单: every overdue or stalled measure, every target behind and every indicator not
/// reported, under the lead unit that answers for it. `s` cycles the order of the units; Enter
/// on an entry opens its task area on the item, Enter on a unit lists the unit's task areas.
struct ChaseView: AppView {
    private(set) var order = ChaseList.Order.plan
    private(set) var chase: ChaseList
    private(set) var list = SelectableList<String>()
    /// One id per row: `#` and the unit for a unit's heading, the item id for an entry.
    private(set) var rowIDs: [String] = []
    /// The rows, each a unit heading (entry nil) or an entry under its unit.
    private var rows: [(lead: String, entry: ChaseList.Entry?)] = []

    init(_ ctx: ViewContext) {
        chase = ChaseList(ctx.model.status, order: order)
        arrange(ctx)
    }

    private mutating func load(_ ctx: ViewContext) {
        chase = ChaseList(ctx.model.status, order: order)
        arrange(ctx)
    }

    /// The rows of the list: the selection stays on its entry.
    private mutating func arrange(_ ctx: ViewContext) {
        rows = chase.groups.flatMap { g in [(g.lead, nil)] + g.entries.map { (g.lead, $0) } }
        rowIDs = rows.map { $0.entry?.id ?? "#" + $0.lead }
        list.keep(in: rowIDs, rows: listRows(ctx))
    }

    /// The rows below the column header.
    private func listRows(_ ctx: ViewContext) -> Int { max(0, ctx.body.height - 1) }

    mutating func handle(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        switch key {
        case .char("s"):
            let all = ChaseList.Order.allCases
            order = all[(all.firstIndex(of: order)! + 1) % all.count]
            load(ctx)
        case .enter:
            return open(ctx)
        default:
            return list.navigate(key, in: rowIDs, rows: listRows(ctx)) ? .handled : .unhandled
        }
        return .handled
    }

    /// The task area of the selected entry, on the item (a target's first indicator, as the
    /// task area selects indicators, not targets); for a unit heading, the unit's task areas.
    private func open(_ ctx: ViewContext) -> ViewAction {
        guard let i = list.index(in: rowIDs) else { return .handled }
        guard let entry = rows[i].entry else {
            return ctx.model.unit(named: rows[i].lead) != nil ? .push(UnitTasksView(unit: rows[i].lead, ctx)) : .handled
        }
        guard let task = ctx.model.task(entry.taskId)?.task else { return .handled }
        let item = entry.kind == .behindTarget
            ? task.targets.first { $0.id == entry.id }?.indicators.first?.id : entry.id
        return .push(TaskDetailView(task: task.id, select: item, ctx))
    }

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        let hit = list.mouse(event, firstY: ctx.body.y + 1, in: rowIDs, rows: listRows(ctx))
        return hit != nil && event.kind == .doubleClick ? open(ctx) : .handled
    }

    mutating func refresh(_ ctx: ViewContext) -> RefreshOutcome {
        load(ctx)
        return .kept
    }

    func header(_ ctx: ViewContext) -> ScreenHeader {
        var sub = StyledLine()
        sub.append(Message.screenOrder(.chaseOrder(order.rawValue)).text(), Style(bold: true))
        sub.append(Message.chaseScreenHint.text(), ctx.theme.style(.label))
        return ScreenHeader(
            title: "\(Message.chaseListTitle.text())  \(Message.chaseCounts(chase.groups.count, chase.count).text())",
                            right: Message.asOfRight(ctx.model.status.asOf.description).text(), subtitle: sub)
    }

    func status(_ ctx: ViewContext) -> String {
        guard let i = list.index(in: rowIDs) else { return Message.chaseEmpty.text() }
        return Message.chaseScreenPosition(i + 1, of: rowIDs.count, lead: TerminalSafe.text(rows[i].lead)).text()
    }

    var keyBar: [KeyHint] {
        [KeyHint("↑↓", .keyBarItems), KeyHint("s", .keyBarOrder), KeyHint("Enter", .keyBarOpen),
         KeyHint("Esc", .keyBarBack), KeyHint("r", .keyBarReporting), KeyHint("d", .keyBarDepartments),
         KeyHint("/", .keyBarSearch), KeyHint("?", .keyBarHelp), KeyHint("t", .keyBarDate)]
    }

    // MARK: table

    /// Column widths after the marker: kind, id, text (the rest), task area, detail.
    private struct Columns {
        let kind: Int
        let id: Int
        let text: Int
        let task: Int
        let detail: Int

        /// The kind takes 10 columns, up to its widest name (English names are longer) from 100 wide.
        init(width: Int, idWidth: Int) {
            let kinds = ChaseList.Kind.allCases.map { DisplayWidth.of($0.message.text()) }.max() ?? 0
            kind = width >= 100 ? max(10, min(22, kinds)) : 10
            id = min(14, max(4, idWidth))
            task = max(8, width / 7)
            detail = max(12, width * 3 / 10)
            text = max(6, width - SelectableList<String>.marker - kind - id - task - detail - 4)
        }
    }

    func draw(into grid: inout CellGrid, _ ctx: ViewContext) {
        let body = ctx.body
        let theme = ctx.theme
        let cols = Columns(width: body.width,
            idWidth: rows.compactMap { $0.entry.map { DisplayWidth.of($0.id) } }.max() ?? 0)
        let names = Message.chaseHeader.text().split(separator: "\t").dropFirst().map(String.init)
        let head = SelectableList<String>.header(Array(zip(names, [cols.kind, cols.id, cols.text, cols.task])),
            last: names.last ?? "",
                                                 style: theme.style(.label))
        grid.draw(head, x: body.x, y: body.y, width: body.width)
        guard !rows.isEmpty else {
            grid.draw(StyledLine(Message.chaseEmpty.text()), x: body.x + 2, y: body.y + 1, width: body.width - 2)
            return
        }
        list.draw(rowIDs, into: &grid, x: body.x, y: body.y + 1, width: body.width, rows: listRows(ctx)) { i in
            var line = StyledLine()
            guard let e = rows[i].entry else {
                let count = chase.groups.first { $0.lead == rows[i].lead }?.entries.count ?? 0
                line.append(Message.chaseGroupHeading(TerminalSafe.text(rows[i].lead), count).text(),
                    theme.style(.heading))
                return line
            }
            let kindStyle: Style = switch e.kind {
            case .overdueMeasure: theme.style(.bad)
            case .stalledMeasure, .behindTarget: theme.style(.warn)
            case .unreportedIndicator: theme.style(.label)
            }
            line.append(e.kind.message.text(), kindStyle, width: cols.kind)
            line.pad(1)
            line.append(TerminalSafe.text(e.id), width: cols.id)
            line.pad(1)
            line.append(TerminalSafe.text(e.text), width: cols.text)
            line.pad(1)
            line.append(TerminalSafe.text(e.taskTitle), theme.style(.label), width: cols.task)
            line.pad(1)
            line.append(TerminalSafe.text(e.detail), e.kind == .overdueMeasure ? theme.style(.bad) : .plain,
                width: cols.detail)
            return line
        }
    }
}
