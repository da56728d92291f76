/// A work plan as authored: sections → task areas → measures and targets → indicators,
/// with the units responsible for each task area. Immutable; progress lives apart from it.
public struct Plan: Sendable, Equatable {
    public var info: PlanInfo
    public var sections: [Section]
    /// The plan's own reporting periods (top-level `periods`); nil: the quarters of its year.
    public var periods: [ReportingPeriod]?

    public init(info: PlanInfo, sections: [Section], periods: [ReportingPeriod]? = nil) {
        self.info = info
        self.sections = sections
        self.periods = periods
    }

    /// Every task area, in file order.
    public var tasks: [TaskArea] { sections.flatMap(\.tasks) }
}

/// The head of a plan: what the notice says about itself.
public struct PlanInfo: Sendable, Equatable {
    /// Stable identifier, also the file's base name (`hunan-2019-services`).
    public var id: String
    public var title: String
    /// The document number (文号), e.g. 湘服联办〔2019〕2号.
    public var document: String
    public var issuer: String
    public var issued: CalendarDate
    public var year: Int
    /// Where the plan's text came from (a path relative to the plan file, or a note); optional.
    public var source: String?

    public init(id: String, title: String, document: String, issuer: String, issued: CalendarDate, year: Int,
        source: String? = nil) {
        self.id = id
        self.title = title
        self.document = document
        self.issuer = issuer
        self.issued = issued
        self.year = year
        self.source = source
    }

    /// The last day of the plan's year.
    public var yearEnd: CalendarDate { CalendarDate(year: year, month: 12, day: 31)! }
}

/// A part of the plan (一、聚焦四大重点工作). Panes follow sections in file order.
public struct Section: Sendable, Equatable, Identifiable {
    public var id: String
    /// What sort of section this is (`key-work`, `special-actions`, …); free text for other plans.
    public var kind: String
    public var title: String
    public var tasks: [TaskArea]

    public init(id: String, kind: String, title: String, tasks: [TaskArea]) {
        self.id = id
        self.kind = kind
        self.title = title
        self.tasks = tasks
    }
}

/// A main task (主要任务), with its measures, targets and responsible units.
public struct TaskArea: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var measures: [Measure]
    public var targets: [Target]
    /// Responsible units in the notice's order; the first leads (牵头), the rest take part (配合).
    public var units: [String]

    public init(id: String, title: String, measures: [Measure], targets: [Target], units: [String]) {
        self.id = id
        self.title = title
        self.measures = measures
        self.targets = targets
        self.units = units
    }

    /// The lead unit, if any unit is named.
    public var lead: String? { units.first }
}

/// A work measure (工作措施): an action with a deadline.
public struct Measure: Sendable, Equatable, Identifiable {
    public var id: String
    /// The number the notice gives it, if any.
    public var number: Int?
    public var text: String
    public var deadline: Deadline

    public init(id: String, number: Int? = nil, text: String, deadline: Deadline) {
        self.id = id
        self.number = number
        self.text = text
        self.deadline = deadline
    }
}

/// A deadline: a day, or ongoing (持续推进) with no day; always with the notice's own wording.
public struct Deadline: Sendable, Equatable {
    /// The day by which the measure is due; nil when ongoing.
    public var date: CalendarDate?
    /// The wording in the notice (2019年底, 持续推进).
    public var text: String

    public init(date: CalendarDate?, text: String) {
        self.date = date
        self.text = text
    }

    public var isOngoing: Bool { date == nil }
}

/// A work target (工作目标): the original sentence and the indicators read from it.
public struct Target: Sendable, Equatable, Identifiable {
    public var id: String
    public var number: Int?
    public var text: String
    public var indicators: [Indicator]
    /// A stretch target (力争), as the plan file marks it (`stretch: true`): every indicator of it is one.
    public var stretch: Bool

    public init(id: String, number: Int? = nil, text: String, indicators: [Indicator], stretch: Bool = false) {
        self.id = id
        self.number = number
        self.text = text
        self.indicators = indicators
        self.stretch = stretch
    }
}
