// not messages: input vocabulary: comparator words and units of figures (以上, 左右, 亿元)
import Catalogue
import PlanModel

/// Finds the figures in a clause of a target sentence: the number, its unit and how an actual value
/// compares with it (以上/不少于/达到/超过 → at least, 以内/控制在/不超过 → at most, 左右 → about,
/// 1-2家 / 3~5个 / 20－25个 → a range, 零的突破 → at least 1), and whether a percentage is a growth
/// rate (增长10%) or a share (占比40%). Numbers inside 《》 or quotes, ordinals (第2家), dates
/// (2019年) and codes (5G) are not figures. A number with no unit, and a decrease (下降5%), are
/// reported as unread.
enum FigureReader {
    struct Figure {
        /// What to cut from the clause to leave the figure's name: comparator words, number, unit.
        let span: Range<Int>
        let kind: IndicatorKind
        let goal: Goal
        let unit: String
    }

    struct Unread {
        let span: Range<Int>
        let reason: Message
    }

    /// What one clause holds.
    struct Scan {
        var figures: [Figure] = []
        var unread: [Unread] = []
    }

    static func read(_ clause: NoticeText) -> Scan {
        let f = clause.folded
        let protected = clause.protectedOffsets()
        var figures: [Figure] = []
        var unread: [Unread] = []
        var i = 0
        while i < f.count {
            if !protected[i], clause.has("零的突破", at: i) {
                let before = clause[0..<i]
                let unit = ["企业", "公司", "机构", "基地", "园区"].contains(where: before.contains) ? "家" : "个"
                figures.append(Figure(span: i..<(i + 4), kind: .quantity, goal: .atLeast(1), unit: unit))
                i += 4
                continue
            }
            guard f[i].isASCIIDigit, !protected[i] else { i += 1; continue }
            let start = i
            guard let (low, afterLow) = number(f, at: i) else { i += 1; continue }
            i = afterLow
            if start > 0, f[start - 1].isLetter && f[start - 1].isASCII || f[start - 1] == "第" { continue }
            if i < f.count, f[i].isASCII && f[i].isLetter { continue }
            var high: Double?
            var j = i
            if j < f.count, "-~至到".contains(f[j]), j + 1 < f.count, f[j + 1].isASCIIDigit, let (h,
                afterHigh) = number(f, at: j + 1) {
                high = h
                j = afterHigh
            }
            if j < f.count, f[j] == "多" || f[j] == "余" { j += 1 }
            guard let unit = units.first(where: { clause.has($0, at: j) }) else {
                if j < f.count, "年月日号时届期".contains(f[j]) { i = j; continue }
                let end = min(f.count, j + 4)
                unread.append(Unread(span: start..<end, reason: .importFigureWithoutUnit))
                i = j
                continue
            }
            j += unit.count
            let after = ["及以上", "以上", "左右", "上下", "以内", "以下"].first { clause.has($0, at: j) }
            let beforeWord = comparatorWords.keys.sorted { $0.count > $1.count }.first { w in start >= w.count &&
                clause.has(w, at: start - w.count) }
            let spanStart = start - (beforeWord?.count ?? 0)
            let spanEnd = j + (after?.count ?? 0)
            i = spanEnd
            let goal: Goal
            if let high {
                goal = .range(min(low, high), max(low, high))
            } else {
                switch after {
                case "左右", "上下": goal = .about(low, tolerance: Goal.defaultTolerance)
                case "以内", "以下": goal = .atMost(low)
                case "以上", "及以上": goal = .atLeast(low)
                default:
                    switch beforeWord.flatMap({ comparatorWords[$0] }) {
                    case .atMost?: goal = .atMost(low)
                    case .about?: goal = .about(low, tolerance: Goal.defaultTolerance)
                    default: goal = .atLeast(low)
                    }
                }
            }
            var kind = IndicatorKind.quantity
            if unit == "%" || unit == "‰" {
                let lead = clause[0..<spanStart].trimming(["在", "为", "了", "达", "到"])
                if lead.suffixWord(["下降", "降低", "减少", "压缩", "缩减"]) != nil {
                    unread.append(Unread(span: spanStart..<spanEnd, reason: .importFigureDecrease))
                    continue
                }
                kind = lead.suffixWord(["增长", "增速", "增幅", "提高", "增加", "上升", "提升"]) != nil ? .growth : .share
            }
            figures.append(Figure(span: spanStart..<spanEnd, kind: kind, goal: goal, unit: unit))
        }
        return Scan(figures: figures, unread: unread)
    }

    /// Words before a figure that say how it compares (达/达到/实现 read as at least).
    private static let comparatorWords: [String: GoalComparator] = [
        "不少于": .atLeast, "不低于": .atLeast, "至少": .atLeast, "超过": .atLeast, "高于": .atLeast, "多于": .atLeast,
        "突破": .atLeast, "达到": .atLeast, "达": .atLeast, "力争": .atLeast,
        "不超过": .atMost, "不高于": .atMost, "控制在": .atMost, "低于": .atMost, "少于": .atMost,
        "约": .about, "大约": .about, "近": .about,
    ]

    /// Units a figure may carry, longest first so 亿元 wins over 亿.
    private static let units: [String] = [
        "万亿元", "亿美元", "万美元", "亿元", "万元", "千元", "元", "美元",
        "亿人次", "万人次", "人次", "万人", "万户", "万吨", "万亩", "万平方米", "平方米", "平方公里", "公里", "千米",
        "万千瓦", "千瓦", "万标箱", "标箱", "万家", "万个", "个工作日", "工作日", "小时", "分钟",
        "个百分点", "百分点", "%", "‰",
        "家", "个", "张", "项", "人", "名", "所", "座", "条", "次", "件", "部", "批", "场", "位", "户", "套", "台", "辆",
        "款", "种", "类", "强", "倍", "处", "间", "栋", "支", "吨", "亩", "天", "万", "亿",
    ].sorted { $0.count > $1.count }

    /// An Arabic number at `i` (1,000 and 12.5 too), and where it ends.
    private static func number(_ f: [Character], at i: Int) -> (Double, Int)? {
        var j = i
        var digits = ""
        while j < f.count, f[j].isASCIIDigit { digits.append(f[j]); j += 1 }
        if digits.count <= 3 {
            while NoticeText.isThousandsComma(f, at: j) {
                digits += String(f[(j + 1)...(j + 3)])
                j += 4
            }
        }
        if j + 1 < f.count, f[j] == ".", f[j + 1].isASCIIDigit {
            digits.append(".")
            j += 1
            while j < f.count, f[j].isASCIIDigit { digits.append(f[j]); j += 1 }
        }
        guard let v = Double(digits), v.isFinite else { return nil }
        return (v, j)
    }
}
