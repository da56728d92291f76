import Testing
@testable import PlanModel

@Suite struct CalendarDateTests {
    @Test func parsesISODays() {
        #expect(CalendarDate(iso: "2019-12-31") == CalendarDate(year: 2019, month: 12, day: 31))
        #expect(CalendarDate(iso: "2019-02-29") == nil)
        #expect(CalendarDate(iso: "2020-02-29") != nil)
        #expect(CalendarDate(iso: "2019-13-01") == nil)
        #expect(CalendarDate(iso: "2019-1-01") == nil)
        #expect(CalendarDate(iso: "soon") == nil)
    }

    @Test func endOfMonthKnowsMonthLengths() {
        #expect(CalendarDate.endOfMonth(year: 2019, month: 6)?.description == "2019-06-30")
        #expect(CalendarDate.endOfMonth(year: 2019, month: 9)?.description == "2019-09-30")
        #expect(CalendarDate.endOfMonth(year: 2020, month: 2)?.description == "2020-02-29")
        #expect(CalendarDate.endOfMonth(year: 2019, month: 13) == nil)
    }

    @Test func dayNumbersRoundTripAndCount() {
        let epoch = CalendarDate(year: 1970, month: 1, day: 1)!
        #expect(epoch.dayNumber == 0)
        let d = CalendarDate(year: 2019, month: 4, day: 24)!
        #expect(CalendarDate(dayNumber: d.dayNumber) == d)
        #expect(d.days(until: CalendarDate(year: 2019, month: 12, day: 31)!) == 251)
        #expect(d.adding(days: 7).description == "2019-05-01")
        #expect(CalendarDate(year: 1969, month: 12, day: 31)!.dayNumber == -1)
    }
}
