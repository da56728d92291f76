import DashboardCore
import Foundation
import PlanModel
import TestSupport
import Testing

@Suite(.language(.zh)) struct ReplaceStatusTests {
    static func record(_ item: String, _ value: ItemValue, _ day: String) -> ProgressRecord {
        ProgressRecord(id: "later-\(item)", time: Date(timeIntervalSince1970: 1_580_000_000), user: "other",
                       item: item, old: nil, new: value, at: Fixture.day(day))
    }

    @Test func newValuesShowAndTheCursorStaysOnTheSameItem() {
        var s = Fixture.state(120, 40)
        _ = s.open(.task("kw1"))
        for _ in 0..<6 { _ = s.handle(.char("j")) }
        #expect(Fixture.lines(s)[38].contains("选中 kw1.t1.i3"))
        Fixture.dataChanged(&s, Fixture.status([Self.record("kw1.t2.i1", .number(10), "2019-10-31")]))
        let lines = Fixture.lines(s)
        #expect(lines[38].contains("选中 kw1.t1.i3"))
        #expect(lines.first { $0.hasPrefix("    新批复组建省重点实验室") }!.contains("100%"))
        _ = s.handle(.escape)
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("补齐生产服务短板") == true)
    }

    @Test func anEarlierAsOfDateShowsOnlyWhatWasRecordedByThen() {
        var s = Fixture.state(120, 40, keys: [.char("j")])
        Fixture.dataChanged(&s, Fixture.status(asOf: Fixture.day("2019-06-30")))
        let lines = Fixture.lines(s)
        #expect(lines[0].contains("截至 2019-06-30"))
        #expect(lines[1].contains("已填报 1/95"))
        #expect(Fixture.focusedLine(lines)?.contains("升级流通服务水平") == true)
    }

    @Test func aScreenWhoseItemIsGoneClosesWithAMessage() {
        var s = Fixture.state(120, 40)
        _ = s.open(.task("op1"))
        var trimmed = Fixture.plan
        trimmed.sections.removeLast()
        s.take(.pickedUp(count: 1), status: Fixture.status(plan: trimmed))
        let lines = Fixture.lines(s)
        #expect(lines[0].contains("湘服联办"))
        #expect(lines[38].contains("已不在计划中"))
        #expect(!Fixture.contains(lines, "提升开放发展水平"))
    }

    @Test func theLastSearchFollowsTheData() {
        var s = Fixture.state(120, 40, keys: [.char("/")] + Fixture.type("独角兽") + [.enter, .escape, .escape])
        var trimmed = Fixture.plan
        trimmed.sections[1].tasks.removeFirst()
        Fixture.dataChanged(&s, Fixture.status(plan: trimmed))
        _ = s.handle(.char("n"))
        #expect(Fixture.lines(s)[38].contains("按 / 搜索"))
    }
}
