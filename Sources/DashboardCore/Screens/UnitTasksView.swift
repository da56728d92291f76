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

    private static let roleWidth = 6

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
            sub.append("牵头 \(u.leads.count) 项 · 配合 \(u.joins.count) 项 · 措施 \(u.measures) · ")
            sub.append("逾期 \(u.overdue)", u.overdue > 0 ? ctx.theme.style(.bad) : .plain)
            sub.append(" · 指标 \(u.indicators) · 牵头完成度 \(u.leadCompletion.map(NumberText.percent) ?? "未填报")")
        }
        return ScreenHeader(title: "\(unit) 的任务", right: "截至 \(ctx.model.status.asOf) ", subtitle: sub)
    }

    func status(_ ctx: ViewContext) -> String {
        tasks.isEmpty ? "没有任务" : "任务 \((list.index(in: tasks) ?? 0) + 1)/\(tasks.count) · Enter 打开"
    }

    var keyBar: [KeyHint] {
        [KeyHint("↑↓", "任务"), KeyHint("Enter", "打开"), KeyHint("Esc", "返回"), KeyHint("d", "部门"),
         KeyHint("/", "搜索"), KeyHint("?", "帮助"), KeyHint("t", "日期"), KeyHint("x", "报告")]
    }

    func draw(into grid: inout CellGrid, _ ctx: ViewContext) {
        let body = ctx.body
        let theme = ctx.theme
        let rowsModel = tasks.compactMap { ctx.model.rows[$0] }
        let inner = body.width - UnitTasksView.roleWidth
        let row = TaskRowView(width: inner, titleNeed: rowsModel.map { DisplayWidth.of($0.title) + 4 }.max() ?? 0,
                              timeElapsed: ctx.model.status.timeElapsed)
        var head = StyledLine()
        head.append("  角色", theme.style(.label), width: UnitTasksView.roleWidth)
        grid.draw(head, x: body.x, y: body.y, width: UnitTasksView.roleWidth)
        grid.draw(row.header(theme: theme), x: body.x + UnitTasksView.roleWidth, y: body.y, width: inner)
        list.draw(tasks, into: &grid, x: body.x, y: body.y + 1, width: body.width, rows: listRows(ctx)) { i in
            var line = StyledLine()
            line.append(i < leads ? "牵头" : "配合", i < leads ? Style(bold: true) : theme.style(.label),
                width: UnitTasksView.roleWidth - 2)
            line.pad(TaskRowView.marker)
            let model = rowsModel[i]
            line.append(row.line(for: model, theme: theme, title: "\(model.taskID) \(model.title)"))
            return line
        }
    }
}
