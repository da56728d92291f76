import Testing
import PlanModel

/// The importer's pace rule: wording decides a quantity's pace; growth and share are levels; milestones have none.
@Suite struct PaceReadingTests {
    @Test func cumulativeWordsMakeATotal() {
        for name in ["新增高新技术企业", "全年实现软件业务收入", "认定电子商务企业", "带动社会投资"] {
            let r = Pace.read(kind: .quantity, wording: name)
            #expect(r == PaceReading(pace: .cumulative, cue: r?.cue, guessed: false), "\(name)")
            #expect(r?.cue != nil)
        }
    }

    @Test func ratiosAndStocksAreLevels() {
        #expect(Pace.read(kind: .quantity, wording: "每千名老年人拥有养老床位")?.pace == .level)
        #expect(Pace.read(kind: .quantity, wording: "服务业增加值占GDP比重")?.pace == .level)
        #expect(Pace.read(kind: .quantity, wording: "民办养老床位占比")?.cue == "床位")
    }

    @Test func kindsDecideGrowthAndShareAndNothingDecidesAMilestone() {
        #expect(Pace.read(kind: .growth, wording: "新增投资增长") == PaceReading(pace: .level, cue: nil, guessed: false))
        #expect(Pace.read(kind: .share, wording: "占比") == PaceReading(pace: .level, cue: nil, guessed: false))
        #expect(Pace.read(kind: .milestone, wording: "出台《方案》") == nil)
    }

    /// A share reached by acts done through the year builds up; a share held by a stock (5G覆盖率) does not.
    @Test func coverageByInspectionsBuildsUp() {
        #expect(Pace.read(kind: .share, wording: "双随机抽查覆盖企业比例达到5%") ==
            PaceReading(pace: .cumulative, cue: "抽查", guessed: false))
        #expect(Pace.read(kind: .share, wording: "食品安全监督检查覆盖率100%")?.pace == .cumulative)
        #expect(Pace.read(kind: .share, wording: "全市5G网络覆盖率达到90%")?.pace == .level)
        #expect(Pace.read(kind: .share, wording: "全省企业年报率在85%以上")?.pace == .level)
    }

    @Test func noCueIsAGuess() {
        #expect(Pace.read(kind: .quantity, wording: "服务业高端人才目录人数") == PaceReading(pace: .cumulative, cue: nil, guessed: true))
        #expect(Pace.defaultPace(for: .quantity) == .cumulative)
        #expect(Indicator(id: "x", name: "y", kind: .growth, goal: .atLeast(1), unit: "%").pace == .level)
        #expect(Indicator(id: "x", name: "y", kind: .share, goal: .atLeast(1), unit: "%", pace: .cumulative).pace == .cumulative)
    }
}
