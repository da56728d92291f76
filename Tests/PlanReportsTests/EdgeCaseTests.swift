import Catalogue
import Foundation
import PlanModel
import PlanReports
import TestSupport
import Testing

/// Nothing reported must read 未填报 everywhere, never 0%; a plan with every target reached reads 100%.
@Suite(.language(.zh)) struct EdgeCaseTests {
    static func json(_ status: PlanStatus) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: ReportWriter.data(status, format: .json)) as! [String: Any]
    }

    /// A `0%` that is not the tail of a larger figure (50%, 100%, 10.0%).
    static let zeroPercent = #"(?<![0-9.])0%"#

    @Test func emptyJournalShowsNotReportedNeverZero() throws {
        let status = Fixtures.status("2019-06-30", ledger: ProgressLedger())
        let md = String(decoding: try ReportWriter.data(status, format: .md), as: UTF8.self)
        #expect(md.contains("总体完成度 **未填报**（已填报指标 0/95 项，未填报按 0 计）"))
        #expect(md.contains("### 未填报（55 项）"))
        #expect(md.contains("## 未填报指标（95 项）"))
        #expect(md.range(of: Self.zeroPercent, options: .regularExpression) == nil)

        let html = String(decoding: try ReportWriter.data(status, format: .html), as: UTF8.self)
        #expect(html.range(of: Self.zeroPercent, options: .regularExpression) == nil)
        let (page, ok, _) = PageScan.scan(Data(html.utf8))
        #expect(ok)
        #expect(page.fillsPerChart == [0, 0, 32])

        let rows = try CSVReader.parse(String(decoding: try ReportWriter.data(status, format: .csv), as: UTF8.self))
        #expect(rows.dropFirst().allSatisfy { $0[8] == "" && $0[9] == "" && $0[10].hasSuffix("未填报") })

        let json = try Self.json(status)
        let overall = json["overall"] as! [String: Any]
        #expect(overall["completion"] is NSNull)
        #expect(overall["indicatorsReported"] as? Int == 0)
        let counts = json["targetCounts"] as! [String: Int]
        #expect(counts == ["reached": 0, "onTrack": 0, "behind": 0, "notReported": 55, "partlyReported": 0])
        let indicators = json["indicators"] as! [[String: Any]]
        #expect(indicators.allSatisfy { $0["progress"] is NSNull && $0["actual"] is NSNull && $0["standing"] as? String == "not-reported" })
    }

    /// Every indicator at its goal and every measure done, recorded at the year end.
    static func allReached(_ plan: Plan) -> ProgressLedger {
        var records: [ProgressRecord] = []
        for task in plan.tasks {
            for m in task.measures { records.append(Fixtures.record(m.id, .status(.done), at: "2019-12-31", n: records.count)) }
            for ind in task.targets.flatMap(\.indicators) {
                let value: ItemValue
                switch ind.goal {
                case nil: value = .status(.done)
                case .atLeast(let x)?, .atMost(let x)?, .about(let x, _)?, .range(let x, _)?: value = .number(x)
                }
                records.append(Fixtures.record(ind.id, value, at: "2019-12-31", n: records.count))
            }
        }
        return ProgressLedger(records)
    }

    @Test func everyTargetReachedReadsOneHundredPercent() throws {
        let status = Fixtures.status("2019-12-31", ledger: Self.allReached(Fixtures.hunan))
        #expect(status.overall.fraction == 1)
        let md = String(decoding: try ReportWriter.data(status, format: .md), as: UTF8.self)
        #expect(md.contains("总体完成度 **100%**（已填报指标 95/95 项，未填报按 0 计）"))
        #expect(md.contains("目标 55 项：已达成 55 项，正常推进 0 项，滞后 0 项，未填报 0 项；其中部分填报 0 项。"))
        // Every measure marked done on 12-31: the seven due in June, September and October were done late.
        #expect(md.contains("措施 58 项：已完成 58 项（逾期完成 7 项），逾期 0 项，30 天内到期 0 项，持续推进未推进 0 项。"))
        #expect(md.contains("## 逾期措施（0 项）\n\n无。"))
        #expect(md.contains("## 未填报指标（0 项）\n\n无。"))

        let json = try Self.json(status)
        #expect((json["overall"] as! [String: Any])["completion"] as? Double == 1)
        #expect(json["targetCounts"] as! [String: Int] == ["reached": 55, "onTrack": 0, "behind": 0, "notReported": 0, "partlyReported": 0])

        let rows = try CSVReader.parse(String(decoding: try ReportWriter.data(status, format: .csv), as: UTF8.self))
        #expect(rows.dropFirst().allSatisfy { $0[9] == "100%" && $0[10].hasSuffix("已达成") })

        let (page, ok, _) = PageScan.scan(try ReportWriter.data(status, format: .html))
        #expect(ok)
        #expect(page.fillsPerChart == [5, 18, 32])
    }
}
