/// Makes text from outside (plan files, journals, notices, file names, the environment) safe
/// to show on a terminal or in a one-line field: C0 and C1 control characters, ESC, DEL and
/// the bidirectional overrides and isolates are shown visibly (`\e`, `\n`, `\t`, `\u{202E}`,
/// …) instead of reaching the terminal, so no escape sequence, bell, carriage return or forged
/// line passes through. Everything else, Chinese included, is kept as it is.
public enum TerminalSafe {
    /// `text` with every control shown visibly; unchanged (and not copied) when it has none.
    public static func text(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            guard isUnsafe(s) else {
                out.append(s)
                continue
            }
            out.append(contentsOf: visible(s).unicodeScalars)
        }
        return String(out)
    }

    /// Whether a scalar must not reach a terminal as it is.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        // Plain comparisons, cheapest first: every character of every line printed passes here.
        let v = s.value
        if v < 0x20 { return true }
        if v < 0x7F { return false }
        if v <= 0x9F { return true }
        if v < 0x061C { return false }
        return v == 0x061C || v == 0x200E || v == 0x200F || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

    private static func visible(_ s: Unicode.Scalar) -> String {
        switch s.value {
        case 0x1B: return "\\e"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0x07: return "\\a"
        case 0x08: return "\\b"
        default: return "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
        }
    }
}
