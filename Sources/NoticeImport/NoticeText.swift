// not messages: input vocabulary: brackets, quotes and numerals of notice text
import PlanModel

/// A piece of notice text held twice, character for character: as written (what goes into the
/// plan) and folded (what the importer matches against; see `ChineseFolding`). Offsets are
/// `Character` positions and mean the same in both.
struct NoticeText: Equatable, CustomStringConvertible {
    let original: [Character]
    let folded: [Character]

    init<S: Sequence>(_ chars: S) where S.Element == Character {
        original = Array(chars)
        folded = original.map(ChineseFolding.fold)
    }

    private init(original: ArraySlice<Character>, folded: ArraySlice<Character>) {
        self.original = Array(original)
        self.folded = Array(folded)
    }

    /// One line of a notice, cleaned: leading and trailing blanks dropped, and blanks inside
    /// dropped too unless they stand between two Latin letters or digits (`Fortune 500`).
    static func cleanLine(_ line: Substring) -> NoticeText {
        let chars = Array(line.filter { $0 != "\u{200B}" && $0 != "\u{FEFF}" && $0 != "\u{200C}" && $0 != "\u{200D}" })
        var out: [Character] = []
        var i = 0
        while i < chars.count {
            if chars[i].isWhitespace {
                var j = i
                while j < chars.count, chars[j].isWhitespace { j += 1 }
                if let before = out.last, j < chars.count, isLatinWord(before),
                    isLatinWord(chars[j]) { out.append(" ") }
                i = j
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return NoticeText(out)
    }

    private static func isLatinWord(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }

    var count: Int { original.count }
    var isEmpty: Bool { original.isEmpty }
    var description: String { String(original) }
    var foldedString: String { String(folded) }

    subscript(_ range: Range<Int>) -> NoticeText {
        NoticeText(original: original[range], folded: folded[range])
    }

    func dropFirst(_ n: Int) -> NoticeText { self[min(n, count)..<count] }
    func dropLast(_ n: Int) -> NoticeText { self[0..<max(0, count - n)] }

    /// The text without the given characters (folded) at either end.
    func trimming(_ set: Set<Character>) -> NoticeText {
        var lo = 0, hi = count
        while lo < hi, set.contains(folded[lo]) { lo += 1 }
        while hi > lo, set.contains(folded[hi - 1]) { hi -= 1 }
        return self[lo..<hi]
    }

    /// Joins pieces with nothing between them (Chinese text has no spaces).
    static func + (a: NoticeText, b: NoticeText) -> NoticeText {
        NoticeText(original: ArraySlice(a.original + b.original), folded: ArraySlice(a.folded + b.folded))
    }

    // MARK: - Matching on the folded form

    func has(_ word: String, at i: Int) -> Bool {
        var k = i
        for c in word {
            guard k < count, folded[k] == c else { return false }
            k += 1
        }
        return true
    }

    func hasPrefix(_ word: String) -> Bool { has(word, at: 0) }

    func hasSuffix(_ word: String) -> Bool {
        let n = word.count
        return n <= count && has(word, at: count - n)
    }

    /// The first offset at or after `from` where `word` starts.
    func find(_ word: String, from: Int = 0) -> Int? {
        guard let first = word.first, from < count else { return nil }
        var i = max(0, from)
        while i < count {
            if folded[i] == first, has(word, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// The last offset where `word` starts.
    func findLast(_ word: String) -> Int? {
        var i = count - word.count
        while i >= 0 {
            if has(word, at: i) { return i }
            i -= 1
        }
        return nil
    }

    func contains(_ word: String) -> Bool { find(word) != nil }

    /// The first of `words` that the text starts with, longest first.
    func prefixWord(_ words: [String]) -> String? {
        words.filter(hasPrefix).max { $0.count < $1.count }
    }

    /// The first of `words` that the text ends with, longest first.
    func suffixWord(_ words: [String]) -> String? {
        words.filter(hasSuffix).max { $0.count < $1.count }
    }

    /// Splits on any of `separators` (folded) outside brackets and quotes: 《》 “” ‘’ () 「」 【】 [].
    func split(on separators: Set<Character>) -> [NoticeText] {
        var parts: [NoticeText] = []
        var start = 0
        var depth = 0
        var inQuote = false
        for i in 0..<count {
            let c = folded[i]
            switch c {
            case "《", "(", "「", "【", "[", "〔": depth += 1
            case "》", ")", "」", "】", "]", "〕": depth = max(0, depth - 1)
            case "“", "”", "\"":
                if c == "“" { inQuote = true } else if c == "”" { inQuote = false } else { inQuote.toggle() }
            default:
                if depth == 0, !inQuote, separators.contains(c), !NoticeText.isThousandsComma(folded, at: i) {
                    parts.append(self[start..<i])
                    start = i + 1
                }
            }
        }
        parts.append(self[start..<count])
        return parts
    }

    /// A comma between digit groups (1,000): three digits follow it, then no digit.
    static func isThousandsComma(_ f: [Character], at j: Int) -> Bool {
        guard j > 0, j + 3 < f.count, f[j] == ",", f[j - 1].isASCIIDigit,
              (1...3).allSatisfy({ f[j + $0].isASCIIDigit }) else { return false }
        return j + 4 >= f.count || !f[j + 4].isASCIIDigit
    }

    /// Marks every offset that lies inside 《…》 or quotes, where figures are names, not targets.
    func protectedOffsets() -> [Bool] {
        var marks = Array(repeating: false, count: count)
        var book = 0
        var quote = false
        for i in 0..<count {
            let c = folded[i]
            if c == "《" { book += 1 }
            if c == "“" || c == "‘" || c == "「" { quote = true } else if c == "\"" { quote.toggle() }
            marks[i] = book > 0 || quote
            if c == "》" { book = max(0, book - 1) }
            if c == "”" || c == "’" || c == "」" { quote = false }
        }
        return marks
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    /// 一 … 十, 百, 〇/零 and the financial forms 壹 … 拾 used in heading markers.
    var isChineseNumeral: Bool { "一二三四五六七八九十百〇零壹贰叁肆伍陆柒捌玖拾两".contains(self) }
    var isHan: Bool {
        guard let v = unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v) ||
            (0x20000...0x2FA1F).contains(v)
    }
}
