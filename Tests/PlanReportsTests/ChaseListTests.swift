import Catalogue
import PlanModel
import PlanReports
import TestSupport
import Testing

/// The 督办清单 lists everything to chase, by lead unit, from the same status as the reports.
@Suite(.language(.zh)) struct ChaseListTests {
    @Test func listsOverdueStalledBehindAndUnreportedByLeadUnit() {
        let status = Fixtures.status("2019-12-31")
        let list = ChaseList(status)
        let b = Bulletin(status)
        let all = list.groups.flatMap(\.entries)
        #expect(all.filter { $0.kind == .overdueMeasure }.count == b.measures(.overdue).count)
        #expect(all.filter { $0.kind == .stalledMeasure }.count == b.measures.filter(\.status.stalled).count)
        #expect(all.filter { $0.kind == .behindTarget }.count == status.overallTargets.behind)
        #expect(all.filter { $0.kind == .unreportedIndicator }.count == b.unreportedIndicators.count)
        for g in list.groups {
            for e in g.entries { #expect(status.plan.tasks.first { $0.id == e.taskId }?.lead == g.lead, "\(e.id) under \(g.lead)") }
            let kinds = g.entries.map { ChaseList.Kind.allCases.firstIndex(of: $0.kind)! }
            #expect(kinds == kinds.sorted(), "entries of \(g.lead) grouped by kind")
        }
        let overdue = all.first { $0.id == "sg2.m2" }
        #expect(overdue?.daysOverdue == 184)
        #expect(overdue?.detail == "逾期 184 天")
    }

    @Test func sortsByPlanOrderCountOrLongestOverdue() {
        let status = Fixtures.status("2019-12-31")
        let unitOrder = status.units.map(\.name)
        let byPlan = ChaseList(status, order: .plan).groups.map(\.lead)
        #expect(byPlan == unitOrder.filter(byPlan.contains))
        let byCount = ChaseList(status, order: .count).groups.map(\.entries.count)
        #expect(byCount == byCount.sorted(by: >))
        let byDays = ChaseList(status, order: .days).groups.map { $0.entries.compactMap(\.daysOverdue).max() ?? -1 }
        #expect(byDays == byDays.sorted(by: >))
    }

    @Test func nothingToChaseSaysSo() {
        let status = Fixtures.status("2019-12-31", ledger: EdgeCaseTests.allReached(Fixtures.hunan))
        let list = ChaseList(status)
        #expect(list.count == 0)
        #expect(list.text.hasSuffix("无需督办事项。"))
    }
}
