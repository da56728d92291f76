import PlanModel

/// Where a target or indicator stands in a bulletin: reached, on track, behind, or not reported.
///
/// The yardstick is time: a plan is annual, so by the as-of day a share of its year has gone by
/// (`timeElapsed`). Something with every indicator at 100% is reached; otherwise it is on track
/// when the mean progress of its reported indicators is at least the share of the year elapsed,
/// and behind when below it. With no indicator reported it is not reported — never 0%.
public enum Standing: String, Sendable, CaseIterable, Encodable {
    case reached
    case onTrack = "on-track"
    case behind
    case notReported = "not-reported"

    /// The label reports show.
    public var label: String {
        switch self {
        case .reached: return "已达成"
        case .onTrack: return "正常推进"
        case .behind: return "滞后"
        case .notReported: return "未填报"
        }
    }

    /// The standing of a completion (from `PlanStatus`) given the share of the year elapsed.
    public init(_ completion: Completion, timeElapsed: Double) {
        guard let fraction = completion.fraction else { self = .notReported; return }
        if fraction >= 1, completion.reported == completion.total {
            self = .reached
        } else {
            self = fraction >= timeElapsed ? .onTrack : .behind
        }
    }

    /// The share (0…1) of the plan's year gone by at the end of `asOf`: 181/365 on 2019-06-30,
    /// 1 on 2019-12-31 and after, 0 before the year starts.
    public static func timeElapsed(year: Int, asOf: CalendarDate) -> Double {
        let start = CalendarDate(year: year, month: 1, day: 1)!
        let days = start.days(until: CalendarDate(year: year + 1, month: 1, day: 1)!)
        let gone = start.days(until: asOf) + 1
        return Double(min(max(gone, 0), days)) / Double(days)
    }
}
