import PlanModel

/// Reads deadline wording as notices write it (2019年底, 2019年9月底, 上半年, 一季度, 持续推进)
/// into a `Deadline`. `year` supplies the year when the wording leaves it out (年底, 上半年).
public enum DeadlineWording {
    public static func parse(_ raw: String, year: Int) -> Deadline? {
        let text = raw.filter { !$0.isWhitespace }
        guard !text.isEmpty else { return nil }
        if ["持续推进", "长期坚持", "长期", "持续", "常态化推进"].contains(where: text.hasPrefix) {
            return Deadline(date: nil, text: text)
        }
        var rest = Substring(text)
        var y = year
        if let yearEnd = rest.firstIndex(of: "年"), let n = Int(rest[..<yearEnd]), (1900...2200).contains(n) {
            y = n
            rest = rest[rest.index(after: yearEnd)...]
        } else if rest.hasPrefix("年内") || rest.hasPrefix("年底") {
            rest = rest.dropFirst()
        }
        for suffix in ["前", "以前", "之前"] where rest.hasSuffix(suffix) { rest = rest.dropLast(suffix.count) }
        let body = String(rest)
        let fixed: [String: (Int, Int)] = ["底": (12, 31), "": (12, 31), "内": (12, 31), "末": (12, 31),
                                          "上半年": (6, 30), "年中": (6, 30), "一季度": (3, 31), "二季度": (6, 30),
                                          "三季度": (9, 30), "四季度": (12, 31), "下半年": (12, 31)]
        if let (m, d) = fixed[body] {
            return Deadline(date: CalendarDate(year: y, month: m, day: d), text: text)
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
