// not messages: input vocabulary: deadline words of notices (年底, 上半年, 持续推进)
import PlanModel

/// Reads deadline wording as notices write it (2019年底, 2019年9月底, 2019年6月30日前, 到2015年,
/// 2013年3月前, 年内, 上半年, 一季度, 持续推进) into a `Deadline`. `year` supplies the year when the
/// wording leaves it out (年底, 上半年). Traditional characters and full-width digits are read too;
/// the deadline keeps the wording as written.
public enum DeadlineWording {
    public static func parse(_ raw: String, year: Int) -> Deadline? {
        let text = raw.filter { !$0.isWhitespace }
        guard !text.isEmpty else { return nil }
        var folded = ChineseFolding.fold(text)
        if ["持续推进", "长期坚持", "长期", "持续", "常态化推进"].contains(where: folded.hasPrefix) {
            return Deadline(date: nil, text: text)
        }
        for lead in ["力争", "争取", "截至", "截止", "到", "至", "于", "在"] where folded.hasPrefix(lead) {
            folded = String(folded.dropFirst(lead.count))
            break
        }
        var rest = Substring(folded)
        var y = year
        if let yearEnd = rest.firstIndex(of: "年"), let n = Int(rest[..<yearEnd]), (1900...2200).contains(n) {
            y = n
            rest = rest[rest.index(after: yearEnd)...]
        } else if rest.hasPrefix("年内") || rest.hasPrefix("年底") || rest.hasPrefix("年末") {
            rest = rest.dropFirst()
        }
        if rest.hasSuffix("完成") { rest = rest.dropLast(2) }
        for suffix in ["以前", "之前", "前"] where rest.hasSuffix(suffix) {
            rest = rest.dropLast(suffix.count)
            break
        }
        let body = String(rest)
        let fixed: [String: (Int, Int)] = ["底": (12, 31), "": (12, 31), "内": (12, 31), "末": (12, 31),
                                          "上半年": (6, 30), "年中": (6, 30), "一季度": (3, 31), "二季度": (6, 30),
                                          "三季度": (9, 30), "四季度": (12, 31), "下半年": (12, 31)]
        if let (m, d) = fixed[body] {
            return Deadline(date: CalendarDate(year: y, month: m, day: d), text: text)
        }
        if let monthEnd = body.firstIndex(of: "月"), body.hasSuffix("日") || body.hasSuffix("号"),
           let m = Int(body[..<monthEnd]), let d = Int(body[body.index(after: monthEnd)...].dropLast()),
           let date = CalendarDate(year: y, month: m, day: d) {
            return Deadline(date: date, text: text)
        }
        for end in ["月底", "月末", "月"] where body.hasSuffix(end) {
            if let m = Int(body.dropLast(end.count)) ?? chineseMonth(String(body.dropLast(end.count))),
               let date = CalendarDate.endOfMonth(year: y, month: m) {
                return Deadline(date: date, text: text)
            }
        }
        return nil
    }

    static func chineseMonth(_ s: String) -> Int? {
        let names = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
        return names.firstIndex(of: s).map { $0 + 1 }
    }
}
