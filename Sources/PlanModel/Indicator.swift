/// One figure or milestone that can be reported against a target.
public struct Indicator: Sendable, Equatable, Identifiable {
    public var id: String
    /// A short name (软件业务收入).
    public var name: String
    public var kind: IndicatorKind
    /// What counts as reached; nil for milestones.
    public var goal: Goal?
    /// The unit of the figure (亿元, 家, %); nil for milestones.
    public var unit: String?
    /// How the figure is judged through the year, as the plan file states it; nil means the
    /// kind's default (`pace`).
    public var statedPace: Pace?
    /// A milestone's own deadline (plan file `deadline`); nil for figures and for milestones that
    /// follow their task area's measures.
    public var deadline: CalendarDate?
    /// A stretch goal (力争), as the plan file marks it on the indicator (`stretch: true`).
    public var stretch: Bool

    public init(id: String, name: String, kind: IndicatorKind, goal: Goal? = nil, unit: String? = nil,
                pace: Pace? = nil, deadline: CalendarDate? = nil, stretch: Bool = false) {
        self.id = id
        self.name = name
        self.kind = kind
        self.goal = goal
        self.unit = unit
        self.statedPace = pace
        self.deadline = deadline
        self.stretch = stretch
    }

    public var isMilestone: Bool { kind == .milestone }

    /// The pace the indicator is judged by: the stated one, else the kind's default; nil for milestones.
    public var pace: Pace? { isMilestone ? nil : (statedPace ?? Pace.defaultPace(for: kind)) }
}

/// What an indicator measures.
public enum IndicatorKind: String, Sendable, CaseIterable, Codable {
    /// A count or amount (家, 个, 亿元).
    case quantity
    /// A growth rate in percent (增长10%以上).
    case growth
    /// A share in percent (占比40%以上).
    case share
    /// Done or not, with no figure (出台《…》).
    case milestone
}

/// The figure an indicator aims at and how an actual value is compared with it.
public enum Goal: Sendable, Equatable {
    /// actual ≥ value (以上, 不少于, 达到, 超过).
    case atLeast(Double)
    /// actual ≤ value (以内, 控制在, 不超过).
    case atMost(Double)
    /// about value (左右): reached within `tolerance` percent below it.
    case about(Double, tolerance: Double)
    /// a range (1-2家): reached at the lower bound.
    case range(Double, Double)

    /// The default tolerance of 左右, in percent.
    public static let defaultTolerance = 10.0

    /// The comparator's name as the plan file writes it.
    public var comparator: GoalComparator {
        switch self {
        case .atLeast: return .atLeast
        case .atMost: return .atMost
        case .about: return .about
        case .range: return .range
        }
    }
}

/// The comparators a plan file may name.
public enum GoalComparator: String, Sendable, CaseIterable, Codable {
    case atLeast = "at-least"
    case atMost = "at-most"
    case about
    case range

    /// The sign shown before a target figure.
    public var symbol: String {
        switch self {
        case .atLeast: return "≥"
        case .atMost: return "≤"
        case .about: return "≈"
        case .range: return ""
        }
    }
}
