// not messages: input vocabulary: the verbs and list words of target sentences (出台, 名单)
import Catalogue
import PlanModel

/// Reads the indicators of one target sentence.
///
/// The sentence is cut into clauses at , ; 。 (never inside 《》 or quotes). A clause with figures
/// gives one indicator per figure; a clause that publishes or issues something (出台, 发布, 印发)
/// is a milestone even when it holds a number (发布100家…名单). When the sentence holds a figure or
/// a clause opens with a milestone verb (出台, 发布, 印发, 建立, 召开, 举办, 启动), every clause without
/// a figure is a milestone of its own, and a clause that lists several long items with 、
/// (举办A赛、B赛) gives one milestone per item. Otherwise the whole sentence is one qualitative
/// milestone. Parts that could not be read are returned so the importer can say which.
enum TargetReader {
    /// An indicator as read, before the plan gives it an id.
    struct Found {
        var name: String
        var kind: IndicatorKind
        var goal: Goal? = nil
        var unit: String? = nil
        /// The clause it was read from (folded to simplified characters), whose words tell its pace.
        var wording: String = ""
        /// Read from a clause that opens with 力争: a stretch goal.
        var stretch = false
    }

    struct Reading {
        var indicators: [Found] = []
        /// The parts of the sentence not understood, each with why.
        var unread: [Message] = []
    }

    static let milestoneVerbs = ["出台", "发布", "印发", "建立", "召开", "举办", "启动"]
    private static let issuingVerbs = ["出台", "发布", "印发"]
    private static let leadingVerbs = milestoneVerbs + ["推动", "推进", "支持", "完成", "建设", "组织", "开展", "设立", "创建", "认定",
        "确定", "引进", "加快"]

    /// `figuresOnly` keeps only the figures (an item's target, whose actions are its measure).
    static func read(_ sentence: NoticeText, figuresOnly: Bool = false) -> Reading {
        let clauses = sentence.split(on: [",", ";", "。", "!", "?"]).map(tidy)
            .filter { !$0.isEmpty && !InlineDeadline.strippingLeading($0).onlyDeadline }
        var reading = Reading()
        let scans = clauses.map { clause in isIssuing(clause) ? FigureReader.Scan() : FigureReader.read(clause) }
        let detailed = scans.contains { !$0.figures.isEmpty } ||
            clauses.contains { $0.prefixWord(milestoneVerbs) != nil }
        for (clause, scan) in zip(clauses, scans) {
            for part in scan.unread {
                reading.unread.append(.importUnreadPart(clause[part.span].description, clause: clause.description,
                    reason: part.reason))
            }
        }
        guard detailed || figuresOnly || separateAims(clauses) else {
            let stretch = clauses.contains { $0.hasPrefix("力争") }
            reading.indicators.append(Found(name: aimName(clauses) ?? IndicatorName.make(sentence, figure: false),
                kind: .milestone, wording: sentence.foldedString, stretch: stretch))
            return reading
        }
        for (k, (clause, scan)) in zip(clauses, scans).enumerated() {
            var found: [Found] = []
            if isIssuing(clause) {
                if !figuresOnly { found.append(Found(name: IndicatorName.make(clause, figure: false),
                    kind: .milestone)) }
                found += listSize(clause).map { [$0] } ?? []
            } else if scan.figures.isEmpty {
                if figuresOnly { continue }
                var names = milestoneNames(detailed ? clause : IndicatorName.verbFirst(clause))
                if names.count == 1, k > 0, let named = resolvingRelated(clause, after: clauses[k - 1], scans[k - 1]) {
                    names = [IndicatorName.make(named, figure: false)]
                }
                found = names.map { Found(name: $0, kind: .milestone) }
            } else {
                found = figureIndicators(clause, scan.figures,
                    previous: reading.indicators.last { $0.kind == .quantity }?.name)
            }
            reading.indicators += found.map { f in
                var f = f
                f.wording = clause.foldedString
                f.stretch = clause.hasPrefix("力争")
                return f
            }
        }
        return reading
    }

