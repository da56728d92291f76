import Foundation
import PlanModel
import PlanReports
import Testing

@Suite struct ReportWriterTests {
    @Test func defaultPathIsBesideThePlan() {
        let url = ReportWriter.defaultPath(planURL: URL(fileURLWithPath: "/office/Plans/hunan-2019-services.yaml"),
                                           asOf: CalendarDate(iso: "2019-09-30")!, format: .html)
        #expect(url.path == "/office/Plans/hunan-2019-services.report-2019-09-30.html")
    }

    @Test func formatFromFileExtension() {
        #expect(ReportFormat(fileExtension: "MD") == .md)
        #expect(ReportFormat(fileExtension: "markdown") == .md)
        #expect(ReportFormat(fileExtension: "htm") == .html)
        #expect(ReportFormat(fileExtension: "csv") == .csv)
        #expect(ReportFormat(fileExtension: "json") == .json)
        #expect(ReportFormat(fileExtension: "xlsx") == nil)
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatEndsWithANewline(format: ReportFormat) throws {
        let data = try ReportWriter.data(Fixtures.status("2019-09-30"), format: format)
        #expect(data.last == 0x0A)
    }
}
