import Catalogue
import Foundation
import PlanModel

/// Everything `/` searches: task areas, measures, targets, indicators and units (one entry per
/// task area a unit is in, so every result leads to a task area). A query finds, in this order:
/// the entry whose id it is (`kw1.t1.i3`) and the items under that id; the texts holding it
/// (full-width and traditional forms fold to their plain ones, case is ignored); then short unit and
/// indicator names holding its characters in order (发改 → 省发展改革委), names (task areas too)
/// spelt by it in pinyin or initials (`shangwu`, `swt`), then short names holding its initials in
/// order (`fgw` → 省发展改革委); each of these last three in the order of the names' pinyin
/// spelling. Built once per plan (pinyin included): the plan never changes while it is open,
/// and a keystroke only looks things up.
struct SearchIndex: Sendable {
    enum Kind: Sendable, CaseIterable {
        case task, measure, target, indicator, unit

        /// The kind as a result names it: `指标`.
        var label: Message {
            switch self {
            case .task: return .screenTask
            case .measure: return .missingMeasure
            case .target: return .screenTarget
            case .indicator: return .missingIndicator
            case .unit: return .screenUnit
            }
        }
    }

    struct Entry: Sendable, Equatable {
        let kind: Kind
        let taskID: String
        /// The title of the task area the entry leads to, shown beside each result.
        let taskTitle: String
        /// The measure or indicator to select in the task area, if the entry is one.
        let itemID: String?
        /// The id a query can name it by (a task area's, a measure's, a target's, an indicator's).
        let id: String?
        /// The text searched and shown.
        let text: String
        /// Shown after the text, dimmed; not searched (a unit's role is shown before its task area's title).
        let context: String
        /// A unit that leads the task area (the first one named), not one that joins it.
        var leads = false
    }

    let entries: [Entry]
    private let texts: FoldedTexts
    /// Names' pinyin, whole (`shengshangwuting`) and by initials (`sswt`); empty for other entries.
    private let pinyin: FoldedTexts
    private let initials: FoldedTexts
    /// Whether each entry is found by its characters or initials in order (`isAbbreviable`).
    private let abbreviable: [Bool]
    /// Each entry's place among the names' pinyin spellings (equal names share it; 0 for others).
    private let spellingRank: [Int32]
    /// Entries by their lowercased id, and by each id that theirs extends (`kw1` for `kw1.t1.i3`).
    private let byID: [String: [Int]]
    private let underID: [String: [Int]]

    init(_ plan: Plan) {
        var entries: [Entry] = []
        for task in plan.tasks {
            entries.append(Entry(kind: .task, taskID: task.id, taskTitle: task.title, itemID: nil, id: task.id,
                text: task.title, context: ""))
            for m in task.measures {
                entries.append(Entry(kind: .measure, taskID: task.id, taskTitle: task.title, itemID: m.id, id: m.id,
                    text: m.text, context: ""))
            }
            for t in task.targets {
                entries.append(Entry(kind: .target, taskID: task.id, taskTitle: task.title,
                    itemID: t.indicators.first?.id, id: t.id, text: t.text, context: ""))
                for i in t.indicators {
                    entries.append(Entry(kind: .indicator, taskID: task.id, taskTitle: task.title, itemID: i.id,
                        id: i.id, text: i.name, context: i.goalText))
                }
            }
            var seen: Set<String> = []
            for (n, unit) in task.units.enumerated() where seen.insert(unit).inserted {
                entries.append(Entry(kind: .unit, taskID: task.id, taskTitle: task.title, itemID: nil, id: nil,
                    text: unit, context: task.title, leads: n == 0))
            }
        }
        self.entries = entries
        abbreviable = entries.map(SearchIndex.isAbbreviable)
        texts = FoldedTexts(entries.map(\.text))
        let spelt = entries.map { SearchIndex.isName($0.kind) ? Pinyin($0.text) : nil }
        let spellings = spelt.map { $0?.full ?? "" }
        pinyin = FoldedTexts(spellings, tableLimit: 0x80)
        let ranks = Dictionary(uniqueKeysWithValues: Set(spellings).sorted().enumerated().map { ($1, Int32($0)) })
        spellingRank = spellings.map { ranks[$0]! }
        initials = FoldedTexts(spelt.map { $0?.initials ?? "" }, tableLimit: 0x80)
        var byID: [String: [Int]] = [:]
        var underID: [String: [Int]] = [:]
        for (i, entry) in entries.enumerated() {
            guard let id = entry.id?.lowercased() else { continue }
            byID[id, default: []].append(i)
            var parts = id.split(separator: ".").dropLast()
            while !parts.isEmpty {
                underID[parts.joined(separator: "."), default: []].append(i)
                parts = parts.dropLast()
            }
        }
        self.byID = byID
        self.underID = underID
    }

