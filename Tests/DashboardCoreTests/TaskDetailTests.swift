import DashboardCore
import PlanModel
import TestSupport
import Testing

@Suite(.language(.zh)) struct TaskDetailTests {
    static func detail(_ id: String, _ width: Int, _ height: Int, keys: [Key] = []) -> AppState {
        var s = Fixture.state(width, height)
        _ = s.open(.task(id))
        for k in keys { _ = s.handle(k) }
        return s
    }

    @Test func everyTaskAreaFitsExactlyAtBothSizesScrolledTopAndBottom() {
        for task in Fixture.plan.tasks {
            for (w, h) in [(120, 40), (80, 24), (60, 16)] {
                var s = Self.detail(task.id, w, h)
                Fixture.expectExactSize(Fixture.lines(s), w, h)
                #expect(Fixture.lines(s)[0].contains(task.id))
                _ = s.handle(.char("G"))
                let bottom = Fixture.lines(s)
                Fixture.expectExactSize(bottom, w, h)
                #expect(Fixture.contains(bottom, "牵头 \(task.lead!)"), "\(task.id) at \(w)×\(h) ends with its units")
            }
        }
    }

    @Test func showsMeasuresTargetsIndicatorsAndUnits() {
        let lines = Fixture.lines(Self.detail("kw1", 120, 40))
        #expect(lines[0].contains("kw1 补齐生产服务短板"))
        #expect(Fixture.contains(lines, "已完成 2019-11-30"))
        #expect(Fixture.contains(lines, "时限 持续推进 · 推进中"))
        let revenue = lines.first { $0.contains("软件业务收入 ") }!
        #expect(revenue.contains("≥550亿元") && revenue.contains("412.5亿元") && revenue.contains("75%") && revenue.contains("2019-09-30"))
        let hightech = lines.first { $0.hasPrefix("    新增高新技术企业") }!
        #expect(hightech.contains("≈1000家") && hightech.contains("800家"))
        let labs = lines.first { $0.contains("新批复组建省重点实验室") }!
        #expect(labs.contains("未填报"))
    }

    @Test func overdueMeasuresAreMarked() {
        let lines = Fixture.lines(Self.detail("sa3", 120, 40))
        #expect(Fixture.contains(lines, "时限 2019年6月底（2019-06-30） · 未开始 · 逾期 184 天"), "work and deadline state apart")
        #expect(lines[2].contains("逾期 5"), "the three 2019年底 measures not done by the end of 2019-12-31 are overdue too")
    }

    @Test func theLeadUnitIsMarkedAndRepeatedUnitsShowOnce() {
        var s = Self.detail("sa4", 120, 40, keys: [.char("G")])
        let lines = Fixture.lines(s)
        let lead = Fixture.plan.tasks.first { $0.id == "sa4" }!.lead!
        #expect(Fixture.contains(lines, "牵头 \(lead)"))
        let joins = lines.drop { !$0.contains("配合 ") }.joined()
        #expect(joins.components(separatedBy: "省商务厅").count - 1 + (lead == "省商务厅" ? 1 : 0) == 1)
        _ = s.handle(.escape)
        #expect(Fixture.lines(s)[0].contains("湘服联办"))
    }

    @Test func theCursorStepsThroughMeasuresAndIndicatorsAndTheBodyFollows() {
        var s = Self.detail("kw1", 80, 24)
        #expect(Fixture.lines(s)[22].contains("选中 kw1.m1"))
        _ = s.handle(.down)
        #expect(Fixture.lines(s)[22].contains("选中 kw1.m2"))
        for _ in 0..<6 { _ = s.handle(.char("j")) }
        let lines = Fixture.lines(s)
        #expect(lines[22].contains("选中 kw1.t1.i4"))
        #expect(Fixture.focusedLine(lines)?.contains("软件业务收入增长") == true)
        _ = s.handle(.char("k"))
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("软件业务收入 ") == true)
        _ = s.handle(.char("g"))
        #expect(Fixture.lines(s)[22].contains("行 1–20/"))
    }

    @Test func pagingScrollsAndKeepsTheCursorInView() {
        var s = Self.detail("kw1", 80, 24)
        _ = s.handle(.pageDown)
        var lines = Fixture.lines(s)
        #expect(lines[22].contains("行 20–39/"))
        #expect(Fixture.focusedLine(lines) != nil)
        _ = s.handle(.pageUp)
        lines = Fixture.lines(s)
        #expect(lines[22].contains("行 1–20/"))
        #expect(Fixture.focusedLine(lines) != nil)
    }

    @Test func aTaskIDThePlanDoesNotHaveIsRefused() {
        var s = Fixture.state(80, 24)
        let opened = s.open(.task("zz9"))
        #expect(!opened)
        #expect(Fixture.lines(s)[0].contains("湘服联办"))
    }
}
