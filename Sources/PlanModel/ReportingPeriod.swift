import Foundation

/// A reporting period (报送期): the days a round of forms covers and the day they are due (报送截止).
public struct ReportingPeriod: Sendable, Equatable, Identifiable {
    /// The name `--period` takes and forms carry (`2019Q3`).
    public var id: String
    public var start: CalendarDate
    public var end: CalendarDate
    /// The last day to send the forms back.
    public var due: CalendarDate

    public init(id: String, start: CalendarDate, end: CalendarDate, due: CalendarDate) {
        self.id = id
        self.start = start
        self.end = end
        self.due = due
    }

    /// Days after a default quarter's end until its forms are due.
    public static let defaultDueDays = 5

    /// The four quarters of a year, ending 03-31, 06-30, 09-30 and 12-31, each due 5 days later.
    public static func quarters(of year: Int) -> [ReportingPeriod] {
        (1...4).map { q in
            let end = CalendarDate.endOfMonth(year: year, month: q * 3)!
            return ReportingPeriod(id: "\(year)Q\(q)", start: CalendarDate(year: year, month: q * 3 - 2, day: 1)!,
                                   end: end, due: end.adding(days: defaultDueDays))
        }
    }

    /// Periods from their ends and due days, in order: each starts the day after the one before;
    /// the first starts on the first day of `year` (or on its own end, if that is earlier).
    public static func chained(_ parts: [(id: String, end: CalendarDate, due: CalendarDate)],
        year: Int) -> [ReportingPeriod] {
        var start = CalendarDate(year: year, month: 1, day: 1)!
        return parts.map { p in
            defer { start = p.end.adding(days: 1) }
            return ReportingPeriod(id: p.id, start: min(start, p.end), end: p.end, due: p.due)
        }
    }

    /// Whether a day falls in the period.
    public func contains(_ day: CalendarDate) -> Bool { start <= day && day <= end }
}

extension Plan {
    /// The plan's reporting periods: its own, or (when it lists none) the quarters of its year.
    public var reportingPeriods: [ReportingPeriod] {
        if let periods, !periods.isEmpty { return periods }
        return ReportingPeriod.quarters(of: info.year)
    }

    /// The period named by its id (any case) or by its end day (YYYY-MM-DD); nil when none matches.
    public func reportingPeriod(named text: String) -> ReportingPeriod? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let day = CalendarDate(iso: t) { return reportingPeriods.first { $0.end == day } }
        return reportingPeriods.first { $0.id.lowercased() == t.lowercased() }
    }

    /// The period a view as of `day` reports on: the one holding the day, else the last one ended before it, else the
    /// first.
    public func reportingPeriod(at day: CalendarDate) -> ReportingPeriod {
        let periods = reportingPeriods
        return periods.first { $0.contains(day) } ?? periods.last { $0.end < day } ?? periods[0]
    }

    /// The period before `period`, if any.
    public func reportingPeriod(before period: ReportingPeriod) -> ReportingPeriod? {
        reportingPeriods.last { $0.end < period.start }
    }
}
