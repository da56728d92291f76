import PlanModel
import Synchronization

/// The units in pinyin order, found the first time the department table is sorted by name:
/// the names never change while a plan is open, and reading them as pinyin costs more than
/// drawing the first frame. Shared by every status of the plan.
final class UnitNameOrder: Sendable {
    private let names: [String]
    private let found = Mutex<(order: [Int], places: [Int])?>(nil)

    init(_ units: [UnitLoad]) {
        names = units.map(\.name)
    }

    /// Unit indices in pinyin order, and each unit's place in it.
    var ascending: (order: [Int], places: [Int]) {
        found.withLock { found in
            if let found { return found }
            let order = Pinyin.order(names)
            var places = Array(repeating: 0, count: order.count)
            for (i, unit) in order.enumerated() { places[unit] = i }
            found = (order, places)
            return (order, places)
        }
    }
}
