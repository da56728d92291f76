// not messages: input vocabulary: item numbering of notices (一、, (一), 1、)
/// The number a notice puts before a heading or item: 一、 (section), (一) (task area),
/// 1、 1. 1) (1) ① (item). Full-width and traditional forms are folded first.
enum ItemMarker: Equatable {
    case section(Int)
    case task(Int)
    case item(Int)

    /// The marker at the start of `text` and how many characters it takes (with the blanks after it).
    static func read(_ text: NoticeText) -> (marker: ItemMarker, length: Int)? {
        let f = text.folded
        guard let first = f.first else { return nil }
        if let v = first.unicodeScalars.first?.value, (0x2460...0x2473).contains(v) {
            return (.item(Int(v - 0x2460) + 1), skipBlanks(f, 1))
        }
        if first == "(" {
            var j = 1
            while j < f.count, j <= 4, f[j].isChineseNumeral || f[j].isASCIIDigit { j += 1 }
            guard j > 1, j < f.count, f[j] == ")" else { return nil }
            let inner = String(f[1..<j])
            var end = j + 1
            if end < f.count, f[end] == "、" || f[end] == "." { end += 1 }
            if let n = Int(inner) { return (.item(n), skipBlanks(f, end)) }
            guard let n = chineseNumber(inner) else { return nil }
            return (.task(n), skipBlanks(f, end))
        }
        if first.isASCIIDigit {
            var j = 0
            while j < f.count, j < 3, f[j].isASCIIDigit { j += 1 }
            j = skipBlanks(f, j)
            guard j < f.count, let n = Int(String(f[0..<j]).filter(\.isASCIIDigit)) else { return nil }
            switch f[j] {
            case "、", ")": return (.item(n), skipBlanks(f, j + 1))
            case ".":
                // 1.5亿元 is a figure; 3.2013年3月前… is item 3 opening with a year.
                let yearFollows = j + 5 < f.count && (j + 1...j + 4).allSatisfy { f[$0].isASCIIDigit } &&
                    f[j + 5] == "年"
                return j + 1 < f.count && f[j + 1].isASCIIDigit && !yearFollows ? nil : (.item(n), skipBlanks(f, j + 1))
            default: return nil
            }
        }
        if first.isChineseNumeral {
            var j = 0
            while j < f.count, j < 4, f[j].isChineseNumeral { j += 1 }
            guard j < f.count, f[j] == "、" || f[j] == ".", let n = chineseNumber(String(f[0..<j])) else { return nil }
            return (.section(n), skipBlanks(f, j + 1))
        }
        return nil
    }

    private static func skipBlanks(_ f: [Character], _ i: Int) -> Int {
        var j = i
        while j < f.count, f[j] == " " { j += 1 }
        return j
    }

    /// 一 … 九十九 (and 壹 … 拾) as a number.
    static func chineseNumber(_ s: String) -> Int? {
        let digits: [Character: Int] = ["〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
            "八": 8, "九": 9,
                                        "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9]
        let chars = Array(s)
        guard !chars.isEmpty else { return nil }
        if let tenAt = chars.firstIndex(where: { $0 == "十" || $0 == "拾" }) {
            guard tenAt <= 1, chars.count - tenAt <= 2 else { return nil }
            let tens = tenAt == 0 ? 1 : digits[chars[0]]
            let ones = tenAt + 1 < chars.count ? digits[chars[tenAt + 1]] : 0
            guard let t = tens, let o = ones else { return nil }
            return t * 10 + o
        }
        guard chars.count == 1 else { return nil }
        return digits[chars[0]]
    }
}

extension NoticeText {
    /// Reads like a heading: short, with no sentence inside it. A closing 。 is allowed.
    var isHeadingLike: Bool {
        let body = trimming(["。", ":"])
        guard !body.isEmpty, body.count <= 40 else { return false }
        return !body.folded.contains { "。;:?!".contains($0) }
    }

    /// Reads like a heading without a number (提升服务业内引外联质量): heading-like, and
    /// without commas or figures, which a heading-length target sentence would have.
    var isBareHeadingLike: Bool {
        isHeadingLike && !folded.contains { $0 == "," || $0 == "、" || $0.isASCIIDigit } && !hasSuffix("。")
    }
}
