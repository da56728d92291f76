import PlanModel

/// `p`: the plans in the plans folder with their overall completion; Enter switches.
struct PlansView: AppView {
    private(set) var cursor = ListCursor()

    init(_ ctx: ViewContext, plans: [PlanChoice]) {
        let current = ctx.model.status.plan.info.id
        cursor.index = plans.firstIndex { $0.id == current } ?? 0
        self.plans = plans
    }

    /// The choices, as the app held them when the screen opened or last refreshed.
    private(set) var plans: [PlanChoice]

    private func listRows(_ ctx: ViewContext) -> Int { max(0, ctx.body.height - 1) }

    mutating func handle(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        if key == .enter { return choose(ctx) }
        return cursor.navigate(key, count: plans.count, rows: listRows(ctx)) ? .handled : .unhandled
    }

    private func choose(_ ctx: ViewContext) -> ViewAction {
        guard plans.indices.contains(cursor.index) else { return .handled }
        let choice = plans[cursor.index]
        if choice.id == ctx.model.status.plan.info.id { return .pop }
        return .effect(.switchPlan(choice))
    }

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        let rows = listRows(ctx)
        switch event.kind {
        case .wheelUp, .wheelDown: cursor.wheel(event.kind, count: plans.count, rows: rows)
        case .click, .doubleClick:
            guard let i = cursor.row(atY: event.y, firstY: ctx.body.y + 1, rows: rows, count: plans.count) else { return .handled }
            cursor.select(i, count: plans.count, rows: rows)
            if event.kind == .doubleClick { return choose(ctx) }
        }
        return .handled
    }

    mutating func refresh(_ ctx: ViewContext, previous: PlanViewModel?) -> Bool {
        cursor.select(cursor.index, count: plans.count, rows: listRows(ctx))
        return true
    }

    /// Takes a new list from the runner, keeping the cursor on the same plan.
    mutating func update(plans new: [PlanChoice], _ ctx: ViewContext) {
        let id = plans.indices.contains(cursor.index) ? plans[cursor.index].id : nil
        plans = new
        cursor.select(new.firstIndex { $0.id == id } ?? cursor.index, count: new.count, rows: listRows(ctx))
    }

    func header(_ ctx: ViewContext) -> ScreenHeader {
        let sub = StyledLine("\(plans.count) 个计划 · ● 为当前计划 · Enter 切换", ctx.theme.style(.label))
        return ScreenHeader(title: "计划", right: "截至 \(ctx.model.status.asOf) ", subtitle: sub)
    }

    func status(_ ctx: ViewContext) -> String {
        plans.isEmpty ? "计划文件夹中没有其他计划" : "计划 \(cursor.index + 1)/\(plans.count)"
    }

    var keyBar: [KeyHint] {
        [KeyHint("↑↓", "计划"), KeyHint("Enter", "切换"), KeyHint("Esc", "返回"), KeyHint("?", "帮助")]
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
        head.append("计划", label, width: idWidth + 2)
        head.append("标题 · 文号", label, width: titleWidth + 2)
        head.append("年度", label, width: 6 + 2)
        head.append("总体完成", label)
        grid.draw(head, x: body.x, y: body.y, width: body.width)
        let rows = listRows(ctx)
        let top = cursor.visibleTop(rows: rows, count: plans.count)
        for (offset, i) in (top..<min(plans.count, top + rows)).enumerated() {
            let p = plans[i]
            let y = body.y + 1 + offset
            let selected = i == cursor.index
            var line = StyledLine()
            line.append(selected ? "▸" : "", width: 2)
            line.append(p.id == current ? "●" : "", width: 2)
            line.append(p.id, Style(bold: true), width: idWidth)
            line.pad(2)
            line.append("\(p.title)  \(p.document)", width: titleWidth)
            line.pad(2)
            line.append("\(p.year)", width: 6)
            line.pad(2)
            if let f = p.completion?.fraction {
                line.append(ProgressBar.text(f, width: barWidth), theme.completion(f))
                line.append(" " + NumberText.percent(f), theme.completion(f))
            } else {
                line.append("未填报", label)
            }
            grid.draw(line, x: body.x, y: y, width: body.width)
            if selected { grid.restyle(x: body.x, y: y, count: body.width) { $0.reverse = true } }
        }
    }
}
