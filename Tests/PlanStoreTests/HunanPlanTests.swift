import Testing
import PlanModel
import PlanStore

/// The bundled Hunan 2019 plan holds the whole notice.
@Suite struct HunanPlanTests {
    let plan: Plan

    init() throws { plan = try Fixtures.hunan() }

    @Test func holdsTheNoticesCounts() {
        #expect(plan.sections.count == 5)
        #expect(plan.tasks.count == 18)
        #expect(plan.tasks.reduce(0) { $0 + $1.measures.count } == 58)
        #expect(plan.tasks.reduce(0) { $0 + $1.targets.count } == 55)
        #expect(plan.sections.map(\.kind) == ["key-work", "special-actions", "safeguards", "foundations", "opening-up"])
        #expect(plan.sections.map { $0.tasks.count } == [4, 5, 6, 2, 1])
        #expect(plan.info.document == "湘服联办〔2019〕2号")
        #expect(plan.info.issued.description == "2019-04-24")
    }

    @Test func deadlinesKeepTheirWordingAndDates() {
        let measures = plan.tasks.flatMap(\.measures)
        var byWording: [String: Int] = [:]
        for m in measures { byWording[m.deadline.text, default: 0] += 1 }
        #expect(byWording == ["2019年底": 34, "2019年底前": 1, "2019年6月底": 3, "2019年9月底": 2, "2019年10月底": 2, "持续推进": 16])
        for m in measures {
            switch m.deadline.text {
            case "持续推进": #expect(m.deadline.isOngoing)
            case "2019年底", "2019年底前": #expect(m.deadline.date?.description == "2019-12-31")
            case "2019年6月底": #expect(m.deadline.date?.description == "2019-06-30")
            case "2019年9月底": #expect(m.deadline.date?.description == "2019-09-30")
            case "2019年10月底": #expect(m.deadline.date?.description == "2019-10-31")
            default: Issue.record("unexpected deadline wording \(m.deadline.text) on \(m.id)")
            }
        }
        let index = PlanIndex(plan)
        guard case .measure(let m, _) = index.items["sa1.m1"] else { Issue.record("sa1.m1 missing"); return }
        #expect(m.deadline.text == "2019年9月底")
    }

    @Test func leadsAndUnitsAreNormalised() {
        let tasks = Dictionary(uniqueKeysWithValues: plan.tasks.map { ($0.id, $0) })
        #expect(tasks["kw1"]?.lead == "省发展改革委")
        #expect(tasks["kw2"]?.lead == "省商务厅")
        #expect(tasks["sa4"]?.lead == "省市场监管局")
        #expect(tasks["sa4"]?.units.filter { $0 == "省商务厅" }.count == 1)
        #expect(tasks["sa3"]?.units.suffix(3) == ["长沙市人民政府", "郴州市人民政府", "相关县市区人民政府"])
        #expect(tasks["sa2"]?.units == ["省发展改革委", "省财政厅", "各市州人民政府", "县市区人民政府"])
        #expect(tasks["sg1"]?.units.first == "省服务业发展联席会议制度各成员单位")
        #expect(plan.tasks.allSatisfy { t in t.units.allSatisfy { !$0.hasSuffix("等单位") } })
        #expect(plan.tasks.allSatisfy { Set($0.units).count == $0.units.count })
    }

    @Test func indicatorsCarryTheFiguresOfTheTargets() throws {
        let index = PlanIndex(plan)
        func indicator(_ id: String) -> Indicator? {
            if case .indicator(let i, _, _) = index.items[id] { return i }
            return nil
        }
        let kw1t1 = plan.tasks[0].targets[0]
        #expect(kw1t1.text.hasPrefix("出台《湖南省大数据产业发展三年行动计划》"))
        #expect(kw1t1.indicators.first?.kind == .milestone)
        #expect(kw1t1.indicators.contains { $0.goal == .atLeast(550) && $0.unit == "亿元" })
        #expect(kw1t1.indicators.contains { $0.kind == .growth && $0.goal == .atLeast(10) && $0.unit == "%" })
        let all = plan.tasks.flatMap(\.targets).flatMap(\.indicators)
        #expect(all.contains { $0.goal == .about(1000, tolerance: 10) && $0.unit == "家" })
        #expect(all.contains { $0.goal == .range(1, 2) && $0.unit == "家" })
        #expect(all.contains { $0.goal == .atLeast(36) && $0.unit == "张" })
        #expect(all.contains { $0.goal == .range(20, 25) })
        #expect(all.contains { $0.kind == .share && $0.goal == .atLeast(40) })
        #expect(indicator("kw1.t1.i3")?.goalText == "≥550亿元")
        #expect(plan.tasks.flatMap(\.targets).allSatisfy { !$0.indicators.isEmpty })
    }

    /// Every figure states its pace; the levels are the rates, shares and the bed ratio, and the one share
    /// that builds up through the year (双随机抽查 coverage) is cumulative.
    @Test func everyFigureStatesItsPace() {
        let all = plan.tasks.flatMap(\.targets).flatMap(\.indicators)
        #expect(all.count == 95)
        #expect(all.filter { !$0.isMilestone }.allSatisfy { $0.statedPace != nil })
        let levels = all.filter { $0.pace == .level }.map(\.id)
        #expect(levels.count == 15)
        #expect(levels.contains("kw3.t4.i2"))
        #expect(!levels.contains("sg6.t1.i1"))
        #expect(all.filter { $0.kind == .quantity }.allSatisfy { $0.pace == .cumulative || $0.id == "kw3.t4.i2" })
    }

    /// The sizes of the published lists are figures; merged aims are one milestone each; 力争 is marked.
    @Test func listSizesSplitAimsAndStretch() {
        let index = PlanIndex(plan)
        func indicator(_ id: String) -> Indicator? {
            if case .indicator(let i, _, _) = index.items[id] { return i }
            return nil
        }
        #expect(indicator("sa1.t1.i2")?.goal == .atLeast(100))
        #expect(indicator("sa1.t1.i2")?.unit == "家")
        #expect(indicator("sa2.t1.i2")?.goal == .atLeast(100))
        #expect(indicator("sa2.t1.i2")?.unit == "个")
        let targets = Dictionary(uniqueKeysWithValues: plan.tasks.flatMap(\.targets).map { ($0.id, $0) })
        #expect(targets["op1.t4"]?.indicators.count == 3)
        #expect(targets["fd2.t1"]?.indicators.count == 2)
        #expect(targets["sg3.t3"]?.indicators.count == 3)
        #expect(targets["sa5.t2"]?.stretch == true)
        #expect(indicator("sg6.t2.i1")?.stretch == true)
        #expect(plan.tasks.flatMap(\.targets).filter(\.stretch).map(\.id) == ["sa5.t2"])
    }
}
