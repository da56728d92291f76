import Catalogue
import PlanModel

/// The start screen: a header with the plan and its overall completion, and one pane per
/// section listing its task areas. Remembers the focused pane and a cursor in every pane.
struct DashboardView: AppView {
    private(set) var focus = 0
    /// One list per pane (a plan's sections never change while it is open).
    private(set) var lists: [SelectableList<String>]

    init(_ model: PlanViewModel) {
        lists = Array(repeating: SelectableList(), count: model.panes.count)
    }

    /// The task area selected in the focused pane.
    func selectedTask(_ model: PlanViewModel) -> String? {
        guard model.panes.indices.contains(focus) else { return nil }
        return lists[focus].current(in: model.panes[focus].taskIDs)
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
            return lists[focus].navigate(key, in: ctx.model.panes[focus].taskIDs, rows: rows) ? .handled : .unhandled
        }
        return .handled
    }

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        guard let pane = layout(ctx).pane(atX: event.x, y: event.y) else { return .handled }
        if pane.collapsed {
            focus = pane.index
            return .handled
        }
        focus = pane.index
        let hit = lists[pane.index].mouse(event, firstY: pane.firstRowY, in: ctx.model.panes[pane.index].taskIDs,
            rows: pane.rows)
        if event.kind == .doubleClick, let id = hit { return .push(TaskDetailView(task: id, ctx)) }
        return .handled
    }

    mutating func refresh(_ ctx: ViewContext) -> RefreshOutcome {
        for pane in layout(ctx).panes where !pane.collapsed {
            lists[pane.index].keep(in: ctx.model.panes[pane.index].taskIDs, rows: pane.rows)
        }
        return .kept
    }

    /// The plan's verdict: completion (unreported counted as 0) with the 时间进度 marker and its
    /// coverage, the targets by standing, and the measures overdue and not started.
    func header(_ ctx: ViewContext) -> ScreenHeader {
        let status = ctx.model.status
        let info = status.plan.info
        let theme = ctx.theme
        var sub = StyledLine()
        sub.append(Message.dashboardOverall.text() + " ")
        let overall = status.overall
        let standing = theme.standing(status.overallTargets.standing)
        if let f = overall.fraction {
            sub.append(ProgressBar.text(f, width: ctx.width >= 140 ? 20 : 10, marker: status.timeElapsed), standing)
            sub.append(" " + overall.textWithCoverage, standing.with(bold: true))
        } else {
            sub.append(overall.textWithCoverage, theme.style(.label))
        }
        sub.append(" · " + Message.timeElapsedLabel(NumberText.percent(status.timeElapsed)).text(), theme.style(.label))
        let t = status.overallTargets
        sub.append("  " + Message.targetCounts(behind: t.behind, notReported: t.notReported).text(),
                   t.behind > 0 ? theme.style(.warn) : .plain)
        let model = ctx.model
        sub.append("  " + Message.measureCounts(total: model.measureCount, done: model.done, overdue: model.overdue,
            stalled: model.stalled).text(),
                   model.overdue > 0 ? theme.style(.bad) : .plain)
        let who = ctx.user.map { "· " + Message.headerUser(TerminalSafe.text($0)).text() + " " } ?? ""
        return ScreenHeader(title: "\(info.title)  \(info.document)", right: (ctx.sharing.map { $0.text() + "  " } ??
            "") + Message.dashboardRight(asOf: status.asOf.description, overall: overall.text).text() + who,
                            subtitle: sub)
    }

    func status(_ ctx: ViewContext) -> String {
        guard ctx.model.panes.indices.contains(focus) else { return "" }
        let pane = ctx.model.panes[focus]
        let task = lists[focus].index(in: pane.taskIDs).map { $0 + 1 } ?? 0
        return Message.dashboardPosition(pane: focus + 1, of: ctx.model.panes.count, task: task, of: pane.rows.count)
            .text()
    }

    var keyBar: [KeyHint] {
        [KeyHint("↑↓", .keyBarTasks), KeyHint("Tab ←→", .keyBarPanes), KeyHint("Enter", .keyBarOpen),
         KeyHint("d", .keyBarDepartments), KeyHint("/", .keyBarSearch), KeyHint("p", .keyBarPlans),
         KeyHint("?", .keyBarHelp), KeyHint("q", .keyBarQuit), KeyHint("t", .keyBarDate), KeyHint("u", .keyBarUndo),
         KeyHint("x", .keyBarReport), KeyHint("] [", .keyBarResults)]
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
        right.append(" " + Message.paneTaskCount(model.rows.count).text() + " ", borderStyle)
        right.append(model.completion.textWithCoverage + " ",
            model.completion.fraction == nil ? theme.style(.label) : theme.standing(model.standing))
        let box: BoxStyle = focused ? .heavy : .light
        if pane.collapsed {
            grid.edge(pane.rect, y: pane.rect.y, box, style: borderStyle, title: title, right: right,
                        corners: (box.horizontal, box.horizontal))
            return
        }
        let list = lists[pane.index]
        let footer = list.range(in: model.taskIDs, rows: pane.rows) ?? ""
        grid.box(pane.rect, box, style: borderStyle, title: title, right: right, footer: footer)
        let inner = pane.rect.width - 2
        guard inner > 0, pane.rect.height > 2 else { return }
        let row = TaskRowView(width: inner, titleNeed: model.titleWidth, timeElapsed: ctx.model.status.timeElapsed)
        grid.draw(row.header(theme: theme), x: pane.rect.x + 1, y: pane.rect.y + 1, width: inner)
        list.draw(model.taskIDs, into: &grid, x: pane.rect.x + 1, y: pane.firstRowY, width: inner, rows: pane.rows,
            highlight: focused) { i in
            row.line(for: model.rows[i], theme: theme)
        }
    }
}
