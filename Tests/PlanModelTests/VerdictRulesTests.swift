import Catalogue
@testable import PlanModel
import TestSupport
import Testing

/// One test per row of README's "Completion rules" table: each comparator and pace, before and
/// after the deadline (mid-year 2019-06-30, year end 2019-12-31).
@Suite(.language(.zh)) struct VerdictRulesTests {
    static let midYear = CalendarDate(iso: "2019-06-30")!
    static let yearEnd = CalendarDate(iso: "2019-12-31")!

    /// A one-task plan holding `indicators` in one target, with measures due on `measureDeadlines`.
    func plan(_ indicators: [Indicator], measureDeadlines: [String?] = ["2019-12-31"], stretch: Bool = false) -> Plan {
        let measures = measureDeadlines.enumerated().map { i, d in
            Measure(id: "m\(i + 1)", text: "措施", deadline: Deadline(date: d.flatMap(CalendarDate.init(iso:)), text: d ?? "持续推进"))
        }
        let task = TaskArea(id: "t", title: "任务", measures: measures,
                            targets: [Target(id: "g", text: "目标", indicators: indicators, stretch: stretch)], units: ["省发展改革委"])
        return Plan(info: PlanInfo(id: "p", title: "计划", document: "文", issuer: "办", issued: CalendarDate(iso: "2019-04-24")!, year: 2019),
                    sections: [Section(id: "s", kind: "k", title: "部分", tasks: [task])])
    }

    func status(_ plan: Plan, _ values: [String: ItemValue], asOf: CalendarDate, doneOn: String = "2019-06-01") -> PlanStatus {
        let records = values.map { TestPlans.record($0.key, $0.value, at: doneOn) }
        return PlanStatus(plan: plan, ledger: ProgressLedger(records), asOf: asOf)
    }

    func standing(_ ind: Indicator, _ value: ItemValue, asOf: CalendarDate) -> Standing? {
        status(plan([ind]), [ind.id: value], asOf: asOf).indicators[ind.id]?.standing
    }

    static func figure(_ goal: Goal, _ unit: String, kind: IndicatorKind = .quantity, pace: Pace? = nil) -> Indicator {
        Indicator(id: "i", name: "指标", kind: kind, goal: goal, unit: unit, pace: pace)
    }

    @Test func atLeastCumulativeIsJudgedAgainstTimeElapsed() {
        let income = Self.figure(.atLeast(550), "亿元", pace: .cumulative)
        #expect(standing(income, .number(300), asOf: Self.midYear) == .onTrack)   // 55% ≥ 50%
        #expect(standing(income, .number(200), asOf: Self.midYear) == .behind)    // 36% < 50%
        #expect(standing(income, .number(540), asOf: Self.yearEnd) == .behind)    // 98% < 100%
        #expect(standing(income, .number(550), asOf: Self.yearEnd) == .reached)
    }

    @Test func growthIsALevelJudgedAgainstTheGoalAtEveryDate() {
        let growth = Self.figure(.atLeast(20), "%", kind: .growth)
        #expect(growth.pace == .level)
        #expect(standing(growth, .number(12), asOf: Self.midYear) == .behind, "12% against 20% is behind at mid-year")
        #expect(standing(growth, .number(12), asOf: Self.yearEnd) == .behind)
        #expect(standing(growth, .number(21), asOf: Self.midYear) == .reached)
        let beds = Self.figure(.atLeast(36), "张", pace: .level)
        #expect(standing(beds, .number(30), asOf: Self.midYear) == .behind)
    }

    @Test func atMostIsReachedAtOrBelowItsCeiling() {
        let rate = Self.figure(.atMost(3.5), "%", kind: .share)
        #expect(standing(rate, .number(3.2), asOf: Self.midYear) == .reached)
        #expect(standing(rate, .number(4), asOf: Self.midYear) == .behind)   // 88%, a level
        #expect(standing(rate, .number(4), asOf: Self.yearEnd) == .behind)
    }

    @Test func aboutToleratesOneWholeUnitForCounts() {
        let projects = Self.figure(.about(8, tolerance: 10), "个")
        #expect(standing(projects, .number(7), asOf: Self.yearEnd) == .reached, "7 against 8个左右 is reached")
        #expect(standing(projects, .number(6), asOf: Self.midYear) == .onTrack)   // 6/7 = 86% ≥ 50%
        #expect(standing(projects, .number(6), asOf: Self.yearEnd) == .behind)
        let firms = Self.figure(.about(1000, tolerance: 10), "家")
        #expect(standing(firms, .number(900), asOf: Self.yearEnd) == .reached)    // 10% is more than one firm
        #expect(standing(firms, .number(899), asOf: Self.yearEnd) == .behind)
    }

    @Test func aboutOnAShareUsesThePercentageTolerance() {
        let share = Self.figure(.about(10, tolerance: 10), "%", kind: .share)
        #expect(standing(share, .number(9), asOf: Self.midYear) == .reached)
        #expect(standing(share, .number(8.9), asOf: Self.midYear) == .behind)
        #expect(standing(share, .number(8.9), asOf: Self.yearEnd) == .behind)
    }

    @Test func rangeIsReachedAtItsLowerBoundAndFlaggedAboveItsTop() {
        let range = Self.figure(.range(3, 5), "家")
        let s = status(plan([range]), ["i": .number(6)], asOf: Self.yearEnd).indicators["i"]
        #expect(s?.standing == .reached)
        #expect(s?.exceeded == true, "a range above its top is 超出")
        #expect(s?.label == "已达成 · 超出")
        #expect(status(plan([range]), ["i": .number(5)], asOf: Self.yearEnd).indicators["i"]?.exceeded == false)
        #expect(standing(range, .number(3), asOf: Self.midYear) == .reached)
        #expect(standing(range, .number(2), asOf: Self.midYear) == .onTrack)   // 67% ≥ 50%
        #expect(standing(range, .number(2), asOf: Self.yearEnd) == .behind)
    }

    @Test func aBreakthroughIsAtLeastOne() {
        let unicorn = Self.figure(.atLeast(1), "家")
        #expect(standing(unicorn, .number(1), asOf: Self.midYear) == .reached)
        #expect(standing(unicorn, .number(0), asOf: Self.midYear) == .behind)
    }

    @Test func milestoneInProgressIsOnTrackUntilItsTaskAreasLatestDeadline() {
        let m = Indicator(id: "i", name: "出台", kind: .milestone)
        let july2 = CalendarDate(iso: "2019-07-02")!
        #expect(standing(m, .status(.inProgress), asOf: july2) == .onTrack, "measures due 2019年底: on track on 2 July")
        #expect(standing(m, .status(.notStarted), asOf: july2) == .onTrack)
        #expect(standing(m, .status(.inProgress), asOf: Self.yearEnd) == .behind, "not done by the end of the deadline day")
        #expect(standing(m, .status(.done), asOf: Self.yearEnd) == .reached)
        let early = plan([m], measureDeadlines: ["2019-06-30", nil])
        #expect(status(early, ["i": .status(.inProgress)], asOf: july2).indicators["i"]?.standing == .behind)
        #expect(status(early, ["i": .status(.inProgress)], asOf: july2).indicators["i"]?.deadline?.description == "2019-06-30")
    }

    @Test func milestoneOwnDeadlineOrThePlansYearEnd() {
        let own = Indicator(id: "i", name: "发布", kind: .milestone, deadline: CalendarDate(iso: "2019-09-30"))
        #expect(standing(own, .status(.inProgress), asOf: CalendarDate(iso: "2019-09-29")!) == .onTrack)
        #expect(standing(own, .status(.inProgress), asOf: CalendarDate(iso: "2019-09-30")!) == .behind)
        let m = Indicator(id: "i", name: "出台", kind: .milestone)
        let ongoingOnly = plan([m], measureDeadlines: [nil])
        #expect(status(ongoingOnly, ["i": .status(.inProgress)], asOf: Self.midYear).indicators["i"]?.deadline == Self.yearEnd)
    }

    @Test func nothingReportedIsNotReportedAndCountsZero() {
        let a = Self.figure(.atLeast(10), "个"), b = Indicator(id: "j", name: "出台", kind: .milestone)
        let s = status(plan([a, b]), [:], asOf: Self.yearEnd)
        #expect(s.indicators["i"]?.standing == .notReported)
        #expect(s.targetStatuses["g"]?.standing == .notReported)
        #expect(s.overall.text == "未填报")
        #expect(s.tasks["t"]?.standing == .notReported)
    }

    @Test func aTargetWithAnUnreportedIndicatorIsNeverReached() {
        let a = Self.figure(.atLeast(10), "个"), b = Indicator(id: "j", name: "出台", kind: .milestone)
        let partial = status(plan([a, b]), ["i": .number(10)], asOf: Self.yearEnd).targetStatuses["g"]
        #expect(partial?.standing == .onTrack)
        #expect(partial?.partlyReported == true)
        #expect(partial?.completion.fraction == 0.5)
        #expect(partial?.label == "正常推进 · 部分填报")
        let behind = status(plan([a, b]), ["i": .number(2)], asOf: Self.yearEnd).targetStatuses["g"]
        #expect(behind?.standing == .behind)
        let full = status(plan([a, b]), ["i": .number(10), "j": .status(.done)], asOf: Self.yearEnd).targetStatuses["g"]
        #expect(full?.standing == .reached)
        #expect(full?.partlyReported == false)
    }

    @Test func oneOfThirteenReportedCannotReadAboveOneThirteenth() {
        let inds = (1...13).map { Indicator(id: "i\($0)", name: "指标", kind: .quantity, goal: .atLeast(10), unit: "个") }
        let s = status(plan(inds), ["i1": .number(10)], asOf: Self.yearEnd)
        let c = s.tasks["t"]!.completion
        #expect(c.fraction! <= 1.0 / 13 + 1e-12)
        #expect(c.reported == 1 && c.total == 13)
        #expect(s.overall.textWithCoverage == "8% · 已填报 1/13")
    }

    @Test func aMeasureNotDoneIsOverdueAtTheEndOfItsDeadlineDay() {
        let p = plan([Self.figure(.atLeast(1), "个")], measureDeadlines: ["2019-12-31"])
        let end = status(p, [:], asOf: Self.yearEnd).measures["m1"]!
        #expect(end.state == .overdue, "a 2019年底 measure not done is overdue as of 2019-12-31")
        #expect(end.work == .notStarted)
        #expect(end.workMessage.zh == "未开始")
        #expect(end.deadlineMessage.zh == "到期未完成")
        let before = status(p, ["m1": .status(.inProgress)], asOf: CalendarDate(iso: "2019-12-01")!).measures["m1"]!
        #expect(before.state == .dueSoon)
        #expect(before.workMessage.zh == "推进中")
        #expect(before.deadlineMessage.zh == "剩 30 天")
        let after = status(p, [:], asOf: CalendarDate(iso: "2020-01-10")!).measures["m1"]!
        #expect(after.deadlineMessage.zh == "逾期 10 天")
    }

    @Test func aMeasureDoneAfterItsDeadlineIsDoneLate() {
        let p = plan([Self.figure(.atLeast(1), "个")], measureDeadlines: ["2019-06-30"])
        let late = status(p, ["m1": .status(.done)], asOf: Self.yearEnd, doneOn: "2019-07-15").measures["m1"]!
        #expect(late.state == .done)
        #expect(late.daysLate == 15)
        #expect(late.deadlineMessage.zh == "逾期完成 15 天")
        let onTime = status(p, ["m1": .status(.done)], asOf: Self.yearEnd, doneOn: "2019-06-30").measures["m1"]!
        #expect(onTime.daysLate == nil)
        #expect(onTime.deadlineMessage.zh == "按期完成")
    }

    @Test func anOngoingMeasureNotStartedByMidYearIsStalledNotOverdue() {
        let p = plan([Self.figure(.atLeast(1), "个")], measureDeadlines: [nil])
        let june = status(p, [:], asOf: CalendarDate(iso: "2019-07-01")!).measures["m1"]!
        #expect(!june.stalled)
        let july = status(p, [:], asOf: CalendarDate(iso: "2019-07-02")!).measures["m1"]!
        #expect(july.stalled)
        #expect(july.state == .ongoing)
        #expect(july.deadlineMessage.zh == "未推进")
        #expect(!status(p, ["m1": .status(.inProgress)], asOf: Self.yearEnd).measures["m1"]!.stalled)
    }

    @Test func stretchGoalsAreLabelled() {
        let s = status(plan([Self.figure(.atLeast(10), "个")], stretch: true), ["i": .number(2)], asOf: Self.yearEnd)
        #expect(s.targetStatuses["g"]?.label == "力争 · 滞后")
        #expect(s.indicators["i"]?.label == "力争 · 滞后")
    }
}
