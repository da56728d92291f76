import Catalogue
import Foundation
import PlanModel
import PlanReports
import TestSupport
import Testing

/// The Hunan plan with the fixture journal, as of the half year and the year end, against
/// committed output in Chinese, and for a few in English (`*.en.*`)
/// (`UPDATE_GOLDEN=1 swift test --filter PlanReportsTests` to regenerate).
@Suite struct GoldenReportTests {
    @Test(arguments: [
        ("2019-06-30", ReportFormat.md), ("2019-12-31", .md),
        ("2019-06-30", .csv), ("2019-12-31", .csv),
        ("2019-12-31", .json),
    ])
    func matchesGolden(day: String, format: ReportFormat) throws {
        let data = try Language.$chosen.withValue(.zh) { try ReportWriter.data(Fixtures.status(day), format: format) }
        Fixtures.golden.check(data, "hunan-\(day).\(format.fileExtension)")
    }

    @Test(arguments: [("2019-06-30", ReportFormat.md), ("2019-12-31", .md), ("2019-06-30", .csv)])
    func matchesEnglishGolden(day: String, format: ReportFormat) throws {
        let data = try Language.$chosen.withValue(.en) { try ReportWriter.data(Fixtures.status(day), format: format) }
        Fixtures.golden.check(data, "hunan-\(day).en.\(format.fileExtension)")
    }

    @Test func fixtureReplaysCorrectionsAndUndo() {
        let values = Fixtures.ledger.replay(asOf: CalendarDate(iso: "2019-06-30")!)
        #expect(values["kw1.t2.i3"]?.value == .number(420))
        #expect(values["sa3.t1.i3"]?.value == .number(45.8))
        #expect(values["kw1.t1.i1"]?.value == .status(.inProgress))
        let yearEnd = Fixtures.ledger.replay(asOf: CalendarDate(iso: "2019-12-31")!)
        #expect(yearEnd["kw1.t3.i3"]?.value == .number(46))
        #expect(yearEnd["kw1.t1.i1"]?.value == .status(.done))
    }
}
