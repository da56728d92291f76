import DashboardCore
import PlanModel
import TestSupport
import Testing

/// Keys act only on what the user can see (safe data entry).
@Suite(.language(.zh)) struct SafeKeysTests {
    @Test func tooSmallIgnoresEveryKeyButHelpAndQuit() {
        var s = Fixture.state(120, 40)
        _ = s.handle(.resize(width: 50, height: 12))
        for key: Key in [.enter, .char(" "), .char("e"), .char("u"), .ctrl("r"), .char("x"), .char("t"), .down, .enter, .char(" ")] {
            #expect(s.handle(key).isEmpty, "\(key) acted on a hidden screen")
        }
        _ = s.handle(.resize(width: 120, height: 40))
        #expect(Fixture.lines(s)[0].contains("湘服联办"), "still on the dashboard: nothing was opened")
        _ = s.handle(.resize(width: 50, height: 12))
        _ = s.handle(.char("?"))
        _ = s.handle(.resize(width: 120, height: 40))
        #expect(Fixture.lines(s)[0].contains("帮助"))
        _ = s.handle(.resize(width: 50, height: 12))
        #expect(s.handle(.char("q")) == [.quit])
    }

    @Test func pagingInATaskAreaKeepsTheSelectionOnScreen() {
        var s = Fixture.state(120, 40)
        _ = s.open(.task("kw1"))
        for _ in 0..<4 {
            _ = s.handle(.pageDown)
            let lines = Fixture.lines(s)
            let selected = lines[38].components(separatedBy: "选中 ").last?.split(separator: " ").first.map(String.init) ?? ""
            #expect(lines[2..<38].contains { $0.hasPrefix("▸") }, "a ▸ on screen for \(selected)")
        }
        for _ in 0..<4 {
            _ = s.handle(.pageUp)
            #expect(Fixture.lines(s)[2..<38].contains { $0.hasPrefix("▸") })
        }
    }

    @Test func aPasteIsTextInAFieldAndNothingElsewhere() {
        var s = EditingTests.onRevenue()
        // On the dashboard or a task area, a paste does nothing at all.
        #expect(s.handle(.paste("q u x 500")).isEmpty)
        _ = s.handle(.char("n"))
        _ = s.handle(.paste("省工信厅报送 q"))
        #expect(EditingTests.statusLine(s).contains("省工信厅报送 q"), "pasted into the note prompt")
        let effects = s.handle(.enter)
        #expect(effects == [.record(Change(item: "kw1.t1.i3", value: .number(412.5), note: "省工信厅报送 q", at: Fixture.yearEnd, expecting: .number(412.5)))])
    }
}

/// A value or day that may be a slip is asked about before it counts.
@Suite(.language(.zh)) struct ConfirmationTests {
    @Test func aFigureFarPastItsGoalIsRecordedOnlyAfterASecondEnter() {
        var s = EditingTests.onRevenue()
        var effects = s.handle(.enter)
        for c in "99999999" { effects += s.handle(.char(c)) }
        effects += s.handle(.enter)
        #expect(effects.isEmpty, "asked first")
        #expect(EditingTests.statusLine(s).contains("100"), "says why: \(EditingTests.statusLine(s))")
        #expect(EditingTests.keyBar(s).hasPrefix("Enter 保存"), "still editing")
        effects = s.handle(.enter)
        #expect(effects == [.record(Change(item: "kw1.t1.i3", value: .number(99_999_999), at: Fixture.yearEnd, expecting: .number(412.5)))])
    }

    @Test func editingAfterTheQuestionAsksAgain() {
        var s = EditingTests.onRevenue()
        _ = s.handle(.enter)
        for c in "99999999" { _ = s.handle(.char(c)) }
        _ = s.handle(.enter)
        _ = s.handle(.char("9"))
        #expect(s.handle(.enter).isEmpty, "a changed value is asked about again")
    }

    @Test func aDayOutsideThePlanIsShownOnlyAfterASecondEnter() {
        var s = Fixture.state(120, 40)
        _ = s.handle(.char("t"))
        for c in "2031-01-01" { _ = s.handle(.char(c)) }
        #expect(s.handle(.enter).isEmpty)
        #expect(Fixture.lines(s)[39].contains("2019-04-24"), "names the plan's span: \(Fixture.lines(s)[39])")
        #expect(s.handle(.enter) == [.setAsOf(CalendarDate(year: 2031, month: 1, day: 1)!)])
        _ = s.handle(.char("t"))
        for c in "2019-06-30" { _ = s.handle(.char(c)) }
        #expect(s.handle(.enter) == [.setAsOf(CalendarDate(year: 2019, month: 6, day: 30)!)], "a day inside is not asked about")
    }
}

/// Journal warnings show in full on their own screen when the status line cannot hold them.
@Suite(.language(.zh)) struct WarningsScreenTests {
    @Test func wListsEveryWarningInFullWithItsLine() {
        var s = Fixture.state(80, 24)
        let long = "Plans/hunan-2019-services.progress.jsonl:13:1: record gone names kw9.t9.i9, which the plan no longer has: kept, not shown"
        s.take(.journalWarnings([long, "Plans/hunan-2019-services.progress.jsonl:14:1: torn line \u{1B}[2J skipped"]))
        #expect(Fixture.lines(s)[22].contains("w"), "the status line says how to see them all")
        _ = s.handle(.char("w"))
        let lines = Fixture.lines(s)
        #expect(lines[0].contains("2"))
        let body = lines[2..<22].joined()
        #expect(body.contains(":13:1:") && body.contains("kept, not shown"), "the long one in full, wrapped")
        #expect(body.contains("\\e[2J") && !body.contains("\u{1B}"), "controls shown, never sent")
        #expect(lines.allSatisfy { DisplayWidth.of($0) == 80 })
        _ = s.handle(.escape)
        #expect(Fixture.lines(s)[0].contains("湘服联办"))
    }
}

/// Plan text from another office is hostile: a line break or control inside it never forges a
/// row or reaches a cell as it is.
@Suite(.language(.zh)) struct HostilePlanTextTests {
    @Test func controlsInPlanTextShowVisiblyAndForgeNoRow() {
        var plan = Fixture.plan
        plan.sections[0].tasks[0].measures[0].text = "研究制定\n伪造行 █ 100%\u{1B}]52;c;eA==\u{07}\u{9B}2J\u{202E}结束"
        plan.sections[0].tasks[0].title = "补齐\r生产服务短板\u{1B}[31m"
        var s = AppState(status: PlanStatus(plan: plan, ledger: ProgressLedger(), asOf: Fixture.yearEnd), colors: false)
        _ = s.handle(.resize(width: 120, height: 40))
        let dashboard = s.render(width: 120, height: 40)
        _ = s.open(.task("kw1"))
        let detail = s.render(width: 120, height: 40)
        for grid in [dashboard, detail] {
            let text = grid.lines.joined(separator: "\n")
            #expect(!text.unicodeScalars.contains { TerminalSafe.isUnsafe($0) && $0 != "\n" }, "a control reached a cell")
            #expect(grid.lines.allSatisfy { DisplayWidth.of($0) == 120 })
        }
        #expect(!detail.lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("伪造行") }, "no forged row")
        #expect(detail.lines.contains { $0.contains("研究制定\\n伪造行") }, "the line break shows as \\n")
        #expect(dashboard.lines.contains { $0.contains("补齐\\r生产服务") })
    }
}
