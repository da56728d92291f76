import Catalogue

/// Completion, standings, deadlines and workload of a plan as of one day: computed once per change
/// (load, edit, as-of change), read by every screen, command and report. The rules are README's
/// "Completion rules" table.
public struct PlanStatus: Sendable {
    public let plan: Plan
    public let index: PlanIndex
    public let asOf: CalendarDate
    /// 时间进度: the share of the plan's year gone by at the end of `asOf`, 0…1.
    public let timeElapsed: Double
    /// Replayed values as of `asOf`, by item id.
    public let values: [String: ItemState]
    public let indicators: [String: IndicatorStatus]
    /// Each target's completion (unreported indicators count 0).
    public let targets: [String: Completion]
    /// Each target's verdict: completion, standing, 部分填报, 力争.
    public let targetStatuses: [String: TargetStatus]
    public let tasks: [String: TaskStatus]
    /// Each section's completion, over all the indicators of its targets.
    public let sections: [String: Completion]
    /// Each section's targets by standing; `.standing` is the section's.
    public let sectionTargets: [String: StandingCounts]
    /// The plan's completion, over all the indicators of all targets.
    public let overall: Completion
    /// All targets by standing; `.standing` is the plan's.
    public let overallTargets: StandingCounts
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
        let elapsed = Standing.timeElapsed(year: plan.info.year, asOf: asOf)
        timeElapsed = elapsed
        var indicators: [String: IndicatorStatus] = [:]
        var targets: [String: Completion] = [:]
        var targetStatuses: [String: TargetStatus] = [:]
        var tasks: [String: TaskStatus] = [:]
        var sections: [String: Completion] = [:]
        var sectionTargets: [String: StandingCounts] = [:]
        var measures: [String: MeasureStatus] = [:]
        indicators.reserveCapacity(index.items.count)
        measures.reserveCapacity(index.items.count)
        tasks.reserveCapacity(index.tasks.count)
        var sectionParts: [Completion] = []
        var allCounts = StandingCounts()
        for section in plan.sections {
            var taskParts: [Completion] = []
            var sectionCounts = StandingCounts()
            for task in section.tasks {
                let milestoneDue = task.measures.compactMap(\.deadline.date).max() ?? plan.info.yearEnd
                var targetParts: [Completion] = []
                var counts = StandingCounts()
                for target in task.targets {
                    var parts: [IndicatorStatus] = []
                    for ind in target.indicators {
                        let st = IndicatorStatus(ind, state: values[ind.id], stretch: target.stretch || ind.stretch,
                                                 milestoneDue: ind.deadline ?? milestoneDue, asOf: asOf,
                                                     timeElapsed: elapsed)
                        indicators[ind.id] = st
                        parts.append(st)
                    }
                    let t = TargetStatus(parts, stretch: target.stretch)
                    targets[target.id] = t.completion
                    targetStatuses[target.id] = t
                    targetParts.append(t.completion)
                    counts.add(t)
                }
                var ts = TaskStatus(completion: Completion.pooled(of: targetParts), measures: task.measures.count)
                ts.targets = counts
                for m in task.measures {
                    let ms = MeasureStatus(measure: m, value: values[m.id], asOf: asOf, timeElapsed: elapsed)
                    measures[m.id] = ms
                    switch ms.state {
                    case .done: ts.done += 1
                    case .overdue: ts.overdue += 1
                    case .dueSoon: ts.dueSoon += 1
                    case .open, .ongoing: break
                    }
                    if ms.daysLate != nil { ts.doneLate += 1 }
                    if ms.stalled { ts.stalled += 1 }
                }
                tasks[task.id] = ts
                taskParts.append(ts.completion)
                sectionCounts.add(counts)
            }
            let c = Completion.pooled(of: taskParts)
            sections[section.id] = c
            sectionTargets[section.id] = sectionCounts
            sectionParts.append(c)
            allCounts.add(sectionCounts)
        }
        self.indicators = indicators
        self.targets = targets
        self.targetStatuses = targetStatuses
        self.tasks = tasks
        self.sections = sections
        self.sectionTargets = sectionTargets
        self.measures = measures
        self.overall = Completion.pooled(of: sectionParts)
        self.overallTargets = allCounts
        self.units = UnitLoad.compute(plan: plan, tasks: tasks)
    }
}

/// Completion of a target, task area, section or plan: the progress of every indicator below it
/// added up (an unreported one adds 0) over the number of indicators, and how many are reported
/// (coverage). Nothing reported means no fraction (未填报), never 0.
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

    /// The parts pooled: each weighs by its number of indicators, unreported ones count 0;
    /// no fraction when nothing below is reported.
    public static func pooled(of parts: [Completion]) -> Completion {
        let reported = parts.reduce(0) { $0 + $1.reported }
        let total = parts.reduce(0) { $0 + $1.total }
        let sum = parts.reduce(0.0) { $0 + ($1.fraction ?? 0) * Double($1.total) }
        return Completion(fraction: reported == 0 || total == 0 ? nil : sum / Double(total), reported: reported,
            total: total)
    }

    /// `73%`, or `未填报` when nothing is reported.
    public var text: String { fraction.map(NumberText.percent) ?? Message.standingNotReported.text() }

    /// `55% · 已填报 8/88`: the completion with its coverage, as every roll-up shows it.
    public var textWithCoverage: String { Message.coverage(text, reported: reported, total: total).text() }
}

