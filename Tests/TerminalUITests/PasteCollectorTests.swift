import CNcursesw
import Testing
@testable import TerminalUI

@Suite struct PasteCollectorTests {
    static func feed(_ collector: inout PasteCollector, _ text: String) -> [PasteCollector.Step] {
        text.unicodeScalars.map { collector.take(code: $0.value, isKeyCode: false) }
    }

    @Test func aBracketedPasteIsOneTextWithoutControls() {
        var c = PasteCollector()
        #expect(c.take(code: UInt32(pd_key_paste_start()), isKeyCode: true) == .collected)
        let steps = Self.feed(&c, "备注\u{1B}]52;c;eA==\u{07}\u{1B}[2J\r\nq")
        #expect(steps.allSatisfy { $0 == .collected }, "nothing inside a paste acts as a key")
        #expect(c.take(code: UInt32(bitPattern: KEY_UP), isKeyCode: true) == .collected, "nor does a key code")
        #expect(c.take(code: UInt32(pd_key_paste_end()), isKeyCode: true) == .pasted("备注]52;c;eA==[2Jq"))
        #expect(c.take(code: 0x71, isKeyCode: false) == .key, "after the paste, keys are keys again")
    }
}
