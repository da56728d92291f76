import Catalogue
import Foundation
import PlanModel
import PlanReports
import TestSupport
import Testing

/// The dashboard's figures (PlanStatus, as `summary --json` and `departments --json` print
/// them) and every report's agree on the fixture journal. JSON is read back with
/// JSONDecoder, which keeps every digit of a Double.
@Suite(.language(.zh)) struct AgreementTests {
    struct SummaryJSON: Decodable {
        struct Section: Decodable { let completion: Double? }
        let completion: Double?
        let indicatorsReported, indicators, done, overdue, dueSoon: Int
        let sections: [Section]
    }

    struct ReportJSON: Decodable {
        struct Figures: Decodable { let completion: Double?; let indicatorsReported, indicators: Int }
        struct Unit: Decodable { let name: String; let leadCompletion: Double?; let overdue: Int }
        struct Indicator: Decodable { let id: String; let progress: Double? }
        let overall: Figures
        let sections: [Figures]
        let measureCounts: [String: Int]
        let units: [Unit]
        let indicators: [Indicator]
    }

    @Test(arguments: ["2019-06-30", "2019-12-31"])
    func summaryReportsAndDashboardAgree(day: String) throws {
        let status = Fixtures.status(day)
        let summary = try JSONDecoder().decode(SummaryJSON.self, from: JSON.encode(PlanSummary(status)))
        let report = try JSONDecoder().decode(ReportJSON.self, from: ReportWriter.data(status, format: .json))
        let completion = try #require(status.overall.fraction)

        #expect(summary.completion == completion)
        #expect(report.overall.completion == completion)
        #expect(report.overall.indicatorsReported == summary.indicatorsReported)
        #expect(report.overall.indicators == summary.indicators)
        let md = String(decoding: try ReportWriter.data(status, format: .md), as: UTF8.self)
        #expect(md.contains("总体完成度 **\(NumberText.percent(completion))**（已填报指标 \(summary.indicatorsReported)/\(summary.indicators) 项，未填报按 0 计）"))
        let html = String(decoding: try ReportWriter.data(status, format: .html), as: UTF8.self)
        #expect(html.contains("<p>总体完成度 <strong>\(NumberText.percent(completion))</strong>"))

        #expect(report.sections.map(\.completion) == summary.sections.map(\.completion))
        #expect(report.measureCounts["done"] == summary.done)
        #expect(report.measureCounts["overdue"] == summary.overdue)
        #expect(report.measureCounts["dueSoon"] == summary.dueSoon)

        let departments = DepartmentsReport(status).units
        #expect(report.units.map(\.name) == departments.map(\.name))
        #expect(report.units.map(\.leadCompletion) == departments.map(\.leadCompletion))
        #expect(report.units.map(\.overdue) == departments.map(\.overdue))

        #expect(report.indicators.map(\.progress) == report.indicators.map { status.indicators[$0.id]?.progress })
        let rows = try CSVReader.parse(String(decoding: try ReportWriter.data(status, format: .csv), as: UTF8.self))
        #expect(rows.dropFirst().map { $0[9] } == report.indicators.map { $0.progress.map(NumberText.percent) ?? "" })
    }
}
