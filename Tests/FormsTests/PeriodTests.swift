import Foundation
import PlanModel
import PlanStore
import Testing
import TestSupport

/// Reporting periods: the quarters by default, a plan's own under `periods:`, checked with positions.
@Suite(.language(.en)) struct PeriodTests {
    static let hunanText = try! String(contentsOf: TestWorkspace.hunanPlan, encoding: .utf8)

    @Test func quartersByDefault() throws {
        let plan = try PlanFile.parse(Self.hunanText, file: "h.yaml")
        #expect(plan.reportingPeriods.map(\.id) == ["2019Q1", "2019Q2", "2019Q3", "2019Q4"])
        let q3 = try #require(plan.reportingPeriod(named: "2019q3"))
        #expect((q3.start.description, q3.end.description, q3.due.description) == ("2019-07-01", "2019-09-30", "2019-10-05"))
        #expect(plan.reportingPeriod(named: "2019-09-30") == q3)
        #expect(plan.reportingPeriod(named: "2019-09-29") == nil)
        #expect(plan.reportingPeriod(named: "2019Q5") == nil)
        #expect(plan.reportingPeriod(before: q3)?.id == "2019Q2")
        #expect(plan.reportingPeriod(at: CalendarDate(iso: "2019-08-15")!) == q3)
        #expect(plan.reportingPeriod(at: CalendarDate(iso: "2020-03-01")!).id == "2019Q4")
        #expect(plan.reportingPeriod(at: CalendarDate(iso: "2018-03-01")!).id == "2019Q1")
    }

    @Test func aPlanListsItsOwnPeriods() throws {
        let text = Self.hunanText + """
        periods:
          - id: 2019H1
            end: 2019-06-30
            due: 2019-07-10
          - id: 2019H2
            end: 2019-12-31
            due: 2020-01-10

        """
        let plan = try PlanFile.parse(text, file: "h.yaml")
        #expect(plan.reportingPeriods.map(\.id) == ["2019H1", "2019H2"])
        let h2 = try #require(plan.reportingPeriod(named: "2019H2"))
        #expect((h2.start.description, h2.due.description) == ("2019-07-01", "2020-01-10"))
        #expect(try PlanFile.parse(PlanYAML.text(of: plan), file: "again.yaml") == plan)
    }

    @Test func badPeriodsAreReportedWithTheirPlace() throws {
        let text = Self.hunanText + """
        periods:
          - id: 2019H1
            end: 2019-06-30
            due: 2019-06-01
          - id: 2019H2
            end: 2019-03-31
            due: 2019-04-05
          - id: 2019H3
            end: 二〇一九年底
            due: 2020-01-10

        """
        func line(_ s: String) -> Int { text[..<text.range(of: s)!.lowerBound].filter { $0 == "\n" }.count + 1 }
        #expect(throws: PlanLoadError.self) { try PlanFile.parse(text, file: "h.yaml") }
        do { _ = try PlanFile.parse(text, file: "h.yaml") } catch let e as PlanLoadError {
            let found = e.diagnostics.map { "\($0.line) \($0.path): \($0.message)" }
            #expect(found == [
                "\(line("due: 2019-06-01")) periods[0].due: due day 2019-06-01 comes before the period's end 2019-06-30",
                "\(line("end: 2019-03-31")) periods[1].end: period end 2019-03-31 must come after the previous period's end 2019-06-30",
                "\(line("end: 二〇一九年底")) periods[2].end: expected a date YYYY-MM-DD, found \"二〇一九年底\"",
            ])
        }
    }
}
