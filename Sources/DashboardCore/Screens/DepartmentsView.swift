import PlanModel

/// Every responsible unit with what it carries, sortable by each column, with a bar per unit
/// for the sorted figure so the heaviest loads stand out. Enter lists the unit's task areas.
struct DepartmentsView: AppView {
    private(set) var sort = DepartmentColumn.measures
    private(set) var descending = true
    private(set) var cursor = ListCursor()
    /// Indices into the model's units, in the sorted order.
    private(set) var order: [Int] = []
    /// The largest figure in the bar column, the bars' full length.
    private var peak = 0.0

    init(_ ctx: ViewContext) {
        reorder(ctx)
    }

    private mutating func reorder(_ ctx: ViewContext) {
        order = ctx.model.unitOrders.order(sort, descending: descending)
        peak = ctx.model.unitOrders.peak(barColumn)
    }

    /// Where a unit (by index into the model's units) stands in the current order.
    private func place(ofUnit unit: Int, _ ctx: ViewContext) -> Int {
        ctx.model.unitOrders.place(ofUnit: unit, sort, descending: descending)
    }

    private static let marker = 2
    private static let barMin = 10
    private static let barMax = 40

    /// The rows of units below the table header.
    private func listRows(_ ctx: ViewContext) -> Int { max(0, ctx.body.height - 1) }

    private func selectedName(_ ctx: ViewContext) -> String? {
        order.indices.contains(cursor.index) ? ctx.model.units[order[cursor.index]].name : nil
    }

    private mutating func resort(_ ctx: ViewContext) {
        let unit = order.indices.contains(cursor.index) ? order[cursor.index] : nil
        reorder(ctx)
        let i = unit.map { place(ofUnit: $0, ctx) } ?? 0
        cursor.select(i, count: order.count, rows: listRows(ctx))
    }

    private mutating func sort(by column: DepartmentColumn, _ ctx: ViewContext) {
        if column == sort {
            descending.toggle()
        } else {
            sort = column
            descending = column.startsDescending
        }
        resort(ctx)
    }

    mutating func handle(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        switch key {
        case .char("s"):
            let all = DepartmentColumn.allCases
            sort = all[(sort.rawValue + 1) % all.count]
            descending = sort.startsDescending
            resort(ctx)
        case .char("S"):
            descending.toggle()
            resort(ctx)
        case .char(let c) where c.isWholeNumber:
            guard let n = c.wholeNumberValue, let column = DepartmentColumn(rawValue: n - 1) else { return .unhandled }
            sort(by: column, ctx)
        case .enter:
            return open(ctx)
        default:
            return cursor.navigate(key, count: order.count, rows: listRows(ctx)) ? .handled : .unhandled
        }
        return .handled
    }

