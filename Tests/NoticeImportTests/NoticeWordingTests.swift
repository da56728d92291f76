import Catalogue
@testable import NoticeImport
import PlanModel
import Testing

/// The wording the importer reads: units, deadlines and figures.
@Suite struct NoticeWordingTests {
    @Test(arguments: [
        ("省发展改革委、省财政厅等单位,各市州、县市区人民政府", ["省发展改革委", "省财政厅", "各市州人民政府", "县市区人民政府"]),
        ("长沙市、郴州市人民政府,相关县市区人民政府", ["长沙市人民政府", "郴州市人民政府", "相关县市区人民政府"]),
        ("省服务业发展联席会议制度各成员单位和相关责任单位", ["省服务业发展联席会议制度各成员单位", "相关责任单位"]),
        ("省文化和旅游厅、省商务厅、省体育局、省商务厅等单位", ["省文化和旅游厅", "省商务厅", "省体育局"]),
        ("牵头单位:市发改委,配合单位:市财政局、市商务局", ["市发改委", "市财政局", "市商务局"]),
        ("市金融办、市统计局负责", ["市金融办", "市统计局"]),
        ("省財政廳等單位", ["省財政廳"]),
    ])
    func units(_ text: String, _ expected: [String]) {
        #expect(UnitList.parse(NoticeText(text)) == expected)
    }

    @Test(arguments: [
        ("2019年底", "2019-12-31"), ("2019年底前", "2019-12-31"), ("2019年6月底", "2019-06-30"), ("2019年9月底", "2019-09-30"),
        ("持续推进", "ongoing"), ("持續推進", "ongoing"), ("上半年", "2019-06-30"), ("一季度", "2019-03-31"),
        ("到2015年", "2015-12-31"), ("2013年3月前", "2013-03-31"), ("年内", "2019-12-31"), ("2019年6月30日前", "2019-06-30"),
        ("２０１９年１０月底", "2019-10-31"),
    ])
    func deadlines(_ wording: String, _ expected: String) throws {
        let d = try #require(DeadlineWording.parse(wording, year: 2019))
        #expect((d.date?.description ?? "ongoing") == expected)
        #expect(d.text == wording)
    }

    @Test(arguments: [
        ("推进园区建设,2019年10月底前完成。", "2019年10月底前"), ("到2015年,增加值达到500亿元。", "到2015年"),
        ("2013年3月前出台实施意见。", "2013年3月前"), ("年内新增企业200家。", "年内"), ("今年底前建成。", "今年底前"),
    ])
    func inlineDeadlines(_ text: String, _ wording: String) {
        #expect(InlineDeadline.find(in: NoticeText(text), year: 2019)?.deadline.text == wording)
    }

    @Test(arguments: ["办好2019年移动互联网岳麓峰会。", "开展2019年度评选。", "实施三年行动计划(2019-2021年)。", "力争三年内完成。"])
    func yearsThatAreNotDeadlines(_ text: String) {
        #expect(InlineDeadline.find(in: NoticeText(text), year: 2019) == nil)
    }

    @Test(arguments: [
        ("引进机构50家以上", Goal.atLeast(50), "家", IndicatorKind.quantity),
        ("支持不少于15个项目", .atLeast(15), "个", .quantity),
        ("融资额达5亿元", .atLeast(5), "亿元", .quantity),
        ("产值超过400亿元", .atLeast(400), "亿元", .quantity),
        ("新增企业1000家左右", .about(1000, tolerance: 10), "家", .quantity),
        ("失业率控制在3.5%以内", .atMost(3.5), "%", .share),
        ("办理时间不超过5个工作日", .atMost(5), "个工作日", .quantity),
        ("设立1-2家公司", .range(1, 2), "家", .quantity),
        ("试点3~5个", .range(3, 5), "个", .quantity),
        ("试点20－25个", .range(20, 25), "个", .quantity),
        ("同比增长20%以上", .atLeast(20), "%", .growth),
        ("民办养老床位占比40%以上", .atLeast(40), "%", .share),
        ("占GDP比重达到47%", .atLeast(47), "%", .share),
        ("独角兽企业零的突破", .atLeast(1), "家", .quantity),
        ("投资1,200亿元", .atLeast(1200), "亿元", .quantity),
    ])
    func figures(_ clause: String, _ goal: Goal, _ unit: String, _ kind: IndicatorKind) throws {
        let scan = FigureReader.read(NoticeText(clause))
        let figure = try #require(scan.figures.first)
        #expect(scan.figures.count == 1)
        #expect(figure.goal == goal)
        #expect(figure.unit == unit)
        #expect(figure.kind == kind)
    }

    @Test(arguments: ["设立第2家资产管理公司", "引进“三类500强”企业", "出台《2019-2021年行动计划》", "建设5G基站", "2019年完成"])
    func numbersThatAreNotFigures(_ clause: String) {
        let scan = FigureReader.read(NoticeText(clause))
        #expect(scan.figures.isEmpty)
        #expect(scan.unread.isEmpty)
    }

    @Test func aNumberWithoutUnitIsReportedUnread() {
        let scan = FigureReader.read(NoticeText("覆盖率达到90"))
        #expect(scan.figures.isEmpty)
        #expect(scan.unread.map(\.reason) == [Message.importFigureWithoutUnit])
    }
}
