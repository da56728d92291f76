import Catalogue
import Foundation
import PlanModel
import PlanReports
import TestSupport
import Testing

@Suite(.language(.zh)) struct CSVReportTests {
    @Test func hunanCSVParsesBackAsRFC4180() throws {
        let data = try ReportWriter.data(Fixtures.status("2019-12-31"), format: .csv)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = try CSVReader.parse(String(decoding: data, as: UTF8.self))
        #expect(rows.count == 1 + 95)
        #expect(rows.allSatisfy { $0.count == CSVReport.header.count })
        #expect(rows[0] == CSVReport.header)
        let byID = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
        let software = try #require(byID["kw1.t1.i3"])
        #expect(software == ["kw1.t1.i3", "一、聚焦四大重点工作", "（一）补齐生产服务短板",
                             Fixtures.hunan.sections[0].tasks[0].targets[0].text, "软件业务收入",
                             "≥", "550", "亿元", "571.2", "100%", "已达成", "省发展改革委", "2019-12-31"])
        // The target sentence holds commas and comes back whole.
        let funds = try #require(byID["kw1.t3.i3"])
        #expect(funds[3].contains(","))
        #expect(funds[3] == Fixtures.hunan.sections[0].tasks[0].targets[2].text)
        #expect(funds[8] == "46")
        #expect(funds[10] == "滞后")
        let range = try #require(byID["kw1.t3.i1"])
        #expect(range[5] == "区间" && range[6] == "1–2")
        let unreported = try #require(byID["kw1.t4.i2"])
        #expect(unreported[8] == "" && unreported[9] == "" && unreported[10] == "未填报" && unreported[12] == "")
    }

    @Test func quotesCommasAndLineBreaksInChineseTextRoundTrip() throws {
        let data = try ReportWriter.data(TrickyPlan.status(), format: .csv)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"收入,含逗号\"\"引号\"\"\""))
        let rows = try CSVReader.parse(text)
        let target = TrickyPlan.plan.sections[0].tasks[0].targets[0]
        #expect(rows.count == 3)
        #expect(rows[1][2] == "（一）推进\"互联网+\"行动,含逗号")
        #expect(rows[1][3] == target.text)
        #expect(rows[1][4] == "收入,含逗号\"引号\"")
        #expect(rows[1][8] == "1234.5")
        #expect(rows[2][4] == "出台<办法>&细则\r\n(两行)")
        #expect(rows[2][5] == "里程碑")
    }

    @Test func fieldsAreQuotedOnlyWhenNeeded() {
        #expect(CSVText.field("软件业务收入") == "软件业务收入")
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("说\"好\"") == "\"说\"\"好\"\"\"")
        #expect(CSVText.field("一\n二") == "\"一\n二\"")
        #expect(CSVText.field("一\r二") == "\"一\r二\"")
        #expect(CSVText.document([["a", "b"], ["c", "d"]]) == "\u{FEFF}a,b\r\nc,d\r\n")
    }
}
