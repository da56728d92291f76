/// What a unit must report each period: the indicators of the task areas it leads, and the
/// status of the measures of the task areas it leads or joins. Items come in plan order.
public struct ReportingDuty: Sendable, Equatable {
    /// One item on a unit's form.
    public struct Item: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// An indicator, with the sentence of the target it belongs to.
            case indicator(Indicator, target: String)
            case measure(Measure)
        }

        public var kind: Kind
        public var taskID: String
        public var taskTitle: String
        /// Whether the unit shares the item with other units (a measure of a task area with several units).
        public var shared: Bool

        /// The indicator or measure id.
        public var id: String {
            switch kind {
            case .indicator(let i, _): return i.id
            case .measure(let m): return m.id
            }
        }

        /// Whether its value is a status (milestones and measures) rather than a figure.
        public var takesStatus: Bool {
            switch kind {
            case .indicator(let i, _): return i.isMilestone
            case .measure: return true
            }
        }
    }

    public var unit: String
    public var items: [Item]

    /// The duty of one unit (empty when it has nothing to report).
    public init(unit: String, plan: Plan) {
        self.unit = unit
        var items: [Item] = []
        for task in plan.tasks where task.units.contains(unit) {
            if task.lead == unit {
                for target in task.targets {
                    for ind in target.indicators {
                        items.append(Item(kind: .indicator(ind, target: target.text), taskID: task.id,
                            taskTitle: task.title, shared: false))
                    }
                }
            }
            let shared = Set(task.units).count > 1
            for m in task.measures {
                items.append(Item(kind: .measure(m), taskID: task.id, taskTitle: task.title, shared: shared))
            }
        }
        self.items = items
    }

    /// Every unit of the plan that has something to report, in the order units first appear.
    public static func all(in plan: Plan) -> [ReportingDuty] {
        var seen: Set<String> = []
        let units = plan.tasks.flatMap(\.units).filter { seen.insert($0).inserted }
        return units.map { ReportingDuty(unit: $0, plan: plan) }.filter { !$0.items.isEmpty }
    }
}
