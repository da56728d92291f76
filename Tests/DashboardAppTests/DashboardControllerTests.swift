import Catalogue
import DashboardCore
import Foundation
import PlanModel
import PlanStore
import Testing
import DashboardRunner
import TestSupport

/// The dashboard's effects carried out against a real plan session in a temporary folder:
/// keys in, journal records and status-line messages out, and what a restart sees.
@Suite(.language(.zh)) struct DashboardControllerTests {
    static let yearEnd = CalendarDate(year: 2019, month: 12, day: 31)!

    /// A copy of the Hunan plan in a fresh folder, with no journal.
    static func planCopy() throws -> URL {
        try TestWorkspace.hunanCopy(in: TestWorkspace.folder("plandash-app", subfolder: "Plans"))
    }

    /// A controller at 120×40 as of the year end, in kw1 with the cursor on 软件业务收入.
    static func onRevenue(_ url: URL, user: String = "测试员") throws -> DashboardController {
        let c = DashboardController(session: try PlanSession(url: url, user: user), asOf: yearEnd, colors: false) { _, _ in [] }
        press(c, [.resize(width: 120, height: 40), .enter] + Array(repeating: .down, count: 6))
        #expect(statusLine(c).contains("选中 kw1.t1.i3"))
        return c
    }

    static func press(_ c: DashboardController, _ keys: [Key]) {
        for k in keys { #expect(c.handle(k)) }
    }

    static func type(_ text: String) -> [Key] { text.map(Key.char) }
    static func lines(_ c: DashboardController) -> [String] { c.render(width: 120, height: 40).lines }
    static func statusLine(_ c: DashboardController) -> String { lines(c)[38] }
    static func selectedRow(_ c: DashboardController) -> String { lines(c).first { $0.contains("▸") } ?? "" }

    /// The item's value as a fresh process replays it.
    static func valueAfterRestart(_ url: URL, _ item: String = "kw1.t1.i3") throws -> ItemValue? {
        try PlanSession(url: url).ledger.replay(asOf: yearEnd)[item]?.value
    }

    @Test func aTypedValueIsRecordedDurablyAndSaidInTheStatusLine() throws {
        let url = try Self.planCopy()
        let c = try Self.onRevenue(url)
        Self.press(c, [.enter] + Self.type("412.5亿元") + [.enter])
        #expect(Self.statusLine(c).contains("kw1.t1.i3 软件业务收入：— → 412.5（截至 2019-12-31）"))
        #expect(Self.selectedRow(c).contains("412.5亿元"))
        #expect(try Self.valueAfterRestart(url) == .number(412.5))
        let record = try #require(try PlanSession(url: url).ledger.history(of: "kw1.t1.i3").last)
        #expect(record.user == "测试员" && record.at == Self.yearEnd && record.old == nil)
    }

    @Test func refusedInputWritesNothing() throws {
        let url = try Self.planCopy()
        let c = try Self.onRevenue(url)
        Self.press(c, [.enter] + Self.type("412.5家") + [.enter])
        #expect(Self.statusLine(c).contains(Message.valueWrongUnit(given: "家", expected: "亿元").text()))
        #expect(!FileManager.default.fileExists(atPath: c.session.journal.url.path))
    }

    @Test func undoAndRedoSeveralStepsDeepSurviveARestart() throws {
        let url = try Self.planCopy()
        var c = try Self.onRevenue(url)
        Self.press(c, [.enter] + Self.type("400") + [.enter])
        Self.press(c, [.enter, .ctrl("u")] + Self.type("500") + [.enter])
        // A restart: a new session replays the journal, and u still undoes by item id.
        c = try Self.onRevenue(url)
        Self.press(c, [.char("u")])
        #expect(Self.statusLine(c).contains("已撤销 kw1.t1.i3 软件业务收入：500 → 400"))
        #expect(try Self.valueAfterRestart(url) == .number(400))
        Self.press(c, [.char("u")])
        #expect(Self.statusLine(c).contains("已撤销 kw1.t1.i3 软件业务收入：400 → —"))
        #expect(Self.selectedRow(c).contains("未填报"))
        Self.press(c, [.char("u")])
        #expect(Self.statusLine(c).contains(Message.nothingToUndo.text()))
        Self.press(c, [.ctrl("r")])
        #expect(Self.statusLine(c).contains("已重做 kw1.t1.i3 软件业务收入：— → 400"))
        #expect(try Self.valueAfterRestart(url) == .number(400))
    }

    @Test func undoPassesOverAnItemSomeoneElseChangedSince() throws {
        let url = try Self.planCopy()
        let c = try Self.onRevenue(url)
        Self.press(c, [.enter] + Self.type("400") + [.enter])
        try PlanSession(url: url, user: "张三").record(item: "kw1.t1.i3", text: "450", at: Self.yearEnd)
        Self.press(c, [.char("u")])
        #expect(Self.statusLine(c).contains(Message.undoSkipped("kw1.t1.i3", by: "张三", to: "450").text()))
        #expect(try Self.valueAfterRestart(url) == .number(450))
    }

    @Test func aValueChangedByAnotherProcessIsReplacedOnlyAfterASecondEnter() throws {
        let url = try Self.planCopy()
        let c = try Self.onRevenue(url)
        Self.press(c, [.enter] + Self.type("500"))
        try PlanSession(url: url, user: "张三").record(item: "kw1.t1.i3", text: "450", at: Self.yearEnd)
        Self.press(c, [.enter])
        #expect(Self.statusLine(c).contains((Message.changedMeanwhile(item: "kw1.t1.i3", value: "450", by: "张三") + .replaceOrKeep).text()))
        #expect(try Self.valueAfterRestart(url) == .number(450))
        Self.press(c, [.enter])
        #expect(Self.statusLine(c).contains("kw1.t1.i3 软件业务收入：450 → 500"))
        #expect(try Self.valueAfterRestart(url) == .number(500))
    }

    @Test func theRunnersPollShowsAnotherProcessesChange() throws {
        let url = try Self.planCopy()
        let c = try Self.onRevenue(url)
        #expect(!c.pickUpOtherWriters())
        try PlanSession(url: url, user: "张三").record(item: "kw1.t1.i3", text: "450", at: Self.yearEnd)
        #expect(c.pickUpOtherWriters())
        #expect(Self.selectedRow(c).contains("450亿元"))
        #expect(Self.statusLine(c).contains(Message.pickedUp(1).text()))
    }

    @Test func spaceMovesAMilestoneOnAndDoneRecordsTheDay() throws {
        let url = try Self.planCopy()
        let c = try Self.onRevenue(url)
        Self.press(c, [.up, .up, .char(" "), .char(" ")])
        #expect(Self.statusLine(c).contains("kw1.t1.i1 出台《湖南省大数据产业发展三年行动计划》：推进中 → 已完成（截至 2019-12-31）"))
        let done = try #require(try PlanSession(url: url).ledger.replay(asOf: Self.yearEnd)["kw1.t1.i1"])
        #expect(done.value == .status(.done) && done.record.at == Self.yearEnd)
    }

    @Test func aNoteKeepsTheValueAndShowsInTheHistory() throws {
        let url = try Self.planCopy()
        let c = try Self.onRevenue(url)
        Self.press(c, [.enter] + Self.type("412.5") + [.enter])
        Self.press(c, [.char("n")] + Self.type("省工信厅 Q3 报送") + [.enter])
        #expect(Self.statusLine(c).contains("kw1.t1.i3 软件业务收入：备注 “省工信厅 Q3 报送”（截至 2019-12-31）"))
        let last = try #require(try PlanSession(url: url).ledger.history(of: "kw1.t1.i3").last)
        #expect(last.old == .number(412.5) && last.new == .number(412.5) && last.note == "省工信厅 Q3 报送")
        Self.press(c, [.char("h")])
        #expect(Self.lines(c).contains { $0.contains("412.5 → 412.5") && $0.contains("省工信厅 Q3 报送") })
    }

    @Test func tShowsThePlanAsOfAnotherDayAndEditsStandForIt() throws {
        let url = try Self.planCopy()
        let c = try Self.onRevenue(url)
        Self.press(c, [.enter] + Self.type("500") + [.enter])
        Self.press(c, [.char("t"), .ctrl("u")] + Self.type("2019-09-30") + [.enter])
        #expect(Self.lines(c)[0].contains("截至 2019-09-30"))
        #expect(Self.selectedRow(c).contains("未填报"))
        Self.press(c, [.enter] + Self.type("300") + [.enter])
        #expect(Self.statusLine(c).contains("kw1.t1.i3 软件业务收入：— → 300（截至 2019-09-30）"))
        // Back to the day the dashboard opened on.
        Self.press(c, [.char("t"), .ctrl("u"), .enter])
        #expect(Self.lines(c)[0].contains("截至 2019-12-31"))
        #expect(Self.selectedRow(c).contains("500亿元"))
    }

    @Test func xWritesTheMarkdownBulletinBesideThePlan() throws {
        let url = try Self.planCopy()
        let c = try Self.onRevenue(url)
        Self.press(c, [.char("x")])
        let report = url.deletingLastPathComponent().appendingPathComponent("hunan-2019-services.report-2019-12-31.md")
        let text = try String(contentsOf: report, encoding: .utf8)
        #expect(text.contains("2019-12-31"))
        #expect(Self.statusLine(c).contains("hunan-2019-services.report-2019-12-31.md"))
    }
}
