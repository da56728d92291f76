import DashboardCore
import PlanModel
import Testing

/// Keys act only on what the user can see (safe data entry).
@Suite struct SafeKeysTests {
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
