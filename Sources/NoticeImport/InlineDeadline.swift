// not messages: input vocabulary: deadline phrases inside an item's text (年内, 底前)
import PlanModel

/// Finds a deadline written inside an item's text, as notices without a 完成时限 column do:
/// 2019年10月底前, 到2015年, 2013年3月前, 2019年6月30日前, 年内, 今年底前, 上半年.
/// A bare year (2019年移动互联网峰会, 2019年度) is not a deadline: it needs a lead word
/// (到, 截至, 于, 在, 力争) or an end word (底, 末, 内, 前).
enum InlineDeadline {
    struct Match {
        let deadline: Deadline
        let range: Range<Int>
    }

    static func find(in text: NoticeText, year: Int) -> Match? {
        for i in 0..<text.count {
            if let m = yearPhrase(text, at: i, year: year) ?? yearlessPhrase(text, at: i, year: year) { return m }
        }
        return nil
    }

    /// The text without a deadline phrase at its start (年内新增… → 新增…), and whether the
    /// text was nothing but that phrase (到2015年, 2013年6月30日前完成).
    static func strippingLeading(_ text: NoticeText) -> (rest: NoticeText, onlyDeadline: Bool) {
        guard let m = find(in: text, year: 2000) else { return (text, false) }
        let remainder = (text[0..<m.range.lowerBound] + text[m.range.upperBound..<text.count]).trimming([" ", ","])
        let only = remainder.isEmpty || ["完成", "全面完成", "基本完成"].contains(remainder.foldedString)
        return (m.range.lowerBound == 0 ? remainder : text, only)
    }

    private static let leads = ["力争", "争取", "截至", "截止", "到", "至", "于", "在"]
    private static let periods = ["上半年", "下半年", "一季度", "二季度", "三季度", "四季度"]

    private static func yearPhrase(_ t: NoticeText, at i: Int, year: Int) -> Match? {
        let f = t.folded
        guard i + 4 < t.count, (i..<i + 4).allSatisfy({ f[$0].isASCIIDigit }), f[i + 4] == "年" else { return nil }
        if i > 0, f[i - 1].isASCIIDigit || f[i - 1] == "-" || f[i - 1] == "~" { return nil }
        var j = i + 5
        if j < t.count, f[j] == "度" { return nil }
        let lead = leads.first { i >= $0.count && t.has($0, at: i - $0.count) }
        var marked = lead != nil
        if let p = periods.first(where: { t.has($0, at: j) }) {
            j += p.count
            marked = true
        } else {
            let monthStart = j
            while j < t.count, f[j].isASCIIDigit { j += 1 }
            if j > monthStart, j < t.count, f[j] == "月" {
                j += 1
                let dayStart = j
                while j < t.count, f[j].isASCIIDigit { j += 1 }
                if j > dayStart, j < t.count, f[j] == "日" || f[j] == "号" { j += 1 } else { j = dayStart }
            } else {
                j = monthStart
            }
            for end in ["底", "末", "内"] where t.has(end, at: j) {
                j += 1
                marked = true
                break
            }
        }
        for end in ["以前", "之前", "前"] where t.has(end, at: j) {
            j += end.count
            marked = true
            break
        }
        guard marked else { return nil }
        let start = i - (lead?.count ?? 0)
        return match(t, start..<j, year: year)
    }

    private static func yearlessPhrase(_ t: NoticeText, at i: Int, year: Int) -> Match? {
        let f = t.folded
        let words = ["年底前", "年底", "年末", "年内"] + periods
        guard let word = words.first(where: { t.has($0, at: i) }) else { return nil }
        var start = i
        if i > 0 {
            let before = f[i - 1]
            if "今本当".contains(before), word.hasPrefix("年") { start -= 1 } else if before.isASCIIDigit ||
                before.isChineseNumeral || before == "年" || before == "多" || before == "几" { return nil }
        }
        var end = i + word.count
        if !word.hasSuffix("前") {
            for tail in ["以前", "之前", "前"] where t.has(tail, at: end) {
                end += tail.count
                break
            }
        }
        return match(t, start..<end, year: year)
    }

    private static func match(_ t: NoticeText, _ range: Range<Int>, year: Int) -> Match? {
        let wording = String(t.original[range])
        let parsable = "今本当".contains(t.folded[range.lowerBound]) ? String(wording.dropFirst()) : wording
        guard var deadline = DeadlineWording.parse(parsable, year: year) else { return nil }
        deadline.text = wording.filter { !$0.isWhitespace }
        return Match(deadline: deadline, range: range)
    }
}
