import PlanModel

/// The department table's row order for every column and direction, where each unit sits in
/// it, and each column's largest figure: computed once per status change (the name order once
/// per plan, when first asked for), so that opening the table and sorting it by another column
/// cost the same whatever the number of units.
struct UnitOrders: Sendable {
    /// By `slot(column, descending)`: unit indices in that order, and each unit's place in it
    /// (empty for names, which `byName` holds).
    private let orders: [[Int]]
    private let places: [[Int]]
    private let peaks: [Double]
    private let byName: UnitNameOrder

    init(_ units: [UnitLoad], byName: UnitNameOrder) {
        self.byName = byName
        var orders: [[Int]] = []
        var peaks: [Double] = []
        for column in DepartmentColumn.allCases {
            guard column != .name else {
                orders += [[], []]
                peaks.append(0)
                continue
            }
            let ascending = column.order(units, descending: false)
            orders.append(ascending)
            orders.append(UnitOrders.descending(ascending, column, units))
            peaks.append(units.compactMap { column.value($0) }.max() ?? 0)
        }
        self.orders = orders
        self.peaks = peaks
        places = orders.map { order in
            var place = Array(repeating: 0, count: order.count)
            for (i, unit) in order.enumerated() { place[unit] = i }
            return place
        }
    }

    /// The descending order from the ascending one without sorting again: runs of equal
    /// figures in reverse, each run kept in plan order (ties keep plan order either way).
    static func descending(_ ascending: [Int], _ column: DepartmentColumn, _ units: [UnitLoad]) -> [Int] {
        let figure = { (unit: Int) in column.value(units[unit]) ?? -1 }
        var out: [Int] = []
        out.reserveCapacity(ascending.count)
        var end = ascending.count
        while end > 0 {
            var start = end - 1
            while start > 0, figure(ascending[start - 1]) == figure(ascending[end - 1]) { start -= 1 }
            out.append(contentsOf: ascending[start..<end])
            end = start
        }
        return out
    }

    private static func slot(_ column: DepartmentColumn, _ descending: Bool) -> Int {
        column.rawValue * 2 + (descending ? 1 : 0)
    }

    /// Unit indices (into the status's units) in the column's order.
    func order(_ column: DepartmentColumn, descending: Bool) -> [Int] {
        guard column == .name else { return orders[UnitOrders.slot(column, descending)] }
        let ascending = byName.ascending.order
        return descending ? ascending.reversed() : ascending
    }

    /// Where a unit (by index) stands in the column's order.
    func place(ofUnit unit: Int, _ column: DepartmentColumn, descending: Bool) -> Int {
        guard column == .name else { return places[UnitOrders.slot(column, descending)][unit] }
        let place = byName.ascending.places[unit]
        return descending ? byName.ascending.places.count - 1 - place : place
    }

    /// The largest figure in the column (0 for names, or when no unit has one).
    func peak(_ column: DepartmentColumn) -> Double {
        peaks[column.rawValue]
    }
}
