import Catalogue
import PlanModel

/// A column of the department workload table, which it can be sorted by.
enum DepartmentColumn: Int, CaseIterable, Sendable {
    case name, leads, joins, measures, overdue, indicators, leadCompletion

    var header: String {
        switch self {
        case .name: return Message.screenUnit.text()
        case .leads: return Message.screenColumnLeads.text()
        case .joins: return Message.screenColumnJoins.text()
        case .measures: return Message.screenColumnMeasures.text()
        case .overdue: return Message.screenColumnOverdue.text()
        case .indicators: return Message.screenColumnIndicators.text()
        case .leadCompletion: return Message.screenColumnLeadCompletion.text()
        }
    }

    /// Columns of the figures, right-aligned: wide enough for the header and the sort arrow.
    var width: Int { max(self == .leadCompletion ? 9 : 5, DisplayWidth.of(header) + 1) }

    /// The figure a unit has in this column; nil for the name, and for a lead completion not reported.
    func value(_ u: UnitLoad) -> Double? {
        switch self {
        case .name: return nil
        case .leads: return Double(u.leads.count)
        case .joins: return Double(u.joins.count)
        case .measures: return Double(u.measures)
        case .overdue: return Double(u.overdue)
        case .indicators: return Double(u.indicators)
        case .leadCompletion: return u.leadCompletion
        }
    }

    func text(_ u: UnitLoad) -> String {
        switch self {
        case .name: return u.name
        case .leadCompletion: return u.leadCompletion.map(NumberText.percent) ?? "—"
        default: return value(u).map { NumberText.format($0) } ?? ""
        }
    }

    /// Names sort in pinyin order (A→Z) first; figures largest first.
    var startsDescending: Bool { self != .name }

    /// Unit indices (into `units`) in this column's order of figures; ties keep plan order.
    /// (Names: `UnitNameOrder`.)
    func order(_ units: [UnitLoad], descending: Bool) -> [Int] {
        let values = units.map { value($0) ?? -1 }
        return values.indices.sorted { a, b in
            if values[a] == values[b] { return a < b }
            return descending ? values[a] > values[b] : values[a] < values[b]
        }
    }
}
