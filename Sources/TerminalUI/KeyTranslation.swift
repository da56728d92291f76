import CNcursesw
import DashboardCore

/// Turns what `wget_wch` returns into a `Key`. Pure apart from the two closures it is handed,
/// so the whole table is testable without a terminal.
enum KeyTranslation {
    /// Translates one `wget_wch` result: `code` is the character (`OK`) or the key code
    /// (`KEY_CODE_YES`, then `isKeyCode` is true). `size` is asked for on `KEY_RESIZE`, `mouse`
    /// on `KEY_MOUSE`. Returns nil for input the dashboard has no use for.
    static func key(code: UInt32, isKeyCode: Bool,
                    size: () -> (width: Int, height: Int),
                    mouse: () -> MouseEvent?) -> Key? {
        isKeyCode ? keyCode(Int32(bitPattern: code), size: size, mouse: mouse) : character(code)
    }

    /// A character code: Enter, Tab, Esc, Backspace, Ctrl-letters, or a printable character.
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(0x60 + code))))
        case 0..<32, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// Function keys `F1`…`F63` (`KEY_F(n)`).
    static let functionKeys = pd_key_f(1)...pd_key_f(63)

    /// A curses key code.
    static func keyCode(_ code: Int32, size: () -> (width: Int, height: Int), mouse: () -> MouseEvent?) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case functionKeys: return .function(Int(code - pd_key_f(0)))
        case KEY_RESIZE:
            let s = size()
            return .resize(width: s.width, height: s.height)
        case KEY_MOUSE: return mouse().map(Key.mouse)
        default: return nil
        }
    }
}