    private func open(_ ctx: ViewContext) -> ViewAction {
        guard let name = selectedName(ctx) else { return .handled }
        return .push(UnitTasksView(unit: name, ctx))
    }

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        let rows = listRows(ctx)
        switch event.kind {
        case .wheelUp, .wheelDown:
            cursor.wheel(event.kind, count: order.count, rows: rows)
        case .click, .doubleClick:
            if event.y == ctx.body.y, let column = column(atX: event.x, ctx) {
                sort(by: column, ctx)
                return .handled
            }
            guard let i = cursor.row(atY: event.y, firstY: ctx.body.y + 1, rows: rows, count: order.count) else { return .handled }
            cursor.select(i, count: order.count, rows: rows)
            if event.kind == .doubleClick { return open(ctx) }
        }
        return .handled
    }

    mutating func refresh(_ ctx: ViewContext, previous: PlanViewModel?) -> Bool {
        let name = previous.flatMap { p in order.indices.contains(cursor.index) ? p.units[order[cursor.index]].name : nil }
        reorder(ctx)
        let i = name.flatMap { ctx.model.unitIndex[$0] }.map { place(ofUnit: $0, ctx) } ?? cursor.index
        cursor.select(i, count: order.count, rows: listRows(ctx))
        return true
    }

    func header(_ ctx: ViewContext) -> ScreenHeader {
        var sub = StyledLine()
        sub.append("排序: \(sort.header) \(descending ? "从大到小" : "从小到大")", Style(bold: true))
        sub.append("   s 换列 · S 反向 · 1–7 按列 · 单击列头排序", ctx.theme.style(.label))
        return ScreenHeader(title: "部门工作量  \(ctx.model.units.count) 个责任单位",
                            right: "截至 \(ctx.model.status.asOf) ", subtitle: sub)
    }

    func status(_ ctx: ViewContext) -> String {
        guard let name = selectedName(ctx) else { return "没有责任单位" }
        return "单位 \(cursor.index + 1)/\(order.count) · \(name) · Enter 列出其任务"
    }

    var keyBar: [KeyHint] {
        [KeyHint("↑↓", "单位"), KeyHint("s", "排序列"), KeyHint("S", "反向"), KeyHint("1–7", "按列"),
         KeyHint("Enter", "任务"), KeyHint("Esc", "返回"), KeyHint("/", "搜索"), KeyHint("?", "帮助"),
         KeyHint("t", "日期"), KeyHint("x", "报告")]
    }

    // MARK: table

    private struct Columns {
        let name: Int
        let bar: Int
        /// The x of each column, name first, then the figures, then the bar.
        let starts: [Int]
    }

    private func columns(_ ctx: ViewContext) -> Columns {
        let figures = DepartmentColumn.allCases.dropFirst().reduce(0) { $0 + $1.width + 1 }
        let fixed = DepartmentsView.marker + figures + 2
        let widest = max(4, ctx.model.unitNameWidth)
        let room = max(0, ctx.width - fixed)
        let name = max(4, min(widest, room - DepartmentsView.barMin))
        let bar = max(0, min(DepartmentsView.barMax, room - name))
        var starts = [DepartmentsView.marker]
        var x = DepartmentsView.marker + name
        for column in DepartmentColumn.allCases.dropFirst() {
            starts.append(x + 1)
            x += column.width + 1
        }
        starts.append(x + 2)
        return Columns(name: name, bar: bar, starts: starts)
    }

    private func column(atX x: Int, _ ctx: ViewContext) -> DepartmentColumn? {
        let starts = columns(ctx).starts
        guard let i = starts.lastIndex(where: { $0 <= x }), i < DepartmentColumn.allCases.count else { return nil }
        return DepartmentColumn(rawValue: i)
    }

    /// The column whose figure the bars show: the sorted one, or measures when sorted by name.
    private var barColumn: DepartmentColumn { sort == .name ? .measures : sort }

    func draw(into grid: inout CellGrid, _ ctx: ViewContext) {
        let theme = ctx.theme
        let cols = columns(ctx)
        let body = ctx.body
        let units = ctx.model.units
        var head = StyledLine()
        head.pad(DepartmentsView.marker)
        for column in DepartmentColumn.allCases {
            let sorted = column == sort
            let text = column.header + (sorted ? (descending ? "↓" : "↑") : "")
            let style = sorted ? Style(bold: true, underline: true) : theme.style(.label)
            if column == .name {
                head.append(text, style, width: cols.name)
            } else {
                head.pad(1)
                head.append(text, style, width: column.width, alignRight: true)
            }
        }
        head.pad(2)
        head.append("负载: \(barColumn.header)", theme.style(.label), width: cols.bar)
        grid.draw(head, x: body.x, y: body.y, width: body.width)

        let rows = listRows(ctx)
        let top = cursor.visibleTop(rows: rows, count: order.count)
        for (offset, i) in (top..<min(order.count, top + rows)).enumerated() {
            let u = units[order[i]]
            let y = body.y + 1 + offset
            let selected = i == cursor.index
            var line = StyledLine()
            line.append(selected ? "▸" : "", width: DepartmentsView.marker)
            line.append(u.name, width: cols.name)
            for column in DepartmentColumn.allCases.dropFirst() {
                line.pad(1)
                let style: Style = column == .overdue && u.overdue > 0 ? theme.style(.bad)
                    : column == .leadCompletion ? theme.completion(u.leadCompletion) : .plain
                line.append(column.text(u), style, width: column.width, alignRight: true)
            }
            line.pad(2)
            line.append(bar(for: u, peak: peak, width: cols.bar), barColumn == .overdue ? theme.style(.bad)
                        : barColumn == .leadCompletion ? theme.completion(u.leadCompletion) : theme.style(.load))
            grid.draw(line, x: body.x, y: y, width: body.width)
            if selected { grid.restyle(x: body.x, y: y, count: body.width) { $0.reverse = true } }
        }
    }

    /// Solid blocks in proportion to the unit's figure against the largest (completion against 100 %).
    private func bar(for u: UnitLoad, peak: Double, width: Int) -> String {
        guard let v = barColumn.value(u), width > 0 else { return "" }
        let scale = barColumn == .leadCompletion ? 1 : peak
        guard scale > 0 else { return "" }
        let n = Int((v / scale * Double(width)).rounded())
        return String(repeating: "█", count: max(v > 0 ? 1 : 0, min(width, n)))
    }
}
