/// The numbers Word draws before list paragraphs (自动编号), which are not in the paragraphs' text:
/// read from word/numbering.xml (each list's levels: start, format, text such as `%1、` or `（%1）`)
/// and counted as the paragraphs come, so a numbered paragraph reads as the notice shows it
/// (1、建设物流园区, 一、聚焦重点工作).
struct WordNumbering {
    private struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
    }

    /// Levels by abstract list, and the abstract list of each list id.
    private var abstractLevels: [String: [Int: Level]] = [:]
    private var abstractOf: [String: String] = [:]
    /// Counters by list id, one per level.
    private var counters: [String: [Int: Int]] = [:]

    init() {}

    /// Reads numbering.xml; a part that cannot be read gives no numbers.
    init(_ tree: DocumentTree) {
        var abstract: String?
        var level: Int?
        var num: String?
        tree.walk { step in
            guard case .enter(let e) = step else {
                if case .leave(let e) = step, e.name == "abstractNum" { abstract = nil }
                return true
            }
            switch e.name {
            case "abstractNum": abstract = e.attribute("abstractNumId")
            case "lvl": level = e.attribute("ilvl").flatMap { Int($0) }
            case "start", "numFmt", "lvlText":
                guard let abstract, let level, let value = e.attribute("val") else { break }
                var l = abstractLevels[abstract, default: [:]][level] ?? Level()
                switch e.name {
                case "start": l.start = Int(value) ?? 1
                case "numFmt": l.format = value
                default: l.text = value
                }
                abstractLevels[abstract, default: [:]][level] = l
            case "num": num = e.attribute("numId")
            case "abstractNumId":
                if let num, let value = e.attribute("val") { abstractOf[num] = value }
            default: break
            }
            return true
        }
    }

    /// The label of the next paragraph of list `id` at `level` (and the lower levels start again).
    mutating func label(list id: String, level: Int) -> String {
        guard let levels = abstractOf[id].flatMap({ abstractLevels[$0] }), let this = levels[level] else { return "" }
        var counts = counters[id, default: [:]]
        counts[level] = (counts[level] ?? this.start - 1) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[id] = counts
        var text = this.text
        for (k, l) in levels where k <= level {
            text = text.replacingOccurrences(of: "%\(k + 1)", with: Self.format(counts[k] ?? l.start, as: l.format))
        }
        return text
    }

    private static func format(_ n: Int, as format: String) -> String {
        switch format {
        case "none", "bullet": return ""
        case "decimalFullWidth",
            "decimalFullWidth2": return String(String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value +
            0xFEE0)!) })
        case "lowerLetter": return n >= 1 && n <= 26 ? String(Character(Unicode.Scalar(UInt8(96 + n)))) : String(n)
        case "upperLetter": return n >= 1 && n <= 26 ? String(Character(Unicode.Scalar(UInt8(64 + n)))) : String(n)
        case let f where f.hasPrefix("chinese") || f.hasPrefix("ideograph") || f.hasPrefix("japanese") ||
            f.hasPrefix("taiwanese"):
            return chinese(n)
        default: return String(n)
        }
    }

    /// 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (up to 99; beyond, the digits).
    private static func chinese(_ n: Int) -> String {
        let digits = Array("〇一二三四五六七八九")  // not a message: Word's Chinese counting numerals
        guard n > 0, n < 100 else { return String(n) }
        if n < 10 { return String(digits[n]) }
        let tens = n / 10, ones = n % 10
        let ten = "十"  // not a message: Word's Chinese counting numerals
        return (tens == 1 ? "" : String(digits[tens])) + ten + (ones == 0 ? "" : String(digits[ones]))
    }
}