    /// Whether a sentence of several clauses with no figure states one aim per clause (加快…建设,
    /// 巩固…成效): not when a later clause only says how or to what end (充分释放…, 切实增强…,
    /// 逐步拓展…, 降低…成本, 力争…) or a clause names a basis (对照, 按照, 根据, 围绕).
    private static func separateAims(_ clauses: [NoticeText]) -> Bool {
        guard clauses.count >= 2 else { return false }
        let manner = ["充分", "切实", "逐步", "降低", "力争", "从而", "确保", "进而", "不断"]
        let basis = ["对照", "按照", "根据", "围绕", "依托"]
        return !clauses.dropFirst().contains { $0.prefixWord(manner) != nil } &&
            !clauses.contains { c in basis.contains { c.contains($0) } }
    }

    /// The name of a sentence that is one aim, from the clause that states it: the clause opening with
    /// 力争 (…逐步拓展…,力争实现A全覆盖 → A全覆盖) when it names more than a deadline and a verb, else the first
    /// clause that is not only its basis and subject (各单位对照…要求,制定B → 制定B).
    private static func aimName(_ clauses: [NoticeText]) -> String? {
        if let strived = clauses.dropFirst().first(where: { $0.hasPrefix("力争") }) {
            let name = IndicatorName.make(InlineDeadline.strippingLeading(strived.dropFirst(2)).rest, figure: false)
            if name.count >= 6 { return name }
        }
        let basis = ["对照", "按照", "根据", "围绕", "依托"]
        let aim = clauses.first { c in !basis.contains { c.contains($0) } } ?? clauses.first
        return aim.map { IndicatorName.make($0, figure: false) }
    }

    /// A clause whose object is 相关X, where the clause before names what X is of, with that named:
    /// 确定3-5家A、B培育名单,启动相关培育创建工作 → 启动A、B培育创建工作. What X is of is the words
    /// before X's first two characters in the clause before, after its figure or its opening verb.
    /// Nil when the clause names nothing so.
    static func resolvingRelated(_ clause: NoticeText, after previous: NoticeText,
        _ scan: FigureReader.Scan) -> NoticeText? {
        let verb = clause.prefixWord(leadingVerbs + ["实施", "开展"]) ?? ""
        let object = clause.dropFirst(verb.count)
        guard object.hasPrefix("相关"), object.count >= 4, object.folded[2..<4].allSatisfy(\.isHan),
            let at = previous.find(String(object.folded[2..<4])) else { return nil }
        let start = scan.figures.last { $0.span.upperBound <= at }?.span.upperBound ??
            previous.prefixWord(leadingVerbs)?.count ?? 0
        let owner = previous[start..<max(start, at)].trimming([" ", "的"])
        guard owner.count >= 2 else { return nil }
        return clause[0..<verb.count] + owner + object.dropFirst(2)
    }

    /// The size of a list an issuing clause publishes (发布100家服务业领军企业重点培育名单): a count of
    /// what the list holds, named after the list (服务业领军企业重点培育名单企业数). A ranking
    /// (50强) is no count.
    private static func listSize(_ clause: NoticeText) -> Found? {
        let scan = FigureReader.read(clause)
        guard scan.figures.count == 1, let figure = scan.figures.first, figure.kind == .quantity,
              ["家", "个", "项", "所", "名", "人"].contains(figure.unit) else { return nil }
        let list = clause.dropFirst(figure.span.upperBound).trimming(["。", " "])
        guard list.suffixWord(["名单", "清单", "目录", "榜单"]) != nil else { return nil }
        // The first thing the list names (two characters, as written): 企业 of 领军企业重点培育名单.
        let member = ["企业", "项目", "机构", "单位", "园区", "基地",
            "人才"].compactMap { list.find($0) }.min().map { list[$0..<($0 + 2)] }
        return Found(name: (list + (member ?? NoticeText("")) + NoticeText("数")).description, kind: .quantity,
            goal: figure.goal, unit: figure.unit)
    }

