import Catalogue
import Foundation
import PlanForms
import PlanModel
import PlanStore
import TestSupport
import Testing

/// 报送情况 and 催报 on a quarter where one unit reported in full (by form), one in part, one
/// by `plandash set` from the office, and the rest not at all.
@Suite(.language(.zh)) struct RoundStatusTests {
    let session: PlanSession
    let period: ReportingPeriod

    init() throws {
        session = try FormsFixture.hunanSession(user: "zhang")
        period = FormsFixture.q3(session.plan)
        let dir = try FormsFixture.tempDir()
        for (unit, count) in [("省科技厅", Int.max), ("省发展改革委", 5)] {
            let form = FormsFixture.form(session, unit: unit)
            let duty = ReportingDuty(unit: unit, plan: session.plan)
            let values = Dictionary(uniqueKeysWithValues: duty.items.prefix(count).map { ($0.id, FormsFixture.typed(FormsFixture.value(for: $0))) })
            let url = try FormsFixture.write(try FormsFixture.fill(XLSXWriter.data(form), values: values), form.fileName(extension: "xlsx"), in: dir)
            _ = FormIntake.collect(url, file: url.lastPathComponent, session: session, asked: period, dryRun: false, partial: false)
        }
        // The office records 省统计局's items itself: only that unit reports them, so they count.
        try session.record(item: "fd2.m1", text: "推进中", at: CalendarDate(iso: "2019-08-15"))
        try session.record(item: "fd2.m2", text: "推进中", at: CalendarDate(iso: "2019-06-15"))
        // A shared measure recorded by the office counts for none of its units.
        try session.record(item: "kw1.m2", text: "已完成", at: CalendarDate(iso: "2019-09-01"))
    }

    @Test func whoHasReported() throws {
        let round = ReportingRound(plan: session.plan, ledger: session.ledger, period: period)
        #expect(round.units.count == ReportingDuty.all(in: session.plan).count)
        #expect(zip(round.units, round.units.dropFirst()).allSatisfy { $0.missingCount >= $1.missingCount })
        let science = try #require(round.standing(of: "省科技厅"))
        #expect(science.missingCount == 0 && !science.isLate && science.lastReported != nil)
        #expect(round.units.last?.missingCount == 0)
        let reform = try #require(round.standing(of: "省发展改革委"))
        #expect(reform.reported.count == 5)
        #expect(reform.missing.map(\.id) == Array(reform.due.dropFirst(5).map(\.id)))
        let stats = try #require(round.standing(of: "省统计局"))
        #expect(stats.reported == ["fd2.m1"])
        #expect(stats.missing.map(\.id) == ["fd1.m1", "fd2.t1.i1", "fd2.t1.i2", "fd2.m2"])
        let finance = try #require(round.standing(of: "省财政厅"))
        #expect(!finance.reported.contains("kw1.m2"))
        #expect(finance.reported.isEmpty && finance.lastReported == nil)

        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(RoundReport(plan: session.plan, round: round))) as! [String: Any]
        let units = json["units"] as! [[String: Any]]
        let financeJSON = try #require(units.first { $0["unit"] as? String == "省财政厅" })
        #expect(financeJSON["lastReported"] is NSNull)
        #expect(financeJSON["missing"] as? Int == finance.due.count)
        #expect((json["period"] as? [String: String])?["due"] == "2019-10-05")
    }

    @Test func remindersGoToLateUnitsOnly() throws {
        let round = ReportingRound(plan: session.plan, ledger: session.ledger, period: period)
        let status = session.status(asOf: period.end)
        let reform = try #require(round.standing(of: "省发展改革委"))
        let notice = ChaseNotice(plan: session.plan, status: status, standing: reform, period: period)
        for item in reform.missing { #expect(notice.markdown.contains("- \(item.id) ") && notice.text.contains(" \(item.id) ")) }
        for item in reform.due.prefix(5) { #expect(!notice.text.contains(" \(item.id) ")) }
        #expect(notice.text.contains("2019-10-05"))
        // sa3.m2 (2019年6月底) is not done by 2019-09-30: 92 days overdue.
        #expect(notice.markdown.contains("## " + Message.chaseOverdueHeading.text()))
        #expect(notice.text.contains("sa3.m2 ") && notice.text.contains("92"))
        #expect(!notice.text.contains("#") && notice.markdown.hasPrefix("# "))
    }

    @Test func anEnglishReminderIsEnglishBesideThePlansOwnText() throws {
        let round = ReportingRound(plan: session.plan, ledger: session.ledger, period: period)
        let stats = try #require(round.standing(of: "省统计局"))
        let notice = Language.$chosen.withValue(.en) {
            ChaseNotice(plan: session.plan, status: session.status(asOf: period.end), standing: stats, period: period)
        }
        #expect(notice.text.hasPrefix("Reminder: 省统计局, progress for 2019Q3\n"))
        #expect(notice.text.contains("\nMissing items:\n"))
        let indicator = try #require(stats.missing.first { $0.id == "fd2.t1.i1" })
        guard case .indicator(let ind, _) = indicator.kind else {
            Issue.record("fd2.t1.i1 is not an indicator")
            return
        }
        #expect(notice.text.contains("fd2.t1.i1 \(ind.name) (\(indicator.taskTitle))"))
    }

    @Test func statusAndChaseCommands() throws {
        let out = try FormsFixture.tempDir()
        let status = try FormsFixture.plandash(["status", session.url.path, "--period", "2019Q3"])
        #expect(status.status == 0)
        let lines = status.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("2019Q3") == true)
        #expect(lines.last == Message.roundTotals(units: 32, complete: 1, late: 31).text())
        let json = try FormsFixture.plandash(["status", session.url.path, "--period", "2019-09-30", "--json"])
        #expect(json.stdout.contains("\"lastReported\" : null"))
        let chase = try FormsFixture.plandash(["chase", session.url.path, "--period", "2019Q3", "-o", out.path])
        #expect(chase.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.count == 62)
        #expect(files.contains("催报-省发展改革委-2019Q3.md") && files.contains("催报-省发展改革委-2019Q3.txt"))
        #expect(!files.contains { $0.contains("省科技厅") })
        let unknown = try FormsFixture.plandash(["status", session.url.path, "--period", "2019Q9"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("2019Q1, 2019Q2, 2019Q3, 2019Q4"))
    }
}
