import Foundation
import Testing
import PlanModel
import PlanStore
import TestSupport

/// The commands of the plan model issue, run as processes.
@Suite struct CommandLineTests {
    @Test func checkSaysOKWithCounts() throws {
        let r = try Binary.run(["check"], env: ["PLANDASH_LANG": "en"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("OK Plans/hunan-2019-services.yaml: 5 sections, 18 task areas, 58 measures, 55 targets"))
    }

    @Test func checkReportsPositionedErrorsAndExitsOne() throws {
        let url = try Binary.hunanCopy()
        let text = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "deadline: 2019-06-30", with: "deadline: 2019-06-31")
        try Data(text.utf8).write(to: url)
        let r = try Binary.run(["check", url.path], env: ["PLANDASH_LANG": "en"])
        #expect(r.status == 1)
        #expect(r.stderr.contains(".measures[0].deadline: expected a date YYYY-MM-DD or ongoing, found \"2019-06-31\""))
        #expect(r.stderr.contains("hunan-2019-services.yaml:"))
        #expect(r.stdout.isEmpty)
    }

    @Test func summaryAndDepartmentsAsJSON() throws {
        let s = try Binary.run(["summary", "hunan-2019-services", "--json", "--as-of", "2019-07-01"])
        #expect(s.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(s.stdout.utf8)) as? [String: Any]
        #expect(json?["measures"] as? Int == 58)
        #expect(json?["targets"] as? Int == 55)
        #expect(json?["overdue"] as? Int == 3)
        let d = try Binary.run(["departments", "--json"])
        let units = (try JSONSerialization.jsonObject(with: Data(d.stdout.utf8)) as? [String: Any])?["units"] as? [[String: Any]]
        #expect(units?.first?["name"] as? String == "省发展改革委")
        #expect((units?.first?["leads"] as? [Any])?.count == 6)
    }

    @Test func exportGivesTheWholeModel() throws {
        let r = try Binary.run(["export", "hunan-2019-services", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let sections = json?["sections"] as? [[String: Any]]
        #expect(sections?.count == 5)
        let tasks = sections?.flatMap { $0["tasks"] as? [[String: Any]] ?? [] }
        #expect(tasks?.count == 18)
        #expect(tasks?.first?["lead"] as? String == "省发展改革委")
    }

    @Test func unknownPlansAndBadDatesAreClearErrors() throws {
        let r = try Binary.run(["summary", "shanghai-2020"], env: ["PLANDASH_LANG": "en"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no plan \"shanghai-2020\""))
        let d = try Binary.run(["summary", "--as-of", "2019-13-01"], env: ["PLANDASH_LANG": "en"])
        #expect(d.status != 0)
        #expect(d.stderr.contains("--as-of expects a date YYYY-MM-DD"))
    }

    @Test func setValidatesLikeTheEditorAndHistoryShowsChanges() throws {
        let url = try Binary.hunanCopy()
        let ok = try Binary.run(["set", url.path, "kw1.t1.i3", "412.5亿元", "--note", "Q3 报送", "--at", "2019-09-30"], env: ["PLANDASH_LANG": "en"])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("ok kw1.t1.i3 = 412.5 (was unreported) as of 2019-09-30"))
        let wrongUnit = try Binary.run(["set", url.path, "kw1.t1.i3", "1000家"], env: ["PLANDASH_LANG": "en"])
        #expect(wrongUnit.status == 1)
        #expect(wrongUnit.stderr.contains("unit \"家\" does not match the indicator's unit \"亿元\""))
        let history = try Binary.run(["history", url.path, "kw1.t1.i3"], env: ["PLANDASH_USER": "张三"])
        #expect(history.stdout.contains("— → 412.5"))
        #expect(history.stdout.contains("Q3 报送"))
    }
}