    private static func tidy(_ t: NoticeText) -> NoticeText { t.trimming([" "]) }

    private static func isIssuing(_ clause: NoticeText) -> Bool { clause.prefixWord(issuingVerbs) != nil }

    /// One milestone for the clause, or one per item of a 、 list of long items.
    private static func milestoneNames(_ clause: NoticeText) -> [String] {
        let items = clause.split(on: ["、"])
        let verb = items.first?.prefixWord(leadingVerbs)
        let firstLength = (items.first?.count ?? 0) - (verb?.count ?? 0)
        guard items.count >= 2, firstLength >= 6,
            items.dropFirst().allSatisfy({ $0.count >= 6 }) else { return [IndicatorName.make(clause, figure: false)] }
        let tail = sharedTail(items)
        return items.enumerated().map { i, item in
            var name = i == 0 || verb == nil || item.prefixWord(leadingVerbs) != nil ? item : NoticeText(verb!) + item
            if i < items.count - 1, let tail { name = name + tail }
            return IndicatorName.make(name, figure: false)
        }
    }

    /// One indicator per figure; each takes its name from the clause text around it.
    private static func figureIndicators(_ clause: NoticeText, _ figures: [FigureReader.Figure],
        previous: String?) -> [Found] {
        var out: [Found] = []
        let items = figures.count > 1 ? itemRanges(clause, on: "、") : [0..<clause.count]
        // 认定5家…基地、20家…企业: later items open with their figure and share the first one's verb.
        let opening = clause[0..<(figures.first?.span.lowerBound ?? 0)].trimming([" "])
        let sharedLead = items.count > 1 && opening.count <= 6 &&
            items[0].contains(figures[0].span.lowerBound) ? opening.description : ""
        var base = previous
        for (k, figure) in figures.enumerated() {
            let owner = items.first { $0.contains(figure.span.lowerBound) } ?? 0..<clause.count
            let lower = max(owner.lowerBound, k > 0 ? figures[k - 1].span.upperBound : 0)
            let upper = min(owner.upperBound, k + 1 < figures.count ? figures[k + 1].span.lowerBound : clause.count)
            let before = clause[lower..<max(lower, figure.span.lowerBound)]
            var after = clause[min(upper, figure.span.upperBound)..<upper]
            if !before.isEmpty, after.hasPrefix("的") { after = after.dropFirst(1) }
            var name = (before + after).trimming([" ", "的", "、", "“", "”", "在", "为"]).description
            if owner.lowerBound > 0, figure.span.lowerBound == owner.lowerBound { name = sharedLead + name }
            if figure.kind == .growth { name = name.replacing("同比增长", with: "增长") }
            name = InlineDeadline.strippingLeading(NoticeText(name)).rest.description
            switch figure.kind {
            case .growth where name.isEmpty || name.hasPrefix("增长") || name.hasPrefix("同比增长"):
                name = (base ?? "") + "增长"
            case .share where name.hasPrefix("占"):
                name = (base ?? "") + name
            default:
                break
            }
            if name.isEmpty { name = clause.description }
            if figure.kind == .quantity { base = name }
            out.append(Found(name: IndicatorName.make(NoticeText(name), figure: true), kind: figure.kind,
                goal: figure.goal, unit: figure.unit))
        }
        return out
    }

    /// The offsets of each 、 item of a clause.
    private static func itemRanges(_ clause: NoticeText, on separator: Character) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for part in clause.split(on: [separator]) {
            ranges.append(start..<(start + part.count))
            start += part.count + 1
        }
        return ranges
    }

    /// What the last item of a 、 list does that the others share (A、B落户昭山: 落户昭山).
    private static func sharedTail(_ items: [NoticeText]) -> NoticeText? {
        guard let last = items.last else { return nil }
        for verb in ["落户", "落地", "建成", "开工", "投产", "挂牌", "上线", "建设"] {
            if let at = last.find(verb), at > 0,
                !items.dropLast().contains(where: { $0.contains(verb) }) { return last.dropFirst(at) }
        }
        return nil
    }
}
