import CNcursesw
import DashboardCore
import Testing
@testable import TerminalUI

@Suite struct KeyTranslationTests {
    let size = { (width: 70, height: 20) }

    func char(_ code: UInt32) -> Key? {
        KeyTranslation.key(code: code, isKeyCode: false, size: size, mouse: { nil })
    }

    func keyCode(_ code: Int32, mouse: () -> MouseEvent? = { nil }) -> Key? {
        KeyTranslation.key(code: UInt32(bitPattern: code), isKeyCode: true, size: size, mouse: mouse)
    }

    @Test func printableCharactersIncludingCJK() {
        for text in ["a", "Z", "0", " ", "/", "?", "中", "湘", "〔", "é", "…"] {
            let scalar = text.unicodeScalars.first!
            #expect(char(scalar.value) == .char(Character(text)), "\(text)")
        }
    }

    @Test func controlCharacters() {
        #expect(char(13) == .enter)
        #expect(char(10) == .enter)
        #expect(char(27) == .escape)
        #expect(char(127) == .backspace)
        #expect(char(8) == .backspace)
        #expect(char(9) == .tab)
        #expect(char(1) == .ctrl("a"))
        #expect(char(3) == .ctrl("c"))
        #expect(char(18) == .ctrl("r"))
        #expect(char(26) == .ctrl("z"))
    }

    @Test func unusableCharactersAreIgnored() {
        for code: UInt32 in [0, 28, 29, 30, 31, 0x85, 0x9F, 0xD800, 0x110000] {
            #expect(char(code) == nil, "\(code)")
        }
    }

    @Test func keyCodes() {
        let table: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
            (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_BTAB, .backTab),
            (pd_key_f(1), .function(1)), (pd_key_f(5), .function(5)), (pd_key_f(12), .function(12)),
        ]
        for (code, key) in table {
            #expect(keyCode(code) == key, "\(code)")
        }
    }

    @Test func unknownKeyCodesAreIgnored() {
        #expect(keyCode(KEY_SHOME) == nil)
        #expect(keyCode(KEY_IC) == nil)
        #expect(keyCode(pd_key_f(0)) == nil)
    }

    @Test func resizeCarriesTheNewSize() {
        #expect(keyCode(KEY_RESIZE) == .resize(width: 70, height: 20))
    }

    @Test func mouseReportsBecomeMouseKeys() {
        let click = MouseEvent(kind: .click, x: 3, y: 4)
        #expect(keyCode(KEY_MOUSE, mouse: { click }) == .mouse(click))
        #expect(keyCode(KEY_MOUSE, mouse: { nil }) == nil)
    }

    @Test func sizeAndMouseAreOnlyAskedForTheirOwnKeys() {
        var asked = 0
        let key = KeyTranslation.key(code: UInt32(KEY_UP), isKeyCode: true,
                                     size: { asked += 1; return (1, 1) },
                                     mouse: { asked += 1; return nil })
        #expect(key == .up)
        #expect(asked == 0)
    }
}

@Suite struct MouseTranslationTests {
    @Test func buttonsMapToKinds() {
        #expect(MouseTranslation.event(buttons: pd_button1_clicked(), x: 5, y: 2) == MouseEvent(kind: .click, x: 5, y: 2))
        #expect(MouseTranslation.event(buttons: pd_button1_double_clicked(), x: 0, y: 0)?.kind == .doubleClick)
        #expect(MouseTranslation.event(buttons: pd_button4_pressed(), x: 0, y: 0)?.kind == .wheelUp)
        #expect(MouseTranslation.event(buttons: pd_button5_pressed(), x: 0, y: 0)?.kind == .wheelDown)
    }

    @Test func otherReportsAreIgnored() {
        #expect(MouseTranslation.event(buttons: 0, x: 1, y: 1) == nil)
        #expect(MouseTranslation.event(buttons: MouseTranslation.mask & ~MouseTranslation.mask, x: 1, y: 1) == nil)
    }

    @Test func theMaskAsksForEveryTranslatedEvent() {
        for buttons in [pd_button1_clicked(), pd_button1_double_clicked(), pd_button4_pressed(), pd_button5_pressed()] {
            #expect(MouseTranslation.mask & buttons == buttons)
        }
    }
}
