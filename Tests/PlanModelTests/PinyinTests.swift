import PlanModel
import Testing

@Suite struct PinyinTests {
    /// The 32 units of the bundled Hunan plan, in plan order.
    static let hunanUnits = """
    省发展改革委 省工业和信息化厅 省科技厅 省地方金融监管局 省财政厅 省人力资源社会保障厅 省商务厅 省交通运输厅 省教育厅 \
    省体育局 省民政厅 省卫生健康委 湖南银保监局 省文化和旅游厅 省住房城乡建设厅 省文改办 各市州人民政府 县市区人民政府 \
    人民银行长沙中心支行 湖南证监局 省广播电视局 长沙市人民政府 郴州市人民政府 相关县市区人民政府 省市场监管局 省税务局 \
    省服务业发展联席会议制度各成员单位 相关责任单位 省自然资源厅 省统计局 长沙海关 省贸促会
    """.split(separator: " ").map(String.init)

    /// Checked by hand once, syllable by syllable (长沙 cháng, 银行/支行 háng, 地方 dì).
    static let hunanPinyinOrder = """
    长沙海关 长沙市人民政府 郴州市人民政府 各市州人民政府 湖南银保监局 湖南证监局 人民银行长沙中心支行 \
    省财政厅 省地方金融监管局 省发展改革委 省服务业发展联席会议制度各成员单位 省工业和信息化厅 省广播电视局 \
    省交通运输厅 省教育厅 省科技厅 省贸促会 省民政厅 省人力资源社会保障厅 省商务厅 省市场监管局 省税务局 \
    省体育局 省统计局 省卫生健康委 省文改办 省文化和旅游厅 省住房城乡建设厅 省自然资源厅 \
    县市区人民政府 相关县市区人民政府 相关责任单位
    """.split(separator: " ").map(String.init)

    @Test func theHunanUnitsSortInPinyinOrder() {
        #expect(Self.hunanUnits.count == 32)
        #expect(Pinyin.order(Self.hunanUnits).map { Self.hunanUnits[$0] } == Self.hunanPinyinOrder)
    }

    @Test func polyphonesInUnitNamesReadAsInTheWord() {
        #expect(Pinyin("长沙海关").sortKey == "chang sha hai guan")
        #expect(Pinyin("人民银行长沙中心支行").full == "renminyinhangchangshazhongxinzhihang")
        #expect(Pinyin("省地方金融监管局").initials == "sdfjrjgj")
        #expect(Pinyin("重点项目").full == "zhongdianxiangmu")
        #expect(Pinyin("经济增长").full == "jingjizengzhang")
    }

    @Test func otherCharactersStayAsTheyAre() {
        let p = Pinyin("GDP增长7%")
        #expect(p.syllables == ["g", "d", "p", "zeng", "zhang", "7", "%"])
        #expect(p.initials == "gdpzz7%")
    }

    @Test func tiesKeepTheirOrder() {
        #expect(Pinyin.order(["乙", "甲", "乙"]) == [1, 0, 2])
    }
}
