@testable import DashboardCore
import Foundation
import PlanModel
import TestSupport
import Testing

/// `h`: an item's history with its trend line; the words the status line uses for changes.
@Suite(.language(.zh)) struct HistoryTests {
    static func revenue(_ id: String, _ old: Double?, _ new: Double, _ day: String, by user: String, note: String? = nil) -> ProgressRecord {
        ProgressRecord(id: id, time: Date(timeIntervalSince1970: 1_575_000_000), user: user,
                       item: "kw1.t1.i3", old: old.map(ItemValue.number), new: .number(new), note: note, at: Fixture.day(day))
    }

    /// Besides the fixture's 412.5 as of 2019-09-30: 300 as of 06-30, 500 as of 12-31 with a note.
    static let more = [
        revenue("h-june", nil, 300, "2019-06-30", by: "李四"),
        revenue("h-dec", 412.5, 500, "2019-12-31", by: "张三", note: "年报口径"),
    ]

    static func history(_ width: Int = 120, _ height: Int = 40) -> AppState {
        var s = AppState(status: Fixture.status(more), ledger: Fixture.ledger(more), colors: false)
        _ = s.handle(.resize(width: width, height: height))
        _ = s.open(.task("kw1"))
        for _ in 0..<6 { _ = s.handle(.down) }
        _ = s.handle(.char("h"))
        return s
    }

    @Test func hListsEveryRecordInAsOfOrderUnderATrendLine() {
        let lines = Fixture.lines(Self.history())
        Fixture.expectExactSize(lines, 120, 40)
        #expect(lines[0].contains("历史  kw1.t1.i3 软件业务收入"))
        #expect(lines[1].contains("目标 ≥550亿元 · 现值 500亿元 · 3 条记录"))
        #expect(lines[2].contains("趋势  ▁▅█  300 → 500 · 3 个数值"))
        #expect(lines[4].contains("截至") && lines[4].contains("填报人") && lines[4].contains("原值 → 新值") && lines[4].contains("备注"))
        #expect(lines[5].contains("2019-06-30") && lines[5].contains("李四") && lines[5].contains("— → 300"))
        #expect(lines[6].contains("2019-09-30") && lines[6].contains("fixture") && lines[6].contains("— → 412.5"))
        #expect(lines[7].contains("2019-12-31") && lines[7].contains("张三") && lines[7].contains("412.5 → 500") && lines[7].contains("年报口径"))
        #expect(lines[38].contains("记录 1–3/3"))
    }

    @Test func itFitsAt80x24AndEscGoesBackToTheSameItem() {
        var s = Self.history(80, 24)
        Fixture.expectExactSize(Fixture.lines(s), 80, 24)
        #expect(Fixture.contains(Fixture.lines(s), "412.5 → 500"))
        _ = s.handle(.escape)
        #expect(Fixture.lines(s)[22].contains("选中 kw1.t1.i3"))
    }

    @Test func recordsAfterTheAsOfDayAreDimmed() {
        var s = Self.history()
        Fixture.dataChanged(&s, Fixture.status(Self.more, asOf: Fixture.day("2019-09-30")), ledger: Fixture.ledger(Self.more))
        let grid = s.render(width: 120, height: 40)
        #expect(grid.lines[1].contains("现值 412.5亿元"))
        #expect(!grid[1, 6].style.dim)
        #expect(grid[1, 7].style.dim)
        #expect(grid.lines[38].contains("灰色为截至日期之后的记录"))
    }

    @Test func newRecordsShowWhileTheHistoryIsOpen() {
        var s = Self.history()
        let later = Self.more + [Self.revenue("h-fix", 500, 520, "2019-12-31", by: "王五")]
        Fixture.dataChanged(&s, Fixture.status(later), ledger: Fixture.ledger(later))
        let lines = Fixture.lines(s)
        #expect(lines[1].contains("4 条记录"))
        #expect(Fixture.contains(lines, "500 → 520"))
    }

    @Test func anItemWithoutFiguresOrRecordsSaysSo() {
        var s = Fixture.state(120, 40)
        _ = s.open(.task("kw1"))
        for _ in 0..<3 { _ = s.handle(.down) }
        _ = s.handle(.char("h"))
        var lines = Fixture.lines(s)
        #expect(lines[0].contains("历史  kw1.m4 聚焦制造业和服务业融合…"))
        #expect(lines[2].contains("没有数值记录"))
        #expect(Fixture.contains(lines, "— → 推进中"))
        _ = s.handle(.escape)
        for _ in 0..<6 { _ = s.handle(.down) }
        _ = s.handle(.char("h"))
        lines = Fixture.lines(s)
        #expect(lines[0].contains("kw1.t2.i2"))
        #expect(Fixture.contains(lines, "还没有记录"))
    }

    @Test func sparklinesScaleBetweenTheSmallestAndLargest() {
        #expect(Sparkline.text([1, 2, 3, 4, 5, 6, 7, 8]) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.text([5, 5]) == "▄▄")
        #expect(Sparkline.text([]) == "")
        #expect(Sparkline.text([10, 0, 5], width: 2) == "▁█")
    }

    @Test func statusLineWordsForChanges() {
        let status = Fixture.status()
        let r = ProgressRecord(id: "x", time: Date(), user: "me", item: "kw1.t1.i3", old: nil, new: .number(412.5), at: Fixture.yearEnd)
        #expect(ChangeText.recorded(r, in: status).zh == "kw1.t1.i3 软件业务收入：— → 412.5（截至 2019-12-31）")
        let undo = ProgressRecord(id: "y", time: Date(), user: "me", item: "kw1.t1.i3", old: .number(500), new: .number(412.5),
                                  note: "undo", at: Fixture.yearEnd, undoes: "x")
        #expect(ChangeText.undone(undo, in: status).zh == "已撤销 kw1.t1.i3 软件业务收入：500 → 412.5")
        let note = ProgressRecord(id: "z", time: Date(), user: "me", item: "kw1.m1", old: .status(.done), new: .status(.done),
                                  note: "见简报", at: Fixture.yearEnd)
        #expect(ChangeText.recorded(note, in: status).zh == "kw1.m1 研究制定《湖南省大数据…：备注 “见简报”（截至 2019-12-31）")
        #expect(ChangeText.redone(note, in: status).zh == "已重做 kw1.m1 研究制定《湖南省大数据… 的备注（值不变：已完成）")
    }
}
