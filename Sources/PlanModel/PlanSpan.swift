import Catalogue

extension PlanInfo {
    /// The days a plan's records may stand for: from the day it was issued to the end of the
    /// year after its year (reports on a year's plan come in early the next year).
    public var span: ClosedRange<CalendarDate> {
        let end = CalendarDate(year: year + 1, month: 12, day: 31)!
        return min(issued, end)...end
    }

    /// Why a day for a record or a view needs confirming: it lies outside the plan's span.
    /// nil when it is inside. The TUI asks before taking such an as-of day; `set --at` wants `--force`.
    public func outsideSpan(_ day: CalendarDate) -> Message? {
        span.contains(day) ? nil : .dayOutsidePlan(day.description, from: span.lowerBound.description,
            to: span.upperBound.description)
    }
}
