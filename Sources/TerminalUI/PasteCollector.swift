import CNcursesw
import DashboardCore
import PlanModel

/// Gathers the characters of a bracketed paste (between the paste-start and paste-end key
/// codes) into one `.paste` key: keys and escape sequences inside it are never acted on, and
/// control characters (ESC, newlines, C1, bidirectional overrides) are dropped.
struct PasteCollector: Sendable {
    /// The text so far, while a paste is coming in.
    private var text: String?
    /// A paste stops being collected past this many characters (the rest is dropped).
    static let limit = 100_000

    enum Step: Equatable {
        /// Not part of a paste: translate it as a key.
        case key
        /// Taken into the paste.
        case collected
        /// The paste ended: this is all of it.
        case pasted(String)
    }

    /// Takes one `wget_wch` result.
    mutating func take(code: UInt32, isKeyCode: Bool) -> Step {
        let keyCode = Int32(bitPattern: code)
        if isKeyCode, keyCode == pd_key_paste_start() {
            text = ""
            return .collected
        }
        guard var pasted = text else { return .key }
        if isKeyCode {
            guard keyCode == pd_key_paste_end() else { return .collected }
            text = nil
            return .pasted(pasted)
        }
        if let scalar = Unicode.Scalar(code), !TerminalSafe.isUnsafe(scalar), pasted.unicodeScalars.count < Self.limit {
            pasted.unicodeScalars.append(scalar)
        }
        text = pasted
        return .collected
    }
}
