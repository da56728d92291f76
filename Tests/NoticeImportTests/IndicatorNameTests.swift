@testable import NoticeImport
import Testing

/// The names the importer gives indicators, on invented sentences in the phrasing of other notices:
/// the aim a person would name, without the words that only frame it.
@Suite struct IndicatorNameTests {
    static func names(_ sentence: String) -> [String] {
        TargetReader.read(NoticeText(sentence)).indicators.map(\.name)
    }

    @Test(arguments: [
        ("力争国家批复某市物流园为国家级示范物流园区。", ["国家批复某市物流园为国家级示范物流园区"]),
        ("力争新增物流企业20家以上。", ["新增物流企业"]),
        ("依法依规落实全市物流用地的合理需求。", ["落实全市物流用地的合理需求"]),
        ("依法查处无证经营行为。", ["查处无证经营行为"]),
    ])
    func framingWordsAreLeftOut(_ sentence: String, _ expected: [String]) {
        #expect(Self.names(sentence) == expected)
    }

    @Test func stretchIsKeptWhenItsWordGoes() {
        let found = TargetReader.read(NoticeText("力争新增物流企业20家以上。")).indicators
        #expect(found.map(\.stretch) == [true])
    }

    @Test(arguments: [
        ("各区县、市直有关部门按照市政府方案要求,制定具体实施办法。", ["制定具体实施办法"]),
        ("围绕全市物流发展规划,编制冷链物流专项规划。", ["编制冷链物流专项规划"]),
        ("完善物流信用体系,逐步扩大信用监管范围,力争实现重点物流企业信用评价全覆盖。", ["重点物流企业信用评价全覆盖"]),
        ("加快推进冷链物流中心建设,力争年内建成投产。", ["加快推进冷链物流中心建设"]),
        ("完善物流信用体系,逐步扩大信用监管范围。", ["完善物流信用体系"]),
    ])
    func aSentenceOfOneAimIsNamedByTheClauseStatingIt(_ sentence: String, _ expected: [String]) {
        #expect(Self.names(sentence) == expected)
    }

    @Test(arguments: [
        ("确定3-5家市级物流示范园区培育名单,启动相关培育创建工作。", ["确定市级物流示范园区培育名单", "启动市级物流示范园区培育创建工作"]),
        ("出台物流发展规划,落实相关用地支持政策。", ["出台物流发展规划", "落实相关用地支持政策"]),
        ("制定相关用地支持政策。", ["制定相关用地支持政策"]),
    ])
    func relatedNamesWhatTheClauseBeforeNames(_ sentence: String, _ expected: [String]) {
        #expect(Self.names(sentence) == expected)
    }
}
