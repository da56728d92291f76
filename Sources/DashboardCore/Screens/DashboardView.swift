import PlanModel

/// The start grid: a header with the plan and its overall completion, and one pane per
/// section listing its task areas. Remembers the focused pane and a cursor in every pane.
struct DashboardView: AppView {
    private(set) var focus = 0
    private(set) var cursors: [ListCursor]

    init(_ model: PlanViewModel) {
        cursors = Array(repeating: ListCursor(), count: model.panes.count)
    }

    /// The task area under the cursor of the focused pane.
    func selectedTask(_ model: PlanViewModel) -> String? {
        guard model.panes.indices.contains(focus) else { return nil }
        let rows = model.panes[focus].rows
        return rows.indices.contains(cursors[focus].index) ? rows[cursors[focus].index].taskID : nil
    }

    func layout(_ ctx: ViewContext) -> DashboardLayout {
        DashboardLayout(panes: ctx.model.panes, body: ctx.body, focus: focus)
    }

    mutating func handle(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        let panes = ctx.model.panes.count
        guard panes > 0 else { return .unhandled }
        switch key {
        case .tab, .right, .char("l"): focus = (focus + 1) % panes
        case .backTab, .left, .char("h"): focus = (focus + panes - 1) % panes
        case .char(let c) where c.isWholeNumber:
            guard let n = c.wholeNumberValue, n >= 1, n <= panes else { return .unhandled }
            focus = n - 1
        case .enter:
            guard let id = selectedTask(ctx.model) else { return .handled }
            return .push(TaskDetailView(task: id, ctx))
        default:
            let rows = layout(ctx).panes[focus].rows
            return cursors[focus].navigate(key, count: ctx.model.panes[focus].rows.count, rows: rows) ? .handled : .unhandled
        }
        return .handled
    }

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        guard let pane = layout(ctx).pane(atX: event.x, y: event.y) else { return .handled }
        if pane.collapsed {
            focus = pane.index
            return .handled
        }
        let count = ctx.model.panes[pane.index].rows.count
        switch event.kind {
        case .wheelUp, .wheelDown:
            focus = pane.index
            cursors[pane.index].wheel(event.kind, count: count, rows: pane.rows)
            return .handled
        case .click, .doubleClick:
            focus = pane.index
            guard let row = cursors[pane.index].row(atY: event.y, firstY: pane.firstRowY, rows: pane.rows, count: count) else {
                return .handled
            }
            cursors[pane.index].select(row, count: count, rows: pane.rows)
            if event.kind == .doubleClick, let id = selectedTask(ctx.model) { return .push(TaskDetailView(task: id, ctx)) }
            return .handled
        }
    }

    mutating func refresh(_ ctx: ViewContext, previous: PlanViewModel?) -> Bool {
        let panes = ctx.model.panes
        if let previous {
            let oldFocus = previous.panes.indices.contains(focus) ? previous.panes[focus].sectionID : nil
            var moved = Array(repeating: ListCursor(), count: panes.count)
            for (i, pane) in panes.enumerated() {
                guard let old = previous.panes.firstIndex(where: { $0.sectionID == pane.sectionID }), cursors.indices.contains(old) else { continue }
                let oldRows = previous.panes[old].rows
                let oldID = oldRows.indices.contains(cursors[old].index) ? oldRows[cursors[old].index].taskID : nil
                moved[i] = cursors[old]
                moved[i].index = pane.rows.firstIndex { $0.taskID == oldID } ?? min(cursors[old].index, max(0, pane.rows.count - 1))
            }
            cursors = moved
            focus = panes.firstIndex { $0.sectionID == oldFocus } ?? min(focus, max(0, panes.count - 1))
        }
        let layout = self.layout(ctx)
        for pane in layout.panes where !pane.collapsed {
            cursors[pane.index].select(cursors[pane.index].index, count: panes[pane.index].rows.count, rows: pane.rows)
        }
        return true
    }

    func header(_ ctx: ViewContext) -> ScreenHeader {
        let status = ctx.model.status
        let info = status.plan.info
        let theme = ctx.theme
        var sub = StyledLine()
        sub.append("总体完成 ")
        let overall = status.overall
        if let f = overall.fraction {
            sub.append(ProgressBar.text(f, width: ctx.width >= 120 ? 20 : 10), theme.completion(f))
            sub.append(" " + NumberText.percent(f), theme.completion(f).with(bold: true))
        } else {
            sub.append("未填报", theme.style(.label))
        }
        sub.append("   指标已填报 \(overall.reported)/\(overall.total)   措施 \(ctx.model.measureCount): 已完成 \(ctx.model.done) · ")
        sub.append("逾期 \(ctx.model.overdue)", ctx.model.overdue > 0 ? theme.style(.bad) : .plain)
        sub.append(" · 临期 \(ctx.model.dueSoon)")
        return ScreenHeader(title: "\(info.title)  \(info.document)", right: "截至 \(status.asOf)  总体 \(overall.text) ", subtitle: sub)
    }

    func status(_ ctx: ViewContext) -> String {
        guard ctx.model.panes.indices.contains(focus) else { return "" }
        let pane = ctx.model.panes[focus]
        return "分栏 \(focus + 1)/\(ctx.model.panes.count) · 任务 \(min(cursors[focus].index + 1, pane.rows.count))/\(pane.rows.count) · 临期=30天内到期 · 措施=已完成/总数 · 指标=已填报/总数"
    }

    var keyBar: [KeyHint] {
        [KeyHint("↑↓", "任务"), KeyHint("Tab ←→", "分栏"), KeyHint("Enter", "打开"), KeyHint("d", "部门"),
         KeyHint("/", "搜索"), KeyHint("p", "计划"), KeyHint("?", "帮助"), KeyHint("q", "退出"),
         KeyHint("t", "日期"), KeyHint("u", "撤销"), KeyHint("x", "报告"), KeyHint("] [", "结果")]
    }

    func draw(into grid: inout CellGrid, _ ctx: ViewContext) {
        for pane in layout(ctx).panes {
            drawPane(pane, into: &grid, ctx)
        }
    }

    private func drawPane(_ pane: DashboardLayout.Pane, into grid: inout CellGrid, _ ctx: ViewContext) {
        let model = ctx.model.panes[pane.index]
        let theme = ctx.theme
        let focused = pane.index == focus
        let borderStyle = theme.style(focused ? .borderFocused : .border)
        var title = StyledLine()
        let titleStyle = focused ? theme.style(.titleBar) : Style(bold: true)
        title.append(" \(model.number) \(model.title) ", titleStyle)
        var right = StyledLine()
        right.append(" \(model.rows.count)项 ", borderStyle)
        right.append(model.completion.text + " ", model.completion.fraction == nil ? theme.style(.label) : theme.completion(model.completion.fraction))
        let box: BoxStyle = focused ? .heavy : .light
        if pane.collapsed {
            grid.edge(pane.rect, y: pane.rect.y, box, style: borderStyle, title: title, right: right,
                        corners: (box.horizontal, box.horizontal))
            return
        }
        let cursor = cursors[pane.index]
        let count = model.rows.count
        let top = cursor.visibleTop(rows: pane.rows, count: count)
        let footer = count > pane.rows && pane.rows > 0 ? "\(top + 1)–\(min(count, top + pane.rows))/\(count)" : ""
        grid.box(pane.rect, box, style: borderStyle, title: title, right: right, footer: footer)
        let inner = pane.rect.width - 2
        guard inner > 0, pane.rect.height > 2 else { return }
        let row = TaskRowView(width: inner, titleNeed: model.titleWidth)
        grid.draw(row.header(theme: theme), x: pane.rect.x + 1, y: pane.rect.y + 1, width: inner)
        for (offset, i) in (top..<min(count, top + pane.rows)).enumerated() {
            let y = pane.firstRowY + offset
            let selected = focused && i == cursor.index
            grid.draw(row.line(for: model.rows[i], selected: selected, theme: theme), x: pane.rect.x + 1, y: y, width: inner)
            if selected { grid.restyle(x: pane.rect.x + 1, y: y, count: inner) { $0.reverse = true } }
        }
    }
}
