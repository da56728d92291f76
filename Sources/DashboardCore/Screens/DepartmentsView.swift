import Catalogue
import PlanModel

/// Every responsible unit with what it carries, sortable by each column, with a bar per unit
/// for the sorted figure so the heaviest loads stand out. Enter lists the unit's task areas.
struct DepartmentsView: AppView {
    private(set) var sort = DepartmentColumn.measures
    private(set) var descending = true
    /// The selected unit, by its index in the model's units (the plan's units never change
    /// under an open plan).
    private(set) var list = SelectableList<Int>()
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

    private static let marker = SelectableList<Int>.marker
    private static let barMin = 10
    private static let barMax = 40

    /// The rows of units below the table header.
    private func listRows(_ ctx: ViewContext) -> Int { max(0, ctx.body.height - 1) }

    private func selectedName(_ ctx: ViewContext) -> String? {
        list.current(in: order).map { ctx.model.units[$0].name }
    }

    /// A new order: the selection stays on its unit, wherever the unit now stands.
    private mutating func resort(_ ctx: ViewContext) {
        let unit = list.current(in: order)
        reorder(ctx)
        if let unit {
            list.select(index: ctx.model.unitOrders.place(ofUnit: unit, sort, descending: descending), in: order,
                rows: listRows(ctx))
        } else {
            list.keep(in: order, rows: listRows(ctx))
        }
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
            return list.navigate(key, in: order, rows: listRows(ctx)) ? .handled : .unhandled
        }
        return .handled
    }

    private func open(_ ctx: ViewContext) -> ViewAction {
        guard let name = selectedName(ctx) else { return .handled }
        return .push(UnitTasksView(unit: name, ctx))
    }

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        if event.kind == .click || event.kind == .doubleClick, event.y == ctx.body.y, let column = column(atX: event.x,
            ctx) {
            sort(by: column, ctx)
            return .handled
        }
        let hit = list.mouse(event, firstY: ctx.body.y + 1, in: order, rows: listRows(ctx))
        return hit != nil && event.kind == .doubleClick ? open(ctx) : .handled
    }

    mutating func refresh(_ ctx: ViewContext) -> RefreshOutcome {
        resort(ctx)
        return .kept
    }

    func header(_ ctx: ViewContext) -> ScreenHeader {
        var sub = StyledLine()
        let order = Message.verbatim(sort.header + " ") + .departmentsScreenDirection(descending: descending)
        sub.append(Message.screenOrder(order).text(), Style(bold: true))
        sub.append(Message.departmentsScreenHint.text(), ctx.theme.style(.label))
        return ScreenHeader(title: Message.departmentsScreenTitle(ctx.model.units.count).text(),
                            right: Message.asOfRight(ctx.model.status.asOf.description).text(), subtitle: sub)
    }

    func status(_ ctx: ViewContext) -> String {
        guard let name = selectedName(ctx) else { return Message.departmentsScreenNoUnits.text() }
        return Message.departmentsScreenPosition((list.index(in: order) ?? 0) + 1, of: order.count, unit: name).text()
    }

    var keyBar: [KeyHint] {
        [KeyHint("↑↓", .keyBarUnits), KeyHint("s", .keyBarSortColumn), KeyHint("S", .keyBarReverse),
         KeyHint("1–7", .keyBarByColumn), KeyHint("Enter", .keyBarTasks), KeyHint("Esc", .keyBarBack),
         KeyHint("/", .keyBarSearch), KeyHint("?", .keyBarHelp), KeyHint("t", .keyBarDate), KeyHint("x", .keyBarReport)]
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
        head.append(Message.departmentsScreenLoad(barColumn.header).text(), theme.style(.label), width: cols.bar)
        grid.draw(head, x: body.x, y: body.y, width: body.width)

        list.draw(order, into: &grid, x: body.x, y: body.y + 1, width: body.width, rows: listRows(ctx)) { i in
            let u = units[order[i]]
            var line = StyledLine()
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
            return line
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
