import PlanModel

/// The facts of a progress bulletin (通报) as of one day, read from one `PlanStatus`:
/// every report format (Markdown, HTML, CSV, JSON) renders these and computes nothing itself,
/// so their figures are the dashboard's.
public struct Bulletin: Sendable {
    public let info: PlanInfo
    public let asOf: CalendarDate
    /// The share (0…1) of the plan's year gone by: the yardstick for on track and behind.
    public let timeElapsed: Double
    public let overall: Completion
    /// All targets by standing; `.standing` is the plan's.
    public let overallTargets: StandingCounts
    public let sections: [SectionLine]
    /// Every target, in plan order.
    public let targets: [TargetLine]
    /// Every measure, in plan order.
    public let measures: [MeasureLine]
    /// Every indicator, in plan order.
    public let indicators: [IndicatorLine]
    /// Every responsible unit, in the order units first appear in the plan.
    public let units: [UnitLoad]
    /// The 督办清单, units in plan order.
    public let chase: ChaseList

    public init(_ status: PlanStatus) {
        let plan = status.plan
        info = plan.info
        asOf = status.asOf
        timeElapsed = status.timeElapsed
        overall = status.overall
        overallTargets = status.overallTargets
        units = status.units
        chase = ChaseList(status)
        var sections: [SectionLine] = []
        var targets: [TargetLine] = []
        var measures: [MeasureLine] = []
        var indicators: [IndicatorLine] = []
        for (s, section) in plan.sections.enumerated() {
            var tasks: [TaskLine] = []
            for (t, task) in section.tasks.enumerated() {
                let place = Place(section: section, sectionNumber: s + 1, task: task, taskNumber: t + 1)
                tasks.append(TaskLine(place: place, status: status.tasks[task.id]!))
                for m in task.measures {
                    measures.append(MeasureLine(measure: m, place: place, status: status.measures[m.id]!))
                }
                for target in task.targets {
                    targets.append(TargetLine(target: target, place: place, status: status.targetStatuses[target.id]!))
                    for ind in target.indicators {
                        indicators.append(IndicatorLine(indicator: ind, target: target, place: place,
                            status: status.indicators[ind.id]!))
                    }
                }
            }
            sections.append(SectionLine(id: section.id, number: s + 1, title: section.title,
                                        completion: status.sections[section.id]!,
                                            targets: status.sectionTargets[section.id]!, tasks: tasks))
        }
        self.sections = sections
        self.targets = targets
        self.measures = measures
        self.indicators = indicators
    }

    /// Targets with a given standing, in plan order.
    public func targets(_ standing: Standing) -> [TargetLine] {
        targets.filter { $0.standing == standing }
    }

    /// Measures in a given state, in plan order.
    public func measures(_ state: MeasureStatus.State) -> [MeasureLine] {
        measures.filter { $0.status.state == state }
    }

    /// Indicators with no value as of the day.
    public var unreportedIndicators: [IndicatorLine] {
        indicators.filter { !$0.status.isReported }
    }
}

/// Where an item sits: its section and task area, with their numbers (1-based) in the plan.
public struct Place: Sendable {
    public let sectionID: String
    public let sectionTitle: String
    public let sectionNumber: Int
    public let taskID: String
    public let taskTitle: String
    public let taskNumber: Int
    /// The task area's lead unit (the first named).
    public let lead: String?

    init(section: Section, sectionNumber: Int, task: TaskArea, taskNumber: Int) {
        sectionID = section.id
        sectionTitle = section.title
        self.sectionNumber = sectionNumber
        taskID = task.id
        taskTitle = task.title
        self.taskNumber = taskNumber
        lead = task.lead
    }

    /// `一、聚焦四大重点工作`, as the notice numbers sections.
    public var numberedSection: String { ChineseNumeral.section(sectionNumber, sectionTitle) }
    /// `（一）补齐生产服务短板`, as the notice numbers task areas.
    public var numberedTask: String { ChineseNumeral.task(taskNumber, taskTitle) }
}

/// A section with its completion and its task areas.
public struct SectionLine: Sendable {
    public let id: String
    public let number: Int
    public let title: String
    public let completion: Completion
    /// Its targets by standing; `.standing` is the section's.
    public let targets: StandingCounts
    public let tasks: [TaskLine]

    /// `一、聚焦四大重点工作`.
    public var numberedTitle: String { ChineseNumeral.section(number, title) }
}

/// A task area with its completion and measure counts.
public struct TaskLine: Sendable {
    public let place: Place
    public let status: TaskStatus
}

/// A target with its verdict.
public struct TargetLine: Sendable {
    public let target: Target
    public let place: Place
    public let status: TargetStatus

    public var completion: Completion { status.completion }
    public var standing: Standing { status.standing }
}

/// A measure with its state as of the day.
public struct MeasureLine: Sendable {
    public let measure: Measure
    public let place: Place
    public let status: MeasureStatus
}

/// An indicator with its reported value, progress and standing.
public struct IndicatorLine: Sendable {
    public let indicator: Indicator
    public let target: Target
    public let place: Place
    public let status: IndicatorStatus

    public var standing: Standing { status.standing }
}
