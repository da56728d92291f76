import Catalogue
import PlanModel

/// `p`: the plans in the plans folder with their overall completion; Enter switches.
struct PlansView: AppView {
    /// The selected plan, by id.
    private(set) var list: SelectableList<String>
    /// The choices, as the app held them when the screen opened or last refreshed.
    private(set) var plans: [PlanChoice]
    /// The choices' ids, in order.
    private var ids: [String]

    init(_ ctx: ViewContext, plans: [PlanChoice]) {
        self.plans = plans
        ids = plans.map(\.id)
        list = SelectableList(selected: ctx.model.status.plan.info.id)
    }

    private func listRows(_ ctx: ViewContext) -> Int { max(0, ctx.body.height - 1) }

    mutating func handle(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        if key == .enter { return choose(ctx) }
        return list.navigate(key, in: ids, rows: listRows(ctx)) ? .handled : .unhandled
    }

    private func choose(_ ctx: ViewContext) -> ViewAction {
        guard let i = list.index(in: ids) else { return .handled }
        let choice = plans[i]
        if choice.id == ctx.model.status.plan.info.id { return .pop }
        if let problem = choice.problem { return .message(.error(.planNotOpened(TerminalSafe.text(choice.location),
            reason: TerminalSafe.text(problem)))) }
        return .effect(.switchPlan(choice))
    }

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        let hit = list.mouse(event, firstY: ctx.body.y + 1, in: ids, rows: listRows(ctx))
        return hit != nil && event.kind == .doubleClick ? choose(ctx) : .handled
    }

    mutating func refresh(_ ctx: ViewContext) -> RefreshOutcome {
        list.keep(in: ids, rows: listRows(ctx))
        return .kept
    }

    /// Takes a new list from the runner, keeping the selection on the same plan.
    mutating func update(plans new: [PlanChoice], _ ctx: ViewContext) {
        plans = new
        ids = new.map(\.id)
        list.keep(in: ids, rows: listRows(ctx))
    }

    func header(_ ctx: ViewContext) -> ScreenHeader {
        let sub = StyledLine(Message.plansScreenHint(plans.count).text(), ctx.theme.style(.label))
        return ScreenHeader(title: Message.plansScreenTitle.text(),
            right: Message.asOfRight(ctx.model.status.asOf.description).text(), subtitle: sub)
    }

    func status(_ ctx: ViewContext) -> String {
        let position = Message.plansScreenPosition((list.index(in: ids) ?? 0) + 1, of: plans.count)
        return (plans.isEmpty ? Message.plansScreenNone : position).text()
    }

    var keyBar: [KeyHint] {
        [KeyHint("↑↓", .keyBarPlans), KeyHint("Enter", .keyBarSwitch), KeyHint("Esc", .keyBarBack),
         KeyHint("?", .keyBarHelp)]
    }

    func draw(into grid: inout CellGrid, _ ctx: ViewContext) {
        let body = ctx.body
        let theme = ctx.theme
        let current = ctx.model.status.plan.info.id
        let idWidth = min(32, max(4, plans.map { DisplayWidth.of($0.id) }.max() ?? 0))
        let barWidth = 12
        let titleWidth = max(8, body.width - 2 - 2 - idWidth - 2 - 6 - 2 - barWidth - 1 - 6)
        var head = StyledLine()
        head.pad(4)
        let label = theme.style(.label)
        head.append(Message.plansScreenColumnPlan.text(), label, width: idWidth + 2)
        head.append(Message.plansScreenColumnTitle.text(), label, width: titleWidth + 2)
        head.append(Message.plansScreenColumnYear.text(), label, width: 6 + 2)
        head.append(Message.dashboardOverall.text(), label)
        grid.draw(head, x: body.x, y: body.y, width: body.width)
        list.draw(ids, into: &grid, x: body.x, y: body.y + 1, width: body.width, rows: listRows(ctx)) { i in
            let p = plans[i]
            var line = StyledLine()
            line.append(p.id == current ? "●" : "", width: 2)
            line.append(p.id, Style(bold: true), width: idWidth)
            line.pad(2)
            if let problem = p.problem {
                line.append(TerminalSafe.text(problem), theme.style(.bad))
                return line
            }
            line.append(TerminalSafe.text("\(p.title)  \(p.document)"), width: titleWidth)
            line.pad(2)
            line.append("\(p.year)", width: 6)
            line.pad(2)
            if let f = p.completion?.fraction {
                line.append(ProgressBar.text(f, width: barWidth), theme.completion(f))
                line.append(" " + NumberText.percent(f), theme.completion(f))
            } else {
                line.append(Message.standingNotReported.text(), label)
            }
            return line
        }
    }
}
