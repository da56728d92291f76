import Catalogue
import NoticeImport
import PlanModel
import Testing

/// Small notices written for the tests: the layouts and spellings the importer must read.
@Suite struct LayoutFixtureTests {
    @Test func itemsCarryingTheirOwnUnitsAndInlineDeadlines() throws {
        let imported = try #require(TestFiles.imported(try TestFiles.fixture("item-units.txt")))
        let plan = imported.plan
        #expect(plan.info.title == "长沙市2013年现代服务业发展工作方案")
        #expect(plan.info.document == "长政办发〔2013〕5号")
        #expect(plan.info.issuer == "长沙市人民政府办公厅")
        #expect(plan.info.issued == CalendarDate(year: 2013, month: 2, day: 20))
        #expect(plan.info.year == 2013)

        // Under 一、 each item with its units is a task area; under (一) items are its measures.
        #expect(plan.sections.map(\.id) == ["s1", "s2"])
        #expect(plan.sections[0].tasks.map(\.id) == ["s1t1", "s1t2", "s1t3", "s1t4"])
        #expect(plan.sections[1].tasks.map(\.title) == ["商贸流通", "旅游会展"])
        let tasks = plan.tasks
        #expect(tasks[0].units == ["市发改委", "市商务局", "市交通运输局"])
        #expect(tasks[1].units == ["市金融办", "人民银行长沙中心支行"])
        #expect(tasks[3].units == ["市统计局", "市发改委", "市工商局"])
        #expect(tasks[4].units == ["市商务局", "各区县(市)人民政府"])
        #expect(tasks[5].units == ["市会展办"])
        #expect(tasks[2].title == "出台促进服务外包发展的实施意见")

        let deadlines = tasks.flatMap(\.measures).map { "\($0.deadline.text)=\($0.deadline.date?.description ?? "ongoing")" }
        #expect(deadlines == ["2013年10月底前=2013-10-31", "到2015年=2015-12-31", "2013年3月前=2013-03-31", "年内=2013-12-31",
                              "2013年6月30日前=2013-06-30", "未注明=ongoing", "未注明=ongoing"])
        #expect(tasks[0].measures[0].text == "推进现代物流园区建设,2013年10月底前完成金霞物流园一期工程。")

        // Items with figures are targets too, read for their figures only.
        let finance = try #require(tasks[1].targets.first)
        #expect(finance.indicators.map(\.goal) == [.atLeast(500), .atLeast(8)])
        #expect(finance.indicators.map(\.unit) == ["亿元", "%"])
        #expect(finance.indicators.map(\.kind) == [.quantity, .share])
        #expect(tasks[4].targets.map { $0.indicators.map(\.kind) } == [[.quantity], [.growth]])

        #expect(imported.warnings.map(\.line) == [3, 4, 10, 16, 18])
        #expect(imported.warnings[2].message.contains("pace"), "增加值 names no pace: guessed")
        #expect(imported.warnings[3].message == Message.importItemWithoutDeadline(recorded: "未注明").text())
    }

    @Test func mixedPunctuationAndStraySpaces() throws {
        let imported = try #require(TestFiles.imported(try TestFiles.fixture("mixed-punctuation.txt")))
        let plan = imported.plan
        #expect(imported.warnings.map(\.line) == [10], "only 支持物流园区建设's pace is guessed: \(imported.warnings)")
        #expect(plan.info.issued == CalendarDate(year: 2020, month: 3, day: 2))
        #expect(plan.sections.map(\.id) == ["key-work", "safeguards"])
        let kw1 = plan.sections[0].tasks[0]
        #expect(kw1.measures.map(\.text) == ["建设物流园区，推进多式联运。", "培育物流企业，支持企业上市。"])
        #expect(kw1.measures.map(\.deadline.text) == ["2020年6月底", "持续推进"])
        #expect(kw1.measures.map(\.deadline.date) == [CalendarDate(year: 2020, month: 6, day: 30), nil])
        #expect(kw1.units == ["市发改委", "市交通局", "各县市区人民政府"])
        let goals = kw1.targets.flatMap(\.indicators).map(\.goal)
        #expect(goals == [.atLeast(10), .atLeast(8), .range(3, 5), .range(20, 25), .atMost(15)])
        #expect(kw1.targets.flatMap(\.indicators).map(\.kind) == [.quantity, .growth, .quantity, .quantity, .share])
        #expect(kw1.targets.flatMap(\.indicators).map(\.unit) == ["家", "%", "个", "家", "%"])
        // A bare heading line opens a task area; an unnumbered paragraph is one qualitative target.
        let sg1 = plan.sections[1].tasks[0]
        #expect(sg1.title == "加强要素保障")
        #expect(sg1.measures.first?.deadline.date == CalendarDate(year: 2020, month: 12, day: 31))
        #expect(sg1.targets.map(\.text) == ["全市服务业用地需求得到有效保障。"])
        #expect(sg1.targets.first?.indicators.map(\.kind) == [.milestone])
        #expect(sg1.units == ["市自然资源局"])
    }

    @Test func traditionalCharacters() throws {
        let imported = try #require(TestFiles.imported(try TestFiles.fixture("traditional.txt")))
        let plan = imported.plan
        #expect(imported.warnings.allSatisfy { $0.message.contains("pace") }, "only guessed paces: \(imported.warnings)")
        #expect(plan.info.title == "某省2021年度服務業發展工作要點")
        #expect(plan.info.document == "某服辦〔2021〕3號")
        #expect(plan.info.year == 2021)
        #expect(plan.sections.map(\.kind) == ["special-actions"])
        let sa1 = try #require(plan.tasks.first)
        #expect(sa1.id == "sa1")
        #expect(sa1.measures.map(\.deadline.date) == [CalendarDate(year: 2021, month: 9, day: 30), nil])
        #expect(sa1.measures.map(\.deadline.text) == ["2021年9月底", "持續推進"])
        #expect(sa1.units == ["省發展改革委", "省財政廳"])
        let indicators = sa1.targets.flatMap(\.indicators)
        // 發布100家…名單 is a milestone and the size of its list.
        #expect(indicators.map(\.kind) == [.milestone, .quantity, .quantity, .quantity])
        #expect(indicators.map(\.goal) == [nil, .atLeast(100), .atLeast(15), .atLeast(1)])
        #expect(indicators.map(\.unit) == [nil, "家", "个", "家"])
        #expect(indicators[1].name == "服務業領軍企業名單企業数")
        #expect(indicators.dropFirst().map(\.pace) == [.cumulative, .cumulative, .cumulative])
    }
}
