import Foundation
import PlanModel
import Testing
import TestSupport

/// `summary --json`, `report` (json, md, csv), `departments --json`, `overdue --json` and the rendered
/// dashboard give the same figures on the fixture journal: they all read one `PlanStatus`.
@Suite struct VerdictAgreementTests {
    static let journal = TestWorkspace.repo.appendingPathComponent("Tests/PlanReportsTests/Fixtures/hunan.progress.jsonl")

    func json(_ r: Binary.Result) throws -> [String: Any] {
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    func percent(_ v: Double?) -> String { v.map(NumberText.percent) ?? "未填报" }

    /// The figures compared as percentages, read with JSONDecoder, which keeps every digit of a Double
    /// (JSONSerialization on Linux may not, and 0.22499999999999998 must stay 22%).
    struct Figures: Decodable {
        struct Task: Decodable { let title: String; let completion: Double?; let indicatorsReported, indicators: Int }
        struct Section: Decodable { let tasks: [Task] }
        struct Overall: Decodable { let completion: Double? }
        let overall: Overall
        let sections: [Section]
    }

    @Test(arguments: ["2019-06-30", "2019-12-31"])
    func everyCommandAgrees(day: String) throws {
        let plan = try Binary.hunanCopy()
        try FileManager.default.copyItem(at: Self.journal, to: plan.deletingPathExtension().appendingPathExtension("progress.jsonl"))
        func run(_ args: [String]) throws -> Binary.Result { try Binary.run(args + [plan.path, "--as-of", day]) }
        let summary = try json(run(["summary", "--json"]))
        let reportRun = try run(["report", "--format", "json"])
        let report = try json(reportRun)
        let figures = try JSONDecoder().decode(Figures.self, from: Data(reportRun.stdout.utf8))
        let departments = try json(run(["departments", "--json"]))
        let chase = try json(run(["overdue", "--json"]))
        let md = try run(["report", "--format", "md"]).stdout
        let csv = try run(["report", "--format", "csv"]).stdout
        let screen = try run(["render", "--screen", "dashboard", "--size", "120x40"]).stdout

        let overall = report["overall"] as! [String: Any]
        #expect(summary["completion"] as? Double == overall["completion"] as? Double)
        #expect(summary["indicatorsReported"] as? Int == overall["indicatorsReported"] as? Int)
        #expect(summary["standing"] as? String == report["standing"] as? String)
        #expect(summary["targetCounts"] as? [String: Int] == report["targetCounts"] as? [String: Int])
        #expect(summary["timeElapsed"] as? Double == report["timeElapsed"] as? Double)
        let measures = report["measureCounts"] as! [String: Int]
        for key in ["done", "overdue", "dueSoon", "doneLate", "stalled"] { #expect(summary[key] as? Int == measures[key], "\(key)") }
        let sections = report["sections"] as! [[String: Any]]
        let summarySections = summary["sections"] as! [[String: Any]]
        for (s, r) in zip(summarySections, sections) {
            #expect(s["completion"] as? Double == r["completion"] as? Double)
            #expect(s["indicatorsReported"] as? Int == r["indicatorsReported"] as? Int)
            #expect(s["standing"] as? String == r["standing"] as? String)
        }

        // The Markdown bulletin.
        let reported = overall["indicatorsReported"] as! Int, total = overall["indicators"] as! Int
        #expect(md.contains("总体完成度 **\(percent(figures.overall.completion))**（已填报指标 \(reported)/\(total) 项"))
        let counts = report["targetCounts"] as! [String: Int]
        #expect(md.contains("已达成 \(counts["reached"]!) 项，正常推进 \(counts["onTrack"]!) 项，滞后 \(counts["behind"]!) 项，未填报 \(counts["notReported"]!) 项"))
        #expect(md.contains("逾期 \(measures["overdue"]!) 项"))
        let groups = chase["groups"] as! [[String: Any]]
        let chaseCount = groups.reduce(0) { $0 + ($1["entries"] as! [Any]).count }
        #expect((report["chase"] as! [[String: Any]]).reduce(0) { $0 + ($1["entries"] as! [Any]).count } == chaseCount)
        #expect(md.contains("## 督办清单（\(chaseCount) 项）"))
        // The 督办清单 and 报送情况 screens: the counts of `overdue` and the first unit of `status`.
        let overdueScreen = try run(["render", "--screen", "overdue"]).stdout.split(separator: "\n")
        #expect(overdueScreen[0].contains("督办清单  \(groups.count) 个牵头单位，\(chaseCount) 项"))
        let period = day.hasPrefix("2019-06") ? "2019Q2" : "2019Q4"
        let round = try json(Binary.run(["status", plan.path, "--period", period, "--json"]))
        let first = (round["units"] as! [[String: Any]])[0]
        let reportingScreen = try run(["render", "--screen", "reporting"]).stdout.split(separator: "\n")
        #expect(reportingScreen[0].contains("报送情况 \(period)"))
        let roundFigures = reportingScreen[3].split(separator: " ").dropFirst(2).prefix(3).map { Int($0) }
        #expect(roundFigures == [first["due"] as? Int, first["reported"] as? Int, first["missing"] as? Int], "\(reportingScreen[3])")

        // The CSV ledger: progress and standing of every indicator.
        let indicators = report["indicators"] as! [[String: Any]]
        let rows = csv.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.count == indicators.count)
        let labels = ["reached": "已达成", "on-track": "正常推进", "behind": "滞后", "not-reported": "未填报"]
        for ind in indicators {
            let row = rows.first { $0.first.map(String.init) == ind["id"] as? String }
            #expect(row?.contains { $0.contains(labels[ind["standing"] as! String]!) } == true, "\(ind["id"]!)")
            if let p = ind["progress"] as? Double { #expect(row?.contains { String($0) == NumberText.percent(p) } == true) }
        }

        // departments: the same units, lead completion and overdue counts.
        let units = report["units"] as! [[String: Any]]
        let depUnits = departments["units"] as! [[String: Any]]
        #expect(units.map { $0["name"] as! String } == depUnits.map { $0["name"] as! String })
        #expect(units.map { $0["leadCompletion"] as? Double } == depUnits.map { $0["leadCompletion"] as? Double })
        #expect(units.map { $0["overdue"] as! Int } == depUnits.map { $0["overdue"] as! Int })

        // The dashboard: overall figure, coverage and overdue count in its head, each task area's figures in its row.
        let lines = screen.split(separator: "\n").map(String.init)
        #expect(lines[0].contains("总体 \(percent(figures.overall.completion))"))
        #expect(lines[1].contains("已填报 \(reported)/\(total)") && lines[1].contains("逾期 \(measures["overdue"]!)"))
        for task in figures.sections.flatMap(\.tasks) {
            let title = String(task.title.prefix(6))
            let row = lines.first { $0.contains(title) }
            let coverage = "\(task.indicatorsReported)/\(task.indicators)"
            #expect(row?.contains(percent(task.completion)) == true && row?.contains(coverage) == true, "\(title): \(row ?? "no row")")
        }
    }
}

/// `plandash overdue` as a user types it.
@Suite struct OverdueCommandTests {
    @Test func listsByLeadUnitAndRefusesAnUnknownOrder() throws {
        let plan = try Binary.hunanCopy()
        try FileManager.default.copyItem(at: VerdictAgreementTests.journal, to: plan.deletingPathExtension().appendingPathExtension("progress.jsonl"))
        let r = try Binary.run(["overdue", plan.path, "--as-of", "2019-06-30", "--sort", "days"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("督办清单 2019-06-30: "))
        #expect(r.stdout.contains("sg2.m2") && r.stdout.contains("到期未完成"), "sg2.m2 is due 2019年6月底 and not done")
        let bad = try Binary.run(["overdue", plan.path, "--sort", "urgency"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("urgency"))
    }
}
