import PlanModel
import TestSupport
import Testing
@testable import DashboardCore

/// How `/` finds what people type: ids, full-width and traditional forms, abbreviations, pinyin.
@Suite(.language(.zh)) struct SearchMatchTests {
    static let index = SearchIndex(Fixture.plan)

    static func texts(_ query: String) -> [String] { index.find(query).map { index.entries[$0].text } }

    @Test func idsFindTheirItemFirstThenWhatIsUnderIt() {
        let hits = Self.index.find("kw1.t1.i3").map { Self.index.entries[$0] }
        #expect(hits.first?.itemID == "kw1.t1.i3" && hits.first?.kind == .indicator)
        let task = Self.index.find("KW1").map { Self.index.entries[$0] }
        #expect(task.first?.kind == .task && task.first?.taskID == "kw1")
        #expect(task.contains { $0.itemID == "kw1.m1" } && task.contains { $0.itemID == "kw1.t1.i3" })
        #expect(!task.contains { $0.taskID != "kw1" })
        #expect(Self.index.find("kw1.m").isEmpty)
    }

    @Test func fullWidthAndTraditionalFormsFindThePlainText() {
        let plain = Self.texts("电商")
        #expect(!plain.isEmpty)
        #expect(Self.texts("電商") == plain)
        let gdp = Self.texts("GDP")
        #expect(!gdp.isEmpty)
        #expect(Self.texts("ＧＤＰ") == gdp)
    }

    @Test func abbreviationsFindNamesBelowExactMatches() {
        let hits = Self.texts("发改")
        let exact = hits.prefix { $0.contains("发改") }
        #expect(hits.dropFirst(exact.count).contains("省发展改革委"))
        #expect(!hits.dropFirst(exact.count).contains { $0.contains("发改") })
        #expect(Self.texts("商务").contains("省商务厅"))
        // Only names are found by abbreviation: a long measure holding 发…改 is not.
        #expect(Self.index.find("发改").allSatisfy { i in
            let e = Self.index.entries[i]
            return e.text.contains("发改") || e.kind == .unit || e.kind == .indicator
        })
    }

    @Test func pinyinAndInitialsFindNames() {
        #expect(Self.texts("shangwu").contains("省商务厅"))
        #expect(Self.texts("fgw").contains("省发展改革委"))
        #expect(Self.texts("ShangWu").contains("省商务厅"))
        #expect(Self.texts("changshahaiguan").contains("长沙海关"))
        #expect(!Self.texts("zhangshahaiguan").contains("长沙海关"))
        // A task area's long title is found by its pinyin or initials as written, not scattered.
        #expect(Self.texts("qqqzx").isEmpty)
        #expect(!Self.texts("fuwuye").isEmpty)
    }

    /// Initials as written (sw: 省商务厅, 省文改办) come before initials scattered through a name
    /// (sw in 省发展改革委's sfzggw); within each, names in the order of their pinyin, each
    /// name's entries together and in plan order.
    @Test func namesFoundByPinyinComeInPinyinOrderAsWrittenFirst() {
        let hits = Self.index.find("sw").map { Self.index.entries[$0] }
        let units = hits.filter { $0.kind == .unit }.map(\.text)
        let firstScattered = units.firstIndex(of: "省发展改革委")
        #expect(firstScattered != nil)
        let written = units[..<(firstScattered ?? units.endIndex)]
        #expect(written.first == "省商务厅", "\(units)")
        #expect(written.contains("省文化和旅游厅"))
        #expect(!written.contains("省发展改革委"))
        // One block per name, the names by their spelling.
        var blocks: [String] = []
        for name in written where blocks.last != name { blocks.append(name) }
        #expect(blocks.count == Set(blocks).count, "a name's entries are not together: \(blocks)")
        #expect(blocks == blocks.sorted { Pinyin($0).full < Pinyin($1).full }, "\(blocks)")
        // A name's entries in plan order: by the task areas they lead to.
        let order = Dictionary(uniqueKeysWithValues: Fixture.plan.tasks.enumerated().map { ($1.id, $0) })
        let commerce = hits.filter { $0.kind == .unit && $0.text == "省商务厅" }.map { order[$0.taskID]! }
        #expect(commerce == commerce.sorted())
    }

    @Test func indicatorsShowTheirCurrentValueBesideTheirGoal() {
        let status = Fixture.status()
        let hit = Self.index.entries.first { $0.kind == .indicator && status.indicators[$0.itemID!]?.actual != nil }!
        let context = SearchView.context(hit, status)
        #expect(context.contains(hit.context))
        guard case .indicator(let indicator, _, _)? = status.index.items[hit.itemID!] else { Issue.record("no indicator"); return }
        #expect(context.contains(IndicatorTable.actualText(indicator, status)))
    }
}
