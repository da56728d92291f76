// not messages: input vocabulary: the wording of a notice's head (关于印发, 附件, 发布时间)
import Catalogue
import PlanModel

/// Reads the head of a notice, the lines before the plan's first heading: the title
/// (关于印发《…》的通知, or the attached title after 附件:), the document number (湘服联办〔2019〕2号),
/// the issuer (the line above the date) and the date (2019年4月24日, or 二〇一九年四月二十四日).
/// Lines that carry none of these (page metadata, addressees, the covering sentence, table column
/// headings) are reported as not placed, each with the reason.
struct NoticeHead {
    var title: String?
    var document: String?
    var issuer: String?
    var issued: CalendarDate?
    /// The date of the web page (发布时间), used only when the notice gives no date of its own.
    var pageDate: CalendarDate?
    var placed: Set<Int> = []
    var warnings: [ImportWarning] = []

    /// The plan's year: the document number's (〔2019〕), else the date line's, else the title's
    /// (2019年度), else the web page's date; never a target year in the plan's text (到2015年).
    var year: Int? {
        if let d = document, let y = Self.firstYear(NoticeText(d), bracketed: true) { return y }
        if let y = issued?.year { return y }
        if let t = title, let y = Self.firstYear(NoticeText(t)) { return y }
        return pageDate?.year
    }

    private static let columnHeadings: Set<String> = ["主要任务", "工作措施及进度安排", "工作措施", "进度安排", "工作目标", "责任单位",
                                                       "序号", "完成时限", "牵头单位", "配合单位", "重点任务", "具体措施", "目标任务", "工作任务"]

    init(_ given: [NoticeStructure.Line]) {
        let lines = Self.joiningTitleLines(given, placed: &placed)
        let dateAt = lines.firstIndex { Self.date(in: $0.text, whole: true) != nil }
        // A page's menu line (首页) is no title when the notice names its own (关于印发《…》的通知).
        let namesItsTitle = lines.contains { Self.notifiedTitle($0.text) != nil }
        var attachedTitle: String?
        for (i, line) in lines.enumerated() {
            let t = line.text
            if let title = Self.notifiedTitle(t) {
                if title.isEmpty == false { self.title = self.title ?? title }
                placed.insert(line.number)
            } else if let number = Self.documentNumber(t), t.count <= number.count + 4 {
                document = document ?? number
                placed.insert(line.number)
            } else if i == dateAt {
                issued = Self.date(in: t, whole: true)
                placed.insert(line.number)
            } else if let at = dateAt, i == at - 1, t.isHeadingLike, !t.contains(":"), !t.hasPrefix("附件") {
                issuer = t.trimming(["。", " "]).description
                placed.insert(line.number)
            } else if t.contains("发布时间") || t.contains("来源:") || (t.contains("阅读") && t.hasSuffix("次")) ||
                t.contains("浏览次数") {
                pageDate = pageDate ?? Self.date(in: t, whole: false)
                skip(line, .importPageDetails)
            } else if t.hasPrefix("附件") {
                let rest = t.dropFirst(2).trimming([":", " ", "1", ".", "、"])
                if rest.isEmpty {
                    skip(line, .importAttachmentLabel)
                } else {
                    attachedTitle = attachedTitle ?? rest.description
                    placed.insert(line.number)
                }
            } else if Self.columnHeadings.contains(t.trimming([" ", ":"]).foldedString) {
                skip(line, .importColumnHeading)
            } else if let known = attachedTitle ?? title, t.trimming(["。", " "]).description == known {
                placed.insert(line.number)
            } else if t.hasSuffix(":") {
                skip(line, .importAddressees)
            } else if !namesItsTitle, attachedTitle == nil, t.isHeadingLike {
                attachedTitle = t.trimming(["。", " "]).description
                placed.insert(line.number)
            } else if t.contains("印发给你们") || t.contains("请认真") || t.contains("遵照执行") || t.contains("贯彻执行") {
                skip(line, .importCoveringSentence)
            } else {
                skip(line, .importBeforeFirstHeading)
            }
        }
        title = attachedTitle ?? title
    }

