import Catalogue
import DashboardCore
import TestSupport
import Testing

@Suite(.language(.zh)) struct GoldenTests {
    @Test func dashboardAt120x40() {
        Fixture.golden.check(lines: Fixture.lines(Fixture.state(120, 40)), "dashboard-120x40.txt")
    }

    @Test func taskDetailAt80x24() {
        var s = Fixture.state(80, 24)
        let opened = s.open(.task("kw1"))
        #expect(opened)
        Fixture.golden.check(lines: Fixture.lines(s), "task-kw1-80x24.txt")
    }

    @Test func chaseListAt120x40() {
        Fixture.golden.check(lines: Fixture.lines(Fixture.state(120, 40, keys: [.char("o")])), "overdue-120x40.txt")
    }

    @Test func reportingAt120x40() {
        Fixture.golden.check(lines: Fixture.lines(Fixture.state(120, 40, keys: [.char("r")])), "reporting-120x40.txt")
    }

    /// The same screens in English (`Language.$chosen`), at 120×40.
    @Test(arguments: [("dashboard", [Key]()), ("task-kw1", [.enter]), ("departments", [.char("d")]), ("help", [.char("?")])])
    func englishAt120x40(name: String, keys: [Key]) {
        let lines = Language.$chosen.withValue(.en) { Fixture.lines(Fixture.state(120, 40, keys: keys)) }
        Fixture.golden.check(lines: lines, "\(name)-120x40.en.txt")
    }

    @Test func aDifferenceNamesTheRowsThatDiffer() {
        let text = GoldenFolder.diff(expected: "a\nb \nc\n", actual: "a\nb\nc\n", name: "x.txt")
        #expect(text.contains("row 2:"))
        #expect(text.contains("expected |b |"))
        #expect(text.contains("actual   |b|"))
        #expect(!text.contains("row 1:") && !text.contains("row 3:"))
    }
}
