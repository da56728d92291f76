import Catalogue
import DashboardCore
import PlanModel
import TestSupport
import Testing

/// Every screen in English: the wider words still fit the smallest terminal and the usual
/// sizes, rows cut and padded by display columns; the screens' own words are English.
@Suite(.language(.en)) struct EnglishScreensTests {
    /// Each screen, by the keys that open it from the dashboard.
    static let screens: [(name: String, keys: [Key])] = [
        ("dashboard", []),
        ("help", [.char("?")]),
        ("task", [.enter]),
        ("editor", [.enter] + Array(repeating: .char("j"), count: 6) + [.char("e")]),
        ("history", [.enter, .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("h")]),
        ("departments", [.char("d")]),
        ("unit tasks", [.char("d"), .enter]),
        ("search", [.char("/")] + Fixture.type("物流")),
        ("plans", [.char("p")]),
        ("follow-up list", [.char("o")]),
        ("reporting", [.char("r")]),
        ("missing items", [.char("r"), .enter]),
        ("warnings", [.char("w")]),
        ("as-of prompt", [.char("t")]),
        ("note prompt", [.enter, .char("n")]),
    ]

    static let sizes = [(60, 16), (80, 24), (120, 40)]

    static func state(_ width: Int, _ height: Int, keys: [Key]) -> AppState {
        // `LocalTime.current` (PlanModel) takes the language of the task that first reads it; read it
        // in Chinese first, so rendering times in English here cannot change the zone of other tests.
        _ = Language.$chosen.withValue(.zh) { LocalTime.current }
        var s = Fixture.state(width, height, plans: OtherScreensTests.plans)
        s.take(.journalWarnings(["Plans/hunan-2019-services.progress.jsonl:14:1: torn line skipped"]))
        _ = s.handle(.function(12))
        for k in keys { _ = s.handle(k) }
        return s
    }

    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    @Test(arguments: sizes)
    func everyScreenFitsAndItsKeyBarIsEnglish(size: (Int, Int)) {
        for screen in Self.screens {
            let lines = Fixture.lines(Self.state(size.0, size.1, keys: screen.keys))
            Fixture.expectExactSize(lines, size.0, size.1)
            #expect(!Self.hasChinese(lines[lines.count - 1]), "\(screen.name) at \(size): |\(lines[lines.count - 1])|")
        }
    }

    @Test(arguments: sizes)
    func everyScreenFitsInChineseToo(size: (Int, Int)) {
        for screen in Self.screens {
            let lines = Language.$chosen.withValue(.zh) { Fixture.lines(Self.state(size.0, size.1, keys: screen.keys)) }
            Fixture.expectExactSize(lines, size.0, size.1)
        }
    }

    @Test func theHelpScreenHasNoChineseAtAll() {
        for size in Self.sizes {
            var s = Self.state(size.0, size.1, keys: [.char("?")])
            for _ in 0..<8 {
                let lines = Fixture.lines(s)
                #expect(!lines.contains(where: Self.hasChinese), "at \(size): \(lines.filter(Self.hasChinese))")
                _ = s.handle(.pageDown)
            }
        }
    }

    @Test func statusLinesSayWhereYouAreInEnglish() {
        let expected: [(keys: [Key], text: String)] = [
            ([], "pane 1/5 · task 1/4"),
            ([.char("d")], "Enter lists its tasks"),
            ([.char("d"), .enter], "task 1/"),
            ([.char("/")] + Fixture.type("物流"), "Enter opens its task"),
            ([.enter], "selected kw1.m1"),
            ([.char("p")], "plan 1/2"),
        ]
        for (keys, text) in expected {
            let lines = Fixture.lines(Self.state(120, 40, keys: keys))
            #expect(lines[38].contains(text), "|\(lines[38])| lacks \(text)")
        }
    }

    @Test func theSameScreenIsChineseInChinese() {
        let english = Fixture.lines(Self.state(120, 40, keys: [.char("d")]))
        let chinese = Language.$chosen.withValue(.zh) { Fixture.lines(Self.state(120, 40, keys: [.char("d")])) }
        #expect(english[0].contains("Department workload  32 responsible units"))
        #expect(chinese[0].contains("部门工作量  32 个责任单位"))
        #expect(chinese[39].contains("单位") && !Self.hasChinese(english[39]))
    }
}
