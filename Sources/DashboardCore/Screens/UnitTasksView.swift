import Catalogue
import PlanModel

/// The task areas one unit leads and joins, as task rows with its role; Enter opens one.
struct UnitTasksView: AppView {
    let unit: String
    private(set) var list = SelectableList<String>()
    /// Task ids, led ones first.
    private(set) var tasks: [String] = []
    private var leads = 0

    /// The unit must exist in `ctx.model`.
    init(unit: String, _ ctx: ViewContext) {
        self.unit = unit
        load(ctx)
    }

    private mutating func load(_ ctx: ViewContext) {
        let load = ctx.model.unit(named: unit)
        tasks = (load?.allTasks ?? []).filter { ctx.model.rows[$0] != nil }
        leads = load?.leads.count ?? 0
    }

    private func listRows(_ ctx: ViewContext) -> Int { max(0, ctx.body.height - 1) }

    /// The role column: its header or widest role, after two columns (6 in Chinese).
    private static var roleWidth: Int {
        let words = [Message.unitTasksRole, .screenUnitRole(leads: true), .screenUnitRole(leads: false)]
        return 2 + (words.map { DisplayWidth.of($0.text()) }.max() ?? 0)
    }

    mutating func handle(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        if key == .enter { return open(ctx) }
        return list.navigate(key, in: tasks, rows: listRows(ctx)) ? .handled : .unhandled
    }

    private func open(_ ctx: ViewContext) -> ViewAction {
        guard let task = list.current(in: tasks) else { return .handled }
        return .push(TaskDetailView(task: task, ctx))
    }

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        let hit = list.mouse(event, firstY: ctx.body.y + 1, in: tasks, rows: listRows(ctx))
        return hit != nil && event.kind == .doubleClick ? open(ctx) : .handled
    }

    mutating func refresh(_ ctx: ViewContext) -> RefreshOutcome {
        guard ctx.model.unit(named: unit) != nil else { return .gone }
        load(ctx)
        list.keep(in: tasks, rows: listRows(ctx))
        return .kept
    }

    func header(_ ctx: ViewContext) -> ScreenHeader {
        var sub = StyledLine()
        if let u = ctx.model.unit(named: unit) {
            sub.append(Message.unitTasksCounts(leads: u.leads.count, joins: u.joins.count, measures: u.measures).text())
            sub.append(Message.unitTasksOverdue(u.overdue).text(), u.overdue > 0 ? ctx.theme.style(.bad) : .plain)
            sub.append(Message.unitTasksCompletion(indicators: u.indicators,
                lead: u.leadCompletion.map(NumberText.percent) ?? Message.standingNotReported.text()).text())
        }
        return ScreenHeader(title: Message.unitTasksTitle(unit).text(),
            right: Message.asOfRight(ctx.model.status.asOf.description).text(), subtitle: sub)
    }

    func status(_ ctx: ViewContext) -> String {
        (tasks.isEmpty ? Message.unitTasksNone : .unitTasksPosition((list.index(in: tasks) ?? 0) + 1, of: tasks.count))
            .text()
    }

    var keyBar: [KeyHint] {
        [KeyHint("↑↓", .keyBarTasks), KeyHint("Enter", .keyBarOpen), KeyHint("Esc", .keyBarBack),
         KeyHint("d", .keyBarDepartments), KeyHint("/", .keyBarSearch), KeyHint("?", .keyBarHelp),
         KeyHint("t", .keyBarDate), KeyHint("x", .keyBarReport)]
    }

    func draw(into grid: inout CellGrid, _ ctx: ViewContext) {
        let body = ctx.body
        let theme = ctx.theme
        let rowsModel = tasks.compactMap { ctx.model.rows[$0] }
        let roleWidth = UnitTasksView.roleWidth
        let inner = body.width - roleWidth
        let row = TaskRowView(width: inner, titleNeed: rowsModel.map { DisplayWidth.of($0.title) + 4 }.max() ?? 0,
                              timeElapsed: ctx.model.status.timeElapsed)
        var head = StyledLine()
        head.append("  " + Message.unitTasksRole.text(), theme.style(.label), width: roleWidth)
        grid.draw(head, x: body.x, y: body.y, width: roleWidth)
        grid.draw(row.header(theme: theme), x: body.x + roleWidth, y: body.y, width: inner)
        list.draw(tasks, into: &grid, x: body.x, y: body.y + 1, width: body.width, rows: listRows(ctx)) { i in
            var line = StyledLine()
            line.append(Message.screenUnitRole(leads: i < leads).text(),
                i < leads ? Style(bold: true) : theme.style(.label), width: roleWidth - 2)
            line.pad(TaskRowView.marker)
            let model = rowsModel[i]
            line.append(row.line(for: model, theme: theme, title: "\(model.taskID) \(model.title)"))
            return line
        }
    }
}
