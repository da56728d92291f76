import Catalogue

/// Where an indicator, target, task area, section or plan stands as of a day: reached, on track,
/// behind, or not reported. The rules are README's "Completion rules" table; `PlanStatus` applies them.
public enum Standing: String, Sendable, CaseIterable, Encodable {
    case reached
    case onTrack = "on-track"
    case behind
    case notReported = "not-reported"

    public var message: Message {
        switch self {
        case .reached: return .standingReached
        case .onTrack: return .standingOnTrack
        case .behind: return .standingBehind
        case .notReported: return .standingNotReported
        }
    }

    /// The label views show (已达成, 正常推进, 滞后, 未填报).
    public var label: String { message.text() }

    /// `力争 · 滞后 · 部分填报`: the label with 力争 in front of a stretch goal and a qualifying note after it.
    public func label(stretch: Bool, note: Message?) -> String {
        ([stretch ? Message.stretch.text() : nil, label,
            note?.text()] as [String?]).compactMap { $0 }.joined(separator: " · ")
    }

    /// The share (0…1) of the plan's year gone by at the end of `asOf` (时间进度): 181/365 on
    /// 2019-06-30, 1 on 2019-12-31 and after, 0 before the year starts.
    public static func timeElapsed(year: Int, asOf: CalendarDate) -> Double {
        let start = CalendarDate(year: year, month: 1, day: 1)!
        let days = start.days(until: CalendarDate(year: year + 1, month: 1, day: 1)!)
        let gone = start.days(until: asOf) + 1
        return Double(min(max(gone, 0), days)) / Double(days)
    }

    /// A figure's standing from its progress and pace: reached at 1; a cumulative figure is on
    /// track while its progress keeps up with time elapsed; a level must meet its goal at every date.
    static func figure(progress: Double, pace: Pace, timeElapsed: Double) -> Standing {
        if progress >= 1 { return .reached }
        switch pace {
        case .cumulative: return progress >= timeElapsed ? .onTrack : .behind
        case .level: return .behind
        }
    }

    /// A milestone's standing: reached when done, otherwise on track until the end of its deadline day.
    static func milestone(_ work: WorkStatus, deadline: CalendarDate, asOf: CalendarDate) -> Standing {
        if work == .done { return .reached }
        return asOf < deadline ? .onTrack : .behind
    }
}

/// How many targets stand where, below a task area, section or the plan.
public struct StandingCounts: Sendable, Equatable, Encodable {
    public var reached = 0
    public var onTrack = 0
    public var behind = 0
    public var notReported = 0
    /// Of the targets counted, those judged on only part of their indicators (部分填报).
    public var partlyReported = 0

    public init() {}

    public mutating func add(_ t: TargetStatus) {
        switch t.standing {
        case .reached: reached += 1
        case .onTrack: onTrack += 1
        case .behind: behind += 1
        case .notReported: notReported += 1
        }
        if t.partlyReported { partlyReported += 1 }
    }

    public mutating func add(_ other: StandingCounts) {
        reached += other.reached; onTrack += other.onTrack; behind += other.behind
        notReported += other.notReported; partlyReported += other.partlyReported
    }

    public var total: Int { reached + onTrack + behind + notReported }

    /// The standing of what holds these targets: not reported when none is reported, reached when
    /// all are reached, behind when any is behind, on track otherwise.
    public var standing: Standing {
        if notReported == total { return .notReported }
        if reached == total { return .reached }
        return behind > 0 ? .behind : .onTrack
    }

    public func count(_ s: Standing) -> Int {
        switch s {
        case .reached: return reached
        case .onTrack: return onTrack
        case .behind: return behind
        case .notReported: return notReported
        }
    }
}

/// A target's verdict: its completion (unreported indicators count 0), its standing judged on
/// its reported indicators, whether only some are reported, and whether it is a stretch (力争) goal.
public struct TargetStatus: Sendable, Equatable {
    public var completion: Completion
    public var standing: Standing
    /// Some but not all of its indicators are reported (部分填报): never reached then.
    public var partlyReported: Bool
    public var stretch: Bool

    public init(completion: Completion, standing: Standing, partlyReported: Bool, stretch: Bool) {
        self.completion = completion
        self.standing = standing
        self.partlyReported = partlyReported
        self.stretch = stretch
    }

    /// Judges a target from its indicators' statuses: not reported when none is; behind when any
    /// reported one is behind; reached only when every indicator is reported and reached.
    init(_ indicators: [IndicatorStatus], stretch: Bool) {
        let reported = indicators.filter(\.isReported)
        completion = Completion.pooled(of: indicators.map(\.completion))
        partlyReported = !reported.isEmpty && reported.count < indicators.count
        self.stretch = stretch
        if reported.isEmpty {
            standing = .notReported
        } else if reported.contains(where: { $0.standing == .behind }) {
            standing = .behind
        } else if !partlyReported, reported.allSatisfy({ $0.standing == .reached }) {
            standing = .reached
        } else {
            standing = .onTrack
        }
    }

    /// `正常推进`, `滞后 · 部分填报`, with `力争` in front of a stretch target.
    public var label: String { standing.label(stretch: stretch, note: partlyReported ? .partlyReported : nil) }
}
