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

    @Test func indicatorsShowTheirCurrentValueBesideTheirGoal() {
        let status = Fixture.status()
        let hit = Self.index.entries.first { $0.kind == .indicator && status.indicators[$0.itemID!]?.actual != nil }!
        let context = SearchView.context(hit, status)
        #expect(context.contains(hit.context))
        guard case .indicator(let indicator, _, _)? = status.index.items[hit.itemID!] else { Issue.record("no indicator"); return }
        #expect(context.contains(IndicatorTable.actualText(indicator, status)))
    }
}