/// An indicator's actual value as of the day, its progress, standing and the record that set it.
public struct IndicatorStatus: Sendable, Equatable {
    public var actual: ItemValue?
    public var progress: Double?
    public var updated: ProgressRecord?
    public var standing: Standing = .notReported
    /// A range goal's actual is above its upper bound (超出; still reached).
    public var exceeded = false
    /// A stretch (力争) goal, by its own mark or its target's.
    public var stretch = false
    /// For a milestone, the day it is due (its own, else its task area's latest measure deadline,
    /// else the plan's last day); nil for figures.
    public var deadline: CalendarDate?

    public init(actual: ItemValue?, progress: Double?, updated: ProgressRecord?) {
        self.actual = actual
        self.progress = progress
        self.updated = updated
    }

    /// Judges one indicator by README's rules.
    init(_ ind: Indicator, state: ItemState?, stretch: Bool, milestoneDue: CalendarDate, asOf: CalendarDate,
        timeElapsed: Double) {
        self.init(actual: state?.value, progress: state.flatMap { ind.progress(of: $0.value) }, updated: state?.record)
        self.stretch = stretch
        if ind.isMilestone { deadline = milestoneDue }
        guard let progress, let value = state?.value else { return }
        exceeded = ind.exceeds(value)
        if ind.isMilestone, let work = value.status {
            standing = Standing.milestone(work, deadline: milestoneDue, asOf: asOf)
        } else if let pace = ind.pace {
            standing = Standing.figure(progress: progress, pace: pace, timeElapsed: timeElapsed)
        }
    }

    public var isReported: Bool { actual != nil }

    /// This indicator as a roll-up part: its progress, reported or not, one indicator.
    public var completion: Completion { Completion(fraction: progress, reported: progress == nil ? 0 : 1, total: 1) }

    /// `滞后`, `已达成 · 超出`, with `力争` in front of a stretch goal.
    public var label: String { standing.label(stretch: stretch, note: exceeded ? .exceeded : nil) }
}

/// Counts for one task area.
public struct TaskStatus: Sendable, Equatable {
    public var completion: Completion
    public var measures: Int
    public var done = 0
    public var overdue = 0
    public var dueSoon = 0
    /// Measures done after their deadline (逾期完成).
    public var doneLate = 0
    /// 持续推进 measures still not started once half the year is gone (未推进).
    public var stalled = 0
    /// Its targets by standing.
    public var targets = StandingCounts()

    /// The task area's standing, from its targets.
    public var standing: Standing { targets.standing }

    /// A task area with no measure done, overdue or due soon yet.
    public init(completion: Completion, measures: Int) {
        self.completion = completion
        self.measures = measures
    }
}

/// A measure's state as of a day: its work state (未开始 / 推进中 / 已完成) and, apart from it, its
/// deadline state. Overdue when not done by the end of its deadline day; 逾期完成 when done after it;
/// a 持续推进 measure still not started once half the year is gone is stalled (未推进), never overdue.
public struct MeasureStatus: Sendable, Equatable {
    public enum State: String, Sendable {
        case done, overdue, dueSoon = "due-soon", open, ongoing

        public var message: Message {
            switch self {
            case .done: return .workDone
            case .overdue: return .stateOverdue
            case .dueSoon: return .stateDueSoon
            case .open: return .stateOpen
            case .ongoing: return .ongoing
            }
        }

        /// 已完成, 逾期, 临期, 未到期 or 持续推进, in the reader's language.
        public var label: String { message.text() }
    }

    public var work: WorkStatus
    public var state: State
    /// When it was marked done (the day of the record), if done.
    public var doneOn: CalendarDate?
    /// Days from the as-of day to the deadline (0 on the deadline day, negative after it); nil when ongoing.
    public var daysLeft: Int?
    /// Days after the deadline it was done (逾期完成); nil when done on time, not done or ongoing.
    public var daysLate: Int?
    /// Ongoing (持续推进), not started, and half the year gone (未推进).
    public var stalled: Bool

    public init(measure: Measure, value: ItemState?, asOf: CalendarDate, timeElapsed: Double) {
        work = value?.value.status ?? .notStarted
        doneOn = work == .done ? value?.record.at : nil
        let due = measure.deadline.date
        daysLeft = due.map { asOf.days(until: $0) }
        daysLate = nil
        if let due, let doneOn, doneOn > due { daysLate = due.days(until: doneOn) }
        stalled = due == nil && work == .notStarted && timeElapsed >= 0.5
        if work == .done {
            state = .done
        } else if let left = daysLeft {
            state = left <= 0 ? .overdue : (left <= PlanStatus.dueSoonDays ? .dueSoon : .open)
        } else {
            state = .ongoing
        }
    }

    /// 未开始, 推进中 or 已完成.
    public var workMessage: Message {
        switch work {
        case .notStarted: return .workNotStarted
        case .inProgress: return .workInProgress
        case .done: return .workDone
        }
    }

    /// The deadline state: 剩 N 天, 到期未完成, 逾期 N 天, 逾期完成 N 天, 按期完成, 持续推进 or 未推进.
    public var deadlineMessage: Message {
        if work == .done { return daysLate.map(Message.doneLate) ?? (daysLeft == nil ? .ongoing : .doneOnTime) }
        guard let left = daysLeft else { return stalled ? .stalled : .ongoing }
        if left > 0 { return .daysLeft(left) }
        return left == 0 ? .dueTodayNotDone : .daysOverdue(-left)
    }
}