    /// A title set on several lines read as one line: a line with 关于 and no 通知 is joined with the
    /// next ones, up to three, until 通知 closes it (关于印发《长沙市…现代服务业 / 发展工作方案》的通知);
    /// a bare heading line is joined with the next ones until one ends as a title does (湖南省2019年度
    /// 服务业 / 高质量发展工作要点). Never across a 文号. The joined lines count as placed with the first.
    private static func joiningTitleLines(_ lines: [NoticeStructure.Line],
        placed: inout Set<Int>) -> [NoticeStructure.Line] {
        var out: [NoticeStructure.Line] = []
        var i = 0
        while i < lines.count {
            var line = lines[i]
            let notice = line.text.contains("关于") && !line.text.contains("通知")
            let plain = !notice && isTitlePiece(line.text) && line.text.suffixWord(titleEndings) == nil
            if notice || plain {
                let following = lines[(i + 1)..<min(lines.count, i + 4)]
                let end = notice ? following.firstIndex { $0.text.contains("通知") }
                    : following.prefix { isTitlePiece($0.text) }.firstIndex { $0.text.suffixWord(titleEndings) != nil }
                if let end, !lines[(i + 1)...end].contains(where: { documentNumber($0.text) != nil }) {
                    let text = lines[i...end].map(\.text).reduce(NoticeText("")) { $0 + $1 }
                    for joined in lines[(i + 1)...end] { placed.insert(joined.number) }
                    line = NoticeStructure.Line(number: line.number, text: text)
                    i = end
                }
            }
            out.append(line)
            i += 1
        }
        return out
    }

    /// A line that may be part of a title: heading-like, no comma, colon, 附件, date or 文号.
    private static func isTitlePiece(_ t: NoticeText) -> Bool {
        t.isHeadingLike && !t.folded.contains { $0 == "," || $0 == "、" || $0 == ":" } && !t.hasPrefix("附件")
            && documentNumber(t) == nil && date(in: t, whole: false) == nil
    }

    /// How a plan's title ends.
    private static let titleEndings = ["工作要点", "要点", "方案", "计划", "意见", "规划", "办法", "任务分工"]

    private mutating func skip(_ line: NoticeStructure.Line, _ why: Message) {
        warnings.append(ImportWarning(unplaced: line.number, why, text: line.text.description))
    }

    /// 关于印发《X》的通知 → X.
    private static func notifiedTitle(_ t: NoticeText) -> String? {
        guard let at = t.find("关于印发"), let end = t.find("通知", from: at) else { return nil }
        var inner = t[(at + 4)..<end].trimming([" "])
        if inner.hasSuffix("的") { inner = inner.dropLast(1) }
        return inner.trimming(["《", "》", " "]).description
    }

    /// 湘服联办〔2019〕2号 (also with [], 【】, () brackets).
    static func documentNumber(_ t: NoticeText) -> String? {
        let f = t.folded
        for open in f.indices where "〔[【(".contains(f[open]) {
            var j = open + 1
            while j < f.count, j - open <= 4, f[j].isASCIIDigit { j += 1 }
            guard j - open == 5, j < f.count, "〕]】)".contains(f[j]) else { continue }
            var k = j + 1
            while k < f.count, f[k].isASCIIDigit { k += 1 }
            guard k > j + 1, k < f.count, f[k] == "号" else { continue }
            var start = open
            while start > 0, f[start - 1].isHan { start -= 1 }
            guard start < open else { continue }
            return t[start..<(k + 1)].description
        }
        return nil
    }

    /// A date written 2019年4月24日 or 二〇一九年四月二十四日; `whole` when it must be the whole line.
    static func date(in t: NoticeText, whole: Bool) -> CalendarDate? {
        let f = t.folded
        var i = 0
        while i < f.count {
            if let (date, end) = date(f, at: i), !whole || (i == 0 && end == f.count) { return date }
            if whole { return nil }
            i += 1
        }
        return nil
    }

    private static func date(_ f: [Character], at i: Int) -> (CalendarDate, Int)? {
        var j = i
        func part(_ end: Character) -> Int? {
            let start = j
            while j < f.count, f[j] != end, f[j].isASCIIDigit || f[j].isChineseNumeral, j - start < 4 { j += 1 }
            guard j > start, j < f.count, f[j] == end else { return nil }
            let s = String(f[start..<j])
            j += 1
            if let n = Int(s) { return n }
            if s.count == 4 {   // 二〇一九: digit by digit
                let digits = s.compactMap { ItemMarker.chineseNumber(String($0)) }
                return digits.count == 4 ? digits.reduce(0) { $0 * 10 + $1 } : nil
            }
            return ItemMarker.chineseNumber(s)
        }
        guard let y = part("年"), (1900...2200).contains(y), let m = part("月"), let d = part("日"),
              let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return (date, j)
    }

    /// The first year (2019年, or 〔2019〕 when bracketed) in a text.
    static func firstYear(_ t: NoticeText, bracketed: Bool = false) -> Int? {
        let f = t.folded
        guard f.count >= 5 else { return nil }
        for i in 0...(f.count - 5) where (i == 0 || !f[i - 1].isASCIIDigit) &&
            (i..<i + 4).allSatisfy({ f[$0].isASCIIDigit }) {
            let after = f[i + 4]
            if after == "年" || (bracketed && "〕]】)".contains(after)), let y = Int(String(f[i..<i + 4])),
                (1900...2200).contains(y) { return y }
        }
        return nil
    }
}
