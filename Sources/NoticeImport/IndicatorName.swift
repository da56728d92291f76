// not messages: input vocabulary: words that frame an indicator's name (力争, 推动, 实现)
/// The name a person would give an indicator, made from the words of its clause: never cut, with the
/// clause's framing left out — a leading year (2019年), 力争 (the stretch flag records it), a manner
/// that only says how (依法依规保障… → 保障…), a subject that is not a place before 实现
/// (软件和信息服务业全年实现软件业务收入 → 软件业务收入; 郴州市全年实现… keeps 郴州市), 我省, a
/// verb that only introduces another (推动设立 → 设立, 组织开展 → 开展, 提请省政府召开 → 召开),
/// and 完成 before a figure's name; a word written twice
/// (…视频文创产业园视频文创企业 → …视频文创企业) are folded. The full sentence stays in the target's text.
enum IndicatorName {
    static func make(_ text: NoticeText, figure: Bool) -> String {
        var t = text.trimming(["。", ";", ",", " ", "、"])
        t = withoutLeadingYear(t)
        while let word = t.prefixWord(framingWords), t.count > word.count + 2 { t = t.dropFirst(word.count) }
        if let at = t.find("实现"), at + 2 < t.count {
            var subject = t[0..<at]
            if subject.hasSuffix("全年") { subject = subject.dropLast(2) }
            let place = subject.suffixWord(["市", "州", "县", "区"]) != nil && subject.count <= 8
            t = place ? subject + t.dropFirst(at + 2) : t.dropFirst(at + 2)
        }
        t = removing("我省", from: t)
        t = withoutRepeat(t)
        if let lead = t.prefixWord(introducingVerbs),
            let next = t.dropFirst(lead.count).prefixWord(TargetReader.milestoneVerbs + ["设立", "开展", "提出"]),
            !next.isEmpty {
            t = t.dropFirst(lead.count)
        }
        if t.hasPrefix("提请"), let verb = TargetReader.milestoneVerbs.compactMap({ t.find($0) }).min(), verb <= 8 {
            t = t.dropFirst(verb)
        }
        if figure, t.hasPrefix("完成"), t.count > 2 { t = t.dropFirst(2) }
        t = withoutDescription(t)
        return t.trimming([" ", "的", "、"]).description
    }

    /// An aim written subject first, named as an action (one of several aims of a sentence):
    /// 银行机构…业务模式进一步丰富 → 丰富银行机构…业务模式, 金融服务水平得到提升 → 提升金融服务水平,
    /// 新经济领域的统计工作明显加强 → 明显加强新经济领域统计工作. 进一步 and 得到 go; 稳步, 明显 stay.
    static func verbFirst(_ clause: NoticeText) -> NoticeText {
        let t = clause.trimming(["。", " "])
        guard let verb = t.suffixWord(["丰富", "提升", "推进", "加强", "增强", "提高", "完善", "优化", "扩大"]),
            t.count > verb.count + 2 else { return clause }
        var subject = t.dropLast(verb.count)
        var adverb = NoticeText("")
        if let word = subject.suffixWord(["进一步", "得到", "稳步", "明显", "有效"]) {
            if word == "稳步" || word == "明显" || word == "有效" { adverb = subject.dropFirst(subject.count - word.count) }
            subject = subject.dropLast(word.count)
        }
        if let at = subject.find("的"), at > 0,
            at < subject.count - 1 { subject = subject[0..<at] + subject.dropFirst(at + 1) }
        return adverb + t.dropFirst(t.count - verb.count) + subject
    }

    /// An indicator's object without the words that only describe it: 初步建立规范高效的服务业…体系 →
    /// 初步建立服务业…体系, 扶持综合带动作用大、创新示范效应强的服务业重点项目 → 扶持服务业重点项目,
    /// …的相关指标体系 → …指标体系. Only a description right after the opening verb (with 初步, 基本,
    /// 重点 before it), listed with 、 or of four characters at most.
    private static func withoutDescription(_ t: NoticeText) -> NoticeText {
        var t = t
        if let at = t.find("的相关") { t = t[0..<at] + t.dropFirst(at + 3) }
        let adverb = t.prefixWord(["初步", "基本", "重点"])?.count ?? 0
        guard t.count > adverb + 2, t.folded[adverb..<(adverb + 2)].allSatisfy(\.isHan), let de = t.find("的",
            from: adverb + 2) else { return t }
        let description = t[(adverb + 2)..<de]
        guard !description.isEmpty, description.contains("、") || description.count <= 4, !description.contains("《"),
              de + 1 < t.count else { return t }
        return t[0..<(adverb + 2)] + t.dropFirst(de + 1)
    }

    /// Words before an aim that frame it and name nothing: 力争 (a stretch goal, recorded as such) and manners.
    private static let framingWords = ["力争", "依法依规", "依法"]

    /// Verbs that only introduce the verb after them (推动设立, 组织开展).
    private static let introducingVerbs = ["推动", "组织", "积极", "加快", "研究"]

    private static func withoutLeadingYear(_ t: NoticeText) -> NoticeText {
        guard t.count > 5, (0..<4).allSatisfy({ t.folded[$0].isASCIIDigit }), t.folded[4] == "年" else { return t }
        return t.dropFirst(5)
    }

    /// A word of 4 or more characters written twice keeps its first place only, and what lies between
    /// goes (马栏山视频文创产业园视频文创企业产值 → 马栏山视频文创企业产值).
    private static func withoutRepeat(_ t: NoticeText) -> NoticeText {
        let n = 4
        guard t.count >= 2 * n else { return t }
        for i in 0...(t.count - 2 * n) {
            let word = t[i..<(i + n)]
            guard word.folded.allSatisfy(\.isHan), let again = t.find(word.foldedString, from: i + n) else { continue }
            return t[0..<(i + n)] + t.dropFirst(again + n)
        }
        return t
    }

    private static func removing(_ word: String, from t: NoticeText) -> NoticeText {
        guard let at = t.find(word) else { return t }
        return t[0..<at] + t.dropFirst(at + word.count)
    }
}
