// not messages: closing punctuation marks, a table of characters for line breaking

/// Column widths of text on a terminal, per `Character`: 2 for CJK and full-width forms,
/// 0 for combining marks and zero-width characters, 1 otherwise. Ambiguous-width characters
/// (①, …, ℃, —) count as 1.
public enum DisplayWidth {
    /// The columns one character takes.
    public static func of(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        if c.isASCII { return first.value < 0x20 || first.value == 0x7F ? 0 : 1 }
        // Emoji presentation sequences are wide.
        if c.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return scalarWidth(first)
    }

    /// The columns a string takes.
    public static func of(_ s: some StringProtocol) -> Int {
        if let w = ofStandaloneScalars(s) { return w }
        var w = 0
        for c in s { w += of(c) }
        return w
    }

    /// The width summed per scalar, when every scalar of `s` is one that always stands as a
    /// character of its own (no marks, joiners, selectors, jamo or flags), so that it equals
    /// the width per character; nil otherwise. Screens measure every visible row every frame,
    /// and this spares them finding character boundaries.
    static func ofStandaloneScalars(_ s: some StringProtocol) -> Int? {
        var w = 0
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v >= 0x20 && v < 0x7F {
                w += 1
            } else if isCommonWide(v) {
                w += 2
            } else if standsAlone(v) {
                w += scalarWidth(scalar)
            } else {
                return nil
            }
        }
        return w
    }

    /// CJK ideographs, Hangul syllables and full-width forms: wide, never marks.
    private static func isCommonWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF01...0xFF60: return true
        default: return false
        }
    }

    /// Scalars that never join the character before or after them.
    private static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x2BFF,
             0x3000...0x3029, 0x3030...0x303E, 0x3041...0x3096, 0x309B...0x30FF, 0x3105...0x312F,
             0x3131...0x318E, 0x3190...0x31E3, 0x31F0...0x33FF, 0xA000...0xA48C,
             0xFE30...0xFE4F, 0xFF61...0xFF9D, 0xFFE0...0xFFEE:
            return true
        default:
            return false
        }
    }

    static func scalarWidth(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15), plus wide emoji.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F,
             0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `s` that fits in `width` columns, never splitting a character.
    /// With `ellipsis`, text that does not fit ends in `…` within the width.
    public static func truncate(_ s: String, to width: Int, ellipsis: Bool = true) -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return s }
        let room = ellipsis ? width - 1 : width
        var out = ""
        var used = 0
        for c in s {
            let w = of(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        return ellipsis ? out + "…" : out
    }

    /// `s` truncated and then padded with spaces to exactly `width` columns.
    public static func fit(_ s: String, to width: Int, alignRight: Bool = false) -> String {
        let t = truncate(s, to: width)
        let pad = String(repeating: " ", count: max(0, width - of(t)))
        return alignRight ? pad + t : t + pad
    }

    /// Marks that never begin a line (they stay with the text before them).
    public static let closingMarks: Set<Character> = ["。", "，", "、", "；", "：", "？", "！", "）", "》", "」", "』", "”", "’",
        "〕", "】",
                                                      ",", ".", ";", ":", "?", "!", ")", "%", "％"]

    /// Marks that never end a line (they stay with the text after them).
    public static let openingMarks: Set<Character> = ["（", "《", "「", "『", "“", "‘", "〔", "【", "("]

    /// Splits text into lines of at most `width` columns. Chinese text breaks between any two
    /// characters, but a run of Latin letters or digits (550, 2019-2021, 10%) is kept whole when
    /// it fits on a line, a closing mark (。，) never begins a line, and spaces at a break are dropped.
    public static func wrap(_ s: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var used = 0
        func breakLine() {
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
            line = ""
            used = 0
        }
        for token in tokens(s) {
            if token == "\n" { breakLine(); continue }
            let w = of(token)
            if used + w > width, used > 0 {
                breakLine()
                if token.allSatisfy({ $0 == " " }) { continue }
            }
            if w <= width {
                line += token
                used += w
                continue
            }
            for c in token {   // longer than a whole line: break inside it
                let cw = of(c)
                if used + cw > width, used > 0 { breakLine() }
                line.append(c)
                used += cw
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Pieces that wrapping keeps together: a Latin word or number, or one other character,
    /// each with the opening marks before it and the closing marks after it.
    static func tokens(_ s: String) -> [String] {
        func isWordPart(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "-" ||
            c == "_") }
        var out: [String] = []
        for c in s {
            if let last = out.last, last != "\n", last.last != " " {
                if last.allSatisfy(openingMarks.contains), c != " ", c != "\n" {
                    out[out.count - 1].append(c)
                    continue
                }
                let joinsWord = isWordPart(c) && isWordPart(last.last!) && !closingMarks.contains(last.last!)
                if joinsWord || (closingMarks.contains(c) && c != "." ) || (c == "." && !isWordPart(last.last!)) {
                    out[out.count - 1].append(c)
                    continue
                }
            }
            out.append(String(c))
        }
        return out
    }
}
