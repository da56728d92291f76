import Testing
@testable import PlanModel

@Suite struct TerminalSafeTests {
    @Test func controlsAreShownVisibly() {
        let hostile = "备注\u{1B}]52;c;eA==\u{07}\u{1B}[2J\r\n伪造行\u{9B}\u{202E}abc\u{7F}"
        let safe = TerminalSafe.text(hostile)
        #expect(safe == "备注\\e]52;c;eA==\\a\\e[2J\\r\\n伪造行\\u{9B}\\u{202E}abc\\u{7F}")
        #expect(!safe.unicodeScalars.contains(where: TerminalSafe.isUnsafe))
    }

    @Test func plainTextIsKept() {
        let text = "软件业务收入 ≥550亿元 (kw1.t1.i3) ＧＤＰ 😀"
        #expect(TerminalSafe.text(text) == text)
    }
}
