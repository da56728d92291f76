/// Completion, deadlines and workload of a plan as of one day: computed once per change
/// (load, edit, as-of change), read by every screen and report.
public struct PlanStatus: Sendable {
    public let plan: Plan
    public let index: PlanIndex
    public let asOf: CalendarDate
    /// Replayed values as of `asOf`, by item id.
    public let values: [String: ItemState]
    public let indicators: [String: IndicatorStatus]
    public let targets: [String: Completion]
    public let tasks: [String: TaskStatus]
    public let sections: [String: Completion]
    public let overall: Completion
    public let measures: [String: MeasureStatus]
    /// Every responsible unit, in the order units first appear in the plan.
    public let units: [UnitLoad]

    /// How many days ahead counts as "due soon".
    public static let dueSoonDays = 30

    public init(plan: Plan, ledger: ProgressLedger, asOf: CalendarDate, index: PlanIndex? = nil) {
        self.init(plan: plan, values: ledger.replay(asOf: asOf), asOf: asOf, index: index ?? PlanIndex(plan))
    }

    public init(plan: Plan, values: [String: ItemState], asOf: CalendarDate, index: PlanIndex) {
        self.plan = plan
        self.index = index
        self.asOf = asOf
        self.values = values
        var indicators: [String: IndicatorStatus] = [:]
        var targets: [String: Completion] = [:]
        var tasks: [String: TaskStatus] = [:]
        var sections: [String: Completion] = [:]
        var measures: [String: MeasureStatus] = [:]
        indicators.reserveCapacity(index.items.count)
        measures.reserveCapacity(index.items.count)
        tasks.reserveCapacity(index.tasks.count)
        var sectionParts: [Completion] = []
        for section in plan.sections {
            var taskParts: [Completion] = []
            for task in section.tasks {
                var targetParts: [Completion] = []
                for target in task.targets {
                    var parts: [Completion] = []
                    for ind in target.indicators {
                        let state = values[ind.id]
                        let st = IndicatorStatus(actual: state?.value, progress: state.flatMap { ind.progress(of: $0.value) }, updated: state?.record)
                        indicators[ind.id] = st
                        parts.append(Completion(fraction: st.progress, reported: st.progress == nil ? 0 : 1, total: 1))
                    }
                    let c = Completion.mean(of: parts)
                    targets[target.id] = c
                    targetParts.append(c)
                }
                var ts = TaskStatus(completion: Completion.mean(of: targetParts), measures: task.measures.count)
                for m in task.measures {
                    let ms = MeasureStatus(measure: m, value: values[m.id], asOf: asOf)
                    measures[m.id] = ms
                    switch ms.state {
                    case .done: ts.done += 1
                    case .overdue: ts.overdue += 1
                    case .dueSoon: ts.dueSoon += 1
                    case .open, .ongoing: break
                    }
                }
                tasks[task.id] = ts
                taskParts.append(ts.completion)
            }
            let c = Completion.mean(of: taskParts)
            sections[section.id] = c
            sectionParts.append(c)
        }
        self.indicators = indicators
        self.targets = targets
        self.tasks = tasks
        self.sections = sections
        self.measures = measures
        self.overall = Completion.mean(of: sectionParts)
        self.units = UnitLoad.compute(plan: plan, tasks: tasks)
    }
}

/// Completion of a target, task area, section or plan: the mean of its reported parts,
/// and how many indicators below it are reported. Nothing reported means no fraction, never 0.
public struct Completion: Sendable, Equatable {
    /// 0…1, or nil when nothing below is reported.
    public var fraction: Double?
    /// Indicators reported below this level.
    public var reported: Int
    /// Indicators in all below this level.
    public var total: Int

    public init(fraction: Double?, reported: Int, total: Int) {
        self.fraction = fraction
        self.reported = reported
        self.total = total
    }

    /// The unweighted mean of the parts that have a fraction; counts add up.
    public static func mean(of parts: [Completion]) -> Completion {
        let known = parts.compactMap(\.fraction)
        return Completion(
            fraction: known.isEmpty ? nil : known.reduce(0, +) / Double(known.count),
            reported: parts.reduce(0) { $0 + $1.reported },
            total: parts.reduce(0) { $0 + $1.total })
    }

    /// `73%`, or `未填报` when nothing is reported.
    public var text: String { fraction.map(NumberText.percent) ?? "未填报" }
}

/// An indicator's actual value as of the day, its progress and the record that set it.
public struct IndicatorStatus: Sendable, Equatable {
    public var actual: ItemValue?
    public var progress: Double?
    public var updated: ProgressRecord?

    public var isReported: Bool { actual != nil }
}

/// Counts for one task area.
public struct TaskStatus: Sendable, Equatable {
    public var completion: Completion
    public var measures: Int
    public var done = 0
    public var overdue = 0
    public var dueSoon = 0

    /// A task area with no measure done, overdue or due soon yet.
    public init(completion: Completion, measures: Int) {
        self.completion = completion
        self.measures = measures
    }
}

/// A measure's state as of a day.
public struct MeasureStatus: Sendable, Equatable {
    public enum State: String, Sendable {
        case done, overdue, dueSoon = "due-soon", open, ongoing

        public var label: String {
            switch self {
            case .done: return "已完成"
            case .overdue: return "逾期"
            case .dueSoon: return "临期"
            case .open: return "进行中"
            case .ongoing: return "持续推进"
            }
        }
    }

    public var work: WorkStatus
    public var state: State
    /// When it was marked done (the day of the record), if done.
    public var doneOn: CalendarDate?
    /// Days past the deadline when overdue, days left otherwise; nil when ongoing.
    public var daysLeft: Int?

    public init(measure: Measure, value: ItemState?, asOf: CalendarDate) {
        work = value?.value.status ?? .notStarted
        doneOn = work == .done ? value?.record.at : nil
        daysLeft = measure.deadline.date.map { asOf.days(until: $0) }
        if work == .done {
            state = .done
        } else if let left = daysLeft {
            state = left < 0 ? .overdue : (left <= PlanStatus.dueSoonDays ? .dueSoon : .open)
        } else {
            state = .ongoing
        }
    }
}