    /// Kinds whose text is a name, found also by pinyin.
    private static func isName(_ kind: Kind) -> Bool { kind == .task || kind == .unit || kind == .indicator }

    /// Unit and indicator names short enough to be found by their characters or initials in
    /// order (发改, fgw): in a long title nearly any few characters come in order somewhere.
    private static func isAbbreviable(_ entry: Entry) -> Bool {
        (entry.kind == .unit || entry.kind == .indicator) && entry.text.count <= 12
    }

    /// Indices of the entries `query` finds: by id, then holding every space-separated term, in
    /// plan order; then, for a one-term query of two characters or more, names by abbreviation,
    /// by pinyin or initials as written, and by initials in order, each by pinyin spelling.
    func find(_ query: String) -> [Int] {
        let terms = FoldedTexts.terms(query)
        guard !terms.isEmpty else { return [] }
        var found: [Int] = []
        // A mark per entry, not a set: a common character matches most entries of a large plan.
        var taken = [Bool](repeating: false, count: entries.count)
        func take(_ hits: [Int]) {
            for i in hits where !taken[i] {
                taken[i] = true
                found.append(i)
            }
        }
        if terms.count == 1 {
            let id = String(decoding: terms[0], as: UTF8.self)
            take(byID[id] ?? [])
            take(underID[id] ?? [])
        }
        let candidates = texts.candidates(terms)
        // One scalar's postings are its matches already: nothing to check.
        let oneScalar = terms.count == 1 && String(decoding: terms[0], as: UTF8.self).unicodeScalars.count == 1
        take(oneScalar ? candidates : candidates.filter { i in terms.allSatisfy { texts.contains(i, $0) } })
        // Abbreviations and spellings need at least two characters: one is already a substring.
        guard terms.count == 1, String(decoding: terms[0], as: UTF8.self).count > 1 else { return found }
        let term = terms[0]
        take(inPinyinOrder(candidates.filter { abbreviable[$0] && texts.holdsInOrder($0, term) }))
        guard term.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return found }
        // Spelt as written (shangwu, or the initials sw of 省商务厅) before initials scattered
        // through a short name (sw in 省发展改革委's sfzggw).
        let initialled = initials.candidates(terms)
        let spelt = Set(pinyin.candidates(terms).filter { pinyin.contains($0, term) })
            .union(initialled.filter { initials.contains($0, term) })
        take(inPinyinOrder(Array(spelt)))
        take(inPinyinOrder(initialled.filter { abbreviable[$0] && initials.holdsInOrder($0, term) }))
        return found
    }

    /// Names found by abbreviation or pinyin, in the order of their pinyin spelling (a unit's
    /// entries together), each name's entries in plan order.
    private func inPinyinOrder(_ hits: [Int]) -> [Int] {
        hits.sorted { (spellingRank[$0], $0) < (spellingRank[$1], $1) }
    }

    /// Where the first term of `query` sits in `text`, for highlighting (case and width ignored).
    static func highlight(_ query: String, in text: String) -> Range<String.Index>? {
        guard let first = query.split(whereSeparator: \.isWhitespace).first else { return nil }
        return text.range(of: String(first), options: [.caseInsensitive, .widthInsensitive])
    }
}
