import NoticeImport
import PlanModel
import Testing

/// How the plan's skeleton is read from a notice whose items carry their units.
@Suite struct StructureTests {
    @Test func unitsTitleKindsAndYear() throws {
        let imported = try #require(TestFiles.imported(try TestFiles.fixture("structure.txt")))
        let plan = imported.plan
        #expect(plan.info.title == "长沙市现代服务业发展工作方案", "the title's two lines are joined")
        #expect(plan.info.year == 2013, "from the 文号, not from 到2015年")
        #expect(plan.info.issued == CalendarDate(year: 2013, month: 1, day: 1))
        #expect(plan.sections.map(\.kind) == ["section", "section", "safeguards"], "a kind only when the heading ends with it")
        let tasks = plan.tasks
        #expect(tasks[0].units == ["市发改委", "市商务局"], "parentheses before the marker do not hide it")
        #expect(tasks[0].measures[0].text == "推进湖南(株洲)物流园(一期)建设。")
        #expect(tasks[1].units == ["市金融办"], "X会同有关部门 is X")
        #expect(imported.warnings.contains { $0.line == 7 && $0.message.contains("有关部门") }, "the rest is noted")
        #expect(tasks[2].units == ["市人社局", "市财政局"])
        #expect(tasks[3].units == ["市政府办公厅"], "a marker inside the sentence")
        #expect(tasks[3].measures[0].text == "出台服务业发展专项政策,2013年6月底前完成。")
        #expect(tasks[3].measures[0].deadline.date == CalendarDate(year: 2013, month: 6, day: 30))
        #expect(!imported.warnings.contains { $0.line == 2 }, "the title's second line is placed")
    }

    @Test func aPlainTitleOnTwoLines() throws {
        let text = """
        湖南省2019年度服务业
        高质量发展工作要点
        湘服联办〔2019〕2号
        湖南省服务业发展联席会议制度办公室
        2019年4月24日
        一、聚焦四大重点工作
        (一)补齐生产服务短板
        1、研究制定计划。(完成时限:2019年底)
        1、新增企业10家以上。
        省发展改革委等单位
        """
        let imported = try #require(TestFiles.imported(text))
        #expect(imported.plan.info.title == "湖南省2019年度服务业高质量发展工作要点")
        #expect(imported.plan.info.issuer == "湖南省服务业发展联席会议制度办公室")
        #expect(imported.warnings.isEmpty, "\(imported.warnings)")
    }
}
