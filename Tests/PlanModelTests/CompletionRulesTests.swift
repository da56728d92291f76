import Catalogue
@testable import PlanModel
import TestSupport
import Testing

/// One test per comparator, as README's completion rules state them.
@Suite(.language(.zh)) struct CompletionRulesTests {
    func progress(_ goal: Goal, _ actual: Double) -> Double? {
        Indicator(id: "i", name: "n", kind: .quantity, goal: goal, unit: "家").progress(of: .number(actual))
    }

    @Test func atLeastIsActualOverTargetCapped() {
        #expect(progress(.atLeast(550), 412.5) == 0.75)
        #expect(progress(.atLeast(550), 600) == 1)
        #expect(progress(.atLeast(550), -5) == 0)
        #expect(progress(.atLeast(0), 0) == 1)
    }

    @Test func atMostIsReachedAtOrBelowTarget() {
        #expect(progress(.atMost(3.5), 3.0) == 1)
        #expect(progress(.atMost(3.5), 3.5) == 1)
        #expect(progress(.atMost(3.5), 7.0) == 0.5)
    }

    @Test func aboutIsReachedWithinTheTolerance() {
        #expect(progress(.about(1000, tolerance: 10), 900) == 1)
        #expect(progress(.about(1000, tolerance: 10), 1200) == 1)
        #expect(progress(.about(1000, tolerance: 10), 450) == 0.5)
        let money = Indicator(id: "i", name: "n", kind: .quantity, goal: .about(100, tolerance: 0), unit: "亿元")
        #expect(money.progress(of: .number(99)) == 0.99)
    }

    @Test func rangeIsReachedAtTheLowerBound() {
        #expect(progress(.range(1, 2), 1) == 1)
        #expect(progress(.range(20, 25), 10) == 0.5)
        #expect(progress(.range(3, 5), 0) == 0)
    }

    @Test func growthAndShareUseTheEnteredPercentage() {
        let growth = Indicator(id: "g", name: "增长", kind: .growth, goal: .atLeast(10), unit: "%")
        #expect(growth.progress(of: .number(8)) == 0.8)
        #expect(growth.progress(of: .number(-3)) == 0)
        let share = Indicator(id: "s", name: "占比", kind: .share, goal: .atLeast(40), unit: "%")
        #expect(share.progress(of: .number(42)) == 1)
    }

    @Test func milestonesCountZeroHalfOrWhole() {
        let m = Indicator(id: "m", name: "出台", kind: .milestone)
        #expect(m.progress(of: .status(.notStarted)) == 0)
        #expect(m.progress(of: .status(.inProgress)) == 0.5)
        #expect(m.progress(of: .status(.done)) == 1)
        #expect(m.progress(of: .number(3)) == nil)
    }

    @Test func unreportedCountsZeroAndNothingReportedReadsNotReported() {
        let plan = TestPlans.small()
        let status = PlanStatus(plan: plan, ledger: ProgressLedger(), asOf: CalendarDate(year: 2019, month: 12, day: 31)!)
        #expect(status.overall.fraction == nil)
        #expect(status.overall.text == "未填报")
        #expect(status.overall.reported == 0)
        #expect(status.overall.total == 4)

        let ledger = ProgressLedger([TestPlans.record("a.t1.i1", .number(275), at: "2019-06-30")])
        let some = PlanStatus(plan: plan, ledger: ledger, asOf: CalendarDate(year: 2019, month: 12, day: 31)!)
        // Target a.t1 has two indicators, one reported at 50%: the unreported one counts 0, so 25%.
        #expect(some.targets["a.t1"]?.fraction == 0.25)
        #expect(some.targets["a.t1"]?.reported == 1)
        #expect(some.targets["a.t2"]?.fraction == nil)
        #expect(some.tasks["a"]?.completion.fraction == 0.5 / 3)
        #expect(some.sections["s1"]?.fraction == 0.5 / 3)
        #expect(some.sections["s2"]?.fraction == nil)
        #expect(some.overall.fraction == 0.125)
        #expect(some.overall.reported == 1)
        #expect(some.overall.textWithCoverage == "13% · 已填报 1/4")
    }

    @Test func completionIsPooledOverEveryIndicatorBelow() {
        let plan = TestPlans.small()
        let ledger = ProgressLedger([
            TestPlans.record("a.t1.i1", .number(550), at: "2019-06-30"),   // 100%
            TestPlans.record("a.t1.i2", .status(.inProgress), at: "2019-06-30"), // 50% → target 75%
            TestPlans.record("a.t2.i1", .number(0.5), at: "2019-06-30"),   // range 1-2: 50% → target 50%
            TestPlans.record("b.t1.i1", .status(.done), at: "2019-06-30"),  // 100%
        ])
        let s = PlanStatus(plan: plan, ledger: ledger, asOf: CalendarDate(year: 2019, month: 12, day: 31)!)
        #expect(s.targets["a.t1"]?.fraction == 0.75)
        #expect(s.tasks["a"]?.completion.fraction == 2.0 / 3)
        #expect(s.sections["s1"]?.fraction == 2.0 / 3)
        #expect(s.sections["s2"]?.fraction == 1)
        #expect(s.overall.fraction == 0.75, "(1 + 0.5 + 0.5 + 1) / 4, not the mean of section means (0.83)")
        #expect(s.overall.reported == 4)
    }

    @Test func measuresAreOverdueOnlyPastADeadlineAndNotDone() {
        let plan = TestPlans.small()
        let june = CalendarDate(year: 2019, month: 6, day: 30)!
        let july = CalendarDate(year: 2019, month: 7, day: 1)!
        let empty = ProgressLedger()
        #expect(PlanStatus(plan: plan, ledger: empty, asOf: CalendarDate(year: 2019, month: 6, day: 29)!).measures["a.m1"]?.state == .dueSoon)
        #expect(PlanStatus(plan: plan, ledger: empty, asOf: june).measures["a.m1"]?.state == .overdue, "the as-of day ends: not done by then is overdue")
        #expect(PlanStatus(plan: plan, ledger: empty, asOf: july).measures["a.m1"]?.state == .overdue)
        #expect(PlanStatus(plan: plan, ledger: empty, asOf: CalendarDate(year: 2019, month: 5, day: 1)!).measures["a.m1"]?.state == .open)
        // 持续推进 is never overdue.
        #expect(PlanStatus(plan: plan, ledger: empty, asOf: CalendarDate(year: 2030, month: 1, day: 1)!).measures["a.m2"]?.state == .ongoing)
        let done = ProgressLedger([TestPlans.record("a.m1", .status(.done), at: "2019-06-20")])
        let s = PlanStatus(plan: plan, ledger: done, asOf: july)
        #expect(s.measures["a.m1"]?.state == .done)
        #expect(s.measures["a.m1"]?.doneOn?.description == "2019-06-20")
        #expect(s.tasks["a"]?.done == 1)
        #expect(PlanStatus(plan: plan, ledger: empty, asOf: july).tasks["a"]?.overdue == 1)
    }

    @Test func workloadCountsEachUnitOncePerTask() {
        let s = PlanStatus(plan: TestPlans.small(), ledger: ProgressLedger(), asOf: CalendarDate(year: 2019, month: 7, day: 1)!)
        let lead = s.units.first { $0.name == "省发展改革委" }!
        #expect(lead.leads == ["a"])
        #expect(lead.joins == ["b"])
        #expect(lead.measures == 3)
        #expect(lead.overdue == 1)
        let commerce = s.units.first { $0.name == "省商务厅" }!
        #expect(commerce.leads == ["b"])
        #expect(commerce.joins.isEmpty)   // listed twice in task b, counted once
        #expect(s.units.map(\.name) == ["省发展改革委", "省财政厅", "省商务厅"])
    }
}
