import Catalogue
import DashboardCore
import Foundation
import PlanModel
import TestSupport
import Testing

/// Editing in a task area: the inline value editor, Space on milestones and measures, notes,
/// and the effects the runner gets.
@Suite(.language(.zh)) struct EditingTests {
    /// kw1 open, the cursor on 软件业务收入 (kw1.t1.i3, 412.5 in the fixture).
    static func onRevenue(_ width: Int = 120, _ height: Int = 40) -> AppState {
        var s = Fixture.state(width, height)
        _ = s.open(.task("kw1"))
        for _ in 0..<6 { _ = s.handle(.char("j")) }
        return s
    }

    /// Every effect the keys produce, in order.
    static func press(_ s: inout AppState, _ keys: [Key]) -> [AppEffect] {
        keys.flatMap { s.handle($0) }
    }

    static func statusLine(_ s: AppState) -> String { Fixture.lines(s)[s.height - 2] }
    static func keyBar(_ s: AppState) -> String { Fixture.lines(s)[s.height - 1] }
    static func selectedRow(_ s: AppState) -> String { Fixture.focusedLine(Fixture.lines(s)) ?? "" }

    @Test func theCursorStartsOnRevenue() {
        #expect(Self.statusLine(Self.onRevenue()).contains("选中 kw1.t1.i3"))
    }

    @Test func enterOpensTheEditorOnThePresentFigureAndValidInputRecords() {
        var s = Self.onRevenue()
        #expect(Self.press(&s, [.enter]).isEmpty)
        #expect(Self.selectedRow(s).contains("≥550亿元  412.5 "))
        #expect(Self.statusLine(s).contains("编辑 kw1.t1.i3 软件业务收入 · 目标 ≥550亿元 · 单位 亿元"))
        #expect(Self.keyBar(s).hasPrefix("Enter 保存 / 确定  Esc 取消"))
        let effects = Self.press(&s, [.ctrl("u")] + Fixture.type("500亿元") + [.enter])
        #expect(effects == [.record(Change(item: "kw1.t1.i3", value: .number(500), at: Fixture.yearEnd, expecting: .number(412.5)))])
    }

    @Test(arguments: [
        ("kw1.t1.i3", 6, "412.5"), ("kw1.t1.i3", 6, "412.5亿元"), ("kw1.t2.i3", 10, "1,000"),
        ("kw1.t2.i3", 10, "1000家"), ("kw1.t1.i4", 7, "12%"), ("kw1.t1.i4", 7, "12.5％"),
    ])
    func everyFormValueInputAcceptsGivesTheRecordEffect(item: String, steps: Int, text: String) {
        // Nothing recorded yet, so no form repeats a value the item already holds.
        var s = AppState(status: PlanStatus(plan: Fixture.plan, ledger: ProgressLedger(), asOf: Fixture.yearEnd), colors: false)
        _ = s.handle(.resize(width: 120, height: 40))
        _ = s.open(.task("kw1"))
        for _ in 0..<steps { _ = s.handle(.down) }
        #expect(Self.statusLine(s).contains("选中 \(item)"))
        let effects = Self.press(&s, [.char("e"), .ctrl("u")] + Fixture.type(text) + [.enter])
        #expect(effects == [.record(Change(item: item, value: try? ValueInput.value(text, for: Fixture.status().index.items[item]!).get(), at: Fixture.yearEnd, expecting: nil))], "status line: \(Self.statusLine(s))")
    }

    @Test(arguments: [
        ("500家", "kw1.t1.i3：" + ValueInput.Problem.wrongUnit(given: "家", expected: "亿元").description),
        ("五百", "kw1.t1.i3：" + ValueInput.Problem.notANumber("五百").description),
        ("", "kw1.t1.i3：" + ValueInput.Problem.empty.description),
    ])
    func refusedInputSaysWhyKeepsTheEditorAndTheValue(text: String, problem: String) {
        var s = Self.onRevenue()
        let effects = Self.press(&s, [.enter, .ctrl("u")] + Fixture.type(text) + [.enter])
        #expect(effects.isEmpty)
        #expect(Self.statusLine(s).contains(problem))
        // Still editing, with the text as typed.
        #expect(Self.keyBar(s).hasPrefix("Enter 保存"))
        #expect(Self.selectedRow(s).contains("≥550亿元  \(text)"))
        // The previous value stays.
        _ = s.handle(.escape)
        #expect(Self.selectedRow(s).contains("412.5亿元"))
        #expect(s.status.values["kw1.t1.i3"]?.value == .number(412.5))
    }

    @Test func typingReplacesThePresentValueUnlessItWasEditedFirst() {
        var s = Self.onRevenue()
        _ = s.handle(.enter)
        // Shown selected, as a spreadsheet cell: the first character typed replaces it.
        let grid = s.render(width: 120, height: 40)
        let y = Fixture.lines(s).firstIndex { $0.contains("▸   软件业务收入") }!
        let x = DisplayWidth.of(grid.lines[y].prefix { $0 != "≥" }) + 10
        #expect(grid[x, y].character == "4" && grid[x, y].style.reverse)
        #expect(Self.statusLine(s).contains("输入即替换现值"))
        #expect(Self.press(&s, Fixture.type("500") + [.enter]) == [.record(Change(item: "kw1.t1.i3", value: .number(500), at: Fixture.yearEnd, expecting: .number(412.5)))])
        // A movement or deletion first edits the value instead.
        s = Self.onRevenue()
        #expect(Self.press(&s, [.enter, .backspace] + Fixture.type("8") + [.enter]) == [.record(Change(item: "kw1.t1.i3", value: .number(412.8), at: Fixture.yearEnd, expecting: .number(412.5)))])
        s = Self.onRevenue()
        #expect(Self.press(&s, [.enter, .home] + Fixture.type("1") + [.enter]) == [.record(Change(item: "kw1.t1.i3", value: .number(1412.5), at: Fixture.yearEnd, expecting: .number(412.5)))])
    }

    @Test func escCancelsWithoutAnEffect() {
        var s = Self.onRevenue()
        let effects = Self.press(&s, [.enter] + Fixture.type("9999") + [.escape])
        #expect(effects.isEmpty)
        #expect(Self.selectedRow(s).contains("412.5亿元"))
        #expect(Self.keyBar(s).hasPrefix("↑↓ 条目"))
        // Keys move the cursor again.
        _ = s.handle(.down)
        #expect(Self.statusLine(s).contains("选中 kw1.t1.i4"))
    }

    @Test func theSameValueAgainClosesWithoutRecording() {
        var s = Self.onRevenue()
        #expect(Self.press(&s, [.enter, .enter]).isEmpty)
        #expect(Self.statusLine(s).contains(Message.unchanged(item: "kw1.t1.i3 软件业务收入", value: "412.5").text()))
    }

    @Test(arguments: [(120, 40), (80, 24), (60, 16)])
    func theEditorStaysInItsCellWithEveryRowExactlyTheWidth(size: (Int, Int)) {
        var s = Self.onRevenue(size.0, size.1)
        _ = Self.press(&s, [.enter] + Fixture.type("一二三四五六七八九十一二三四五六七八九十") + [.left, .left, .left])
        let lines = Fixture.lines(s)
        Fixture.expectExactSize(lines, size.0, size.1)
        let row = Self.selectedRow(s)
        #expect(row.contains("软件业务收入"))
        // The field scrolled: its start is out of view, the characters around the cursor show.
        #expect(!row.contains("412.5一"))
        #expect(row.contains("七八九"))
    }

    @Test func theEditorsCursorIsDrawnAndMovesByCharacter() {
        var s = Self.onRevenue()
        _ = Self.press(&s, [.enter, .ctrl("u")] + Fixture.type("412亿元"))
        let grid = s.render(width: 120, height: 40)
        let y = Fixture.lines(s).firstIndex { $0.contains("▸   软件业务收入") }!
        let x = grid.lines[y].firstIndex(of: "≥").map { DisplayWidth.of(grid.lines[y][..<$0]) }! + 10
        // 412亿元 then the cursor cell.
        #expect(!grid[x, y].style.reverse && grid[x, y].character == "4")
        #expect(grid[x + 7, y].style.reverse)
        _ = Self.press(&s, [.left, .left])
        let moved = s.render(width: 120, height: 40)
        #expect(moved[x + 3, y].character == "亿" && moved[x + 3, y].style.reverse)
        #expect(!moved[x + 7, y].style.reverse)
    }

    @Test func spaceCyclesMilestonesAndMeasures() {
        var s = Fixture.state(120, 40)
        _ = s.open(.task("kw1"))
        // kw1.m1 is done in the fixture: the status line says what Space would record, then Space does it.
        #expect(Self.statusLine(s).contains("选中 kw1.m1 · Space：已完成 → 未开始"))
        #expect(Self.press(&s, [.char(" ")]) == [.record(Change(item: "kw1.m1", value: .status(.notStarted), at: Fixture.yearEnd, expecting: .status(.done)))])
        _ = Self.press(&s, [.down])
        // kw1.m2 has nothing recorded: not started → in progress.
        #expect(Self.press(&s, [.char(" ")]) == [.record(Change(item: "kw1.m2", value: .status(.inProgress), at: Fixture.yearEnd, expecting: nil))])
        _ = Self.press(&s, [.down, .down, .down, .down, .down])
        #expect(Self.press(&s, [.char(" ")]).isEmpty, "Space on a figure")
        #expect(Self.statusLine(s).contains("Enter 或 e 填写"))
    }

    @Test func enterOpensTheHistoryOfAMeasureOrMilestoneAndChangesNothing() {
        var s = Fixture.state(120, 40)
        _ = s.open(.task("kw1"))
        // Enter just after opening a task area: measure 1's history, no record.
        #expect(Self.press(&s, [.enter]).isEmpty)
        #expect(Fixture.lines(s)[0].contains("历史  kw1.m1"))
        _ = Self.press(&s, [.escape, .down, .down, .down, .down])
        #expect(Self.statusLine(s).contains("选中 kw1.t1.i1"))
        #expect(Self.press(&s, [.char("e")]).isEmpty, "e on a milestone records nothing")
        #expect(Self.statusLine(s).contains(Message.spaceChangesStatus.text()))
        #expect(Self.press(&s, [.enter]).isEmpty)
        #expect(Fixture.lines(s)[0].contains("历史  kw1.t1.i1"))
    }

    @Test func theChangeShowsBeforeItIsRecorded() {
        var s = Self.onRevenue()
        _ = Self.press(&s, [.enter] + Fixture.type("500"))
        #expect(Self.statusLine(s).contains(Message.willRecord(item: "kw1.t1.i3 软件业务收入", old: "412.5", new: "500").text()))
    }

    @Test func editsStandForTheAsOfDayShown() {
        var s = Self.onRevenue()
        Fixture.dataChanged(&s, Fixture.status(asOf: Fixture.day("2019-09-30")))
        let effects = Self.press(&s, [.enter, .ctrl("u")] + Fixture.type("300") + [.enter])
        #expect(effects == [.record(Change(item: "kw1.t1.i3", value: .number(300), at: Fixture.day("2019-09-30"), expecting: .number(412.5)))])
    }

    @Test func nAsksForANoteAndEnterRecordsIt() {
        var s = Self.onRevenue()
        #expect(Self.press(&s, [.char("n")]).isEmpty)
        #expect(Self.statusLine(s).contains("备注 kw1.t1.i3 软件业务收入："))
        // An empty note is refused and the prompt stays.
        #expect(Self.press(&s, [.enter]).isEmpty)
        #expect(Self.keyBar(s).contains(Message.emptyNote.text()))
        #expect(Self.statusLine(s).contains("备注 kw1.t1.i3"))
        let effects = Self.press(&s, Fixture.type("省工信厅 Q3 报送") + [.enter])
        #expect(effects == [.record(Change(item: "kw1.t1.i3", value: .number(412.5), note: "省工信厅 Q3 报送", at: Fixture.yearEnd, expecting: .number(412.5)))])
        #expect(Self.statusLine(s).contains("选中 kw1.t1.i3"), "the prompt closed")
    }

    @Test func theNotePromptIsTheSameLineEditor() {
        var s = Self.onRevenue(80, 24)
        _ = Self.press(&s, [.char("n")] + Fixture.type("张三李四") + [.left, .left, .backspace, .home, .delete])
        #expect(Self.statusLine(s).contains("： 李四 "))
        Fixture.expectExactSize(Fixture.lines(s), 80, 24)
        #expect(Self.press(&s, [.escape]).isEmpty)
        #expect(Self.statusLine(s).contains("选中 kw1.t1.i3"))
    }

    @Test func undoRedoAndReportAreEffectsFromAnyScreen() {
        var s = Fixture.state(120, 40)
        #expect(Self.press(&s, [.char("u")]) == [.undo])
        #expect(Self.press(&s, [.ctrl("r")]) == [.redo])
        #expect(Self.press(&s, [.char("x")]) == [.writeReport])
        _ = s.open(.task("kw1"))
        #expect(Self.press(&s, [.char("u"), .ctrl("r")]) == [.undo, .redo])
        _ = s.open(.departments)
        #expect(Self.press(&s, [.char("u")]) == [.undo])
    }

    @Test func tAsksForADayAndRefusesABadOne() {
        var s = Fixture.state(120, 40)
        #expect(Self.press(&s, [.char("t")]).isEmpty)
        #expect(Self.statusLine(s).contains("截至日期 YYYY-MM-DD（空 = 默认）： 2019-12-31"))
        #expect(Self.press(&s, [.ctrl("u")] + Fixture.type("2019-13-01") + [.enter]).isEmpty)
        #expect(Self.keyBar(s).contains(Message.notADate("2019-13-01").text()))
        #expect(Self.statusLine(s).contains("2019-13-01"), "the prompt stays with the text")
        #expect(Self.press(&s, [.ctrl("u")] + Fixture.type("2019-09-30") + [.enter]) == [.setAsOf(Fixture.day("2019-09-30"))])
        #expect(Self.press(&s, [.char("t"), .ctrl("u"), .enter]) == [.setAsOf(nil)])
        // The present day shows selected: typing a day replaces it, ← first edits it.
        #expect(Self.press(&s, [.char("t")] + Fixture.type("2019-06-30") + [.enter]) == [.setAsOf(Fixture.day("2019-06-30"))])
        #expect(Self.press(&s, [.char("t"), .left, .backspace, .char("0"), .enter]) == [.setAsOf(Fixture.day("2019-12-01"))])
        #expect(Self.press(&s, [.char("t"), .escape]).isEmpty)
        #expect(Fixture.lines(s)[0].contains("湘服联办"))
    }

    @Test func helpAndKeyBarsListTheEditingKeys() {
        var s = Fixture.state(120, 40, keys: [.char("?")])
        var seen = Fixture.lines(s)
        for _ in 0..<5 {
            _ = s.handle(.pageDown)
            seen += Fixture.lines(s)
        }
        for text in ["] [", "下一个 / 上一个搜索结果", "n N", "任务详情中 n 是备注", "u", "撤销自己的修改", "C-r", "重做",
                     "截至日期：按该日查看", "写出当前截至日期的 Markdown 通报", "Enter e", "填写指标实际值",
                     "未开始 → 推进中 → 已完成", "给选中条目记一条备注", "修改历史和趋势", "填写与提示行", "Home End C-a C-e",
                     "Backspace Del", "修改历史"] {
            #expect(Fixture.contains(seen, text), "help lacks \(text)")
        }
        let bar = Self.keyBar(Self.onRevenue())
        for hint in ["Enter 编辑", "Space 状态", "n 备注", "h 历史", "u 撤销", "t 日期", "x 报告", "] [ 结果"] {
            #expect(bar.contains(hint), "key bar lacks \(hint)")
        }
    }
}
