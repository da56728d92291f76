import Foundation
import PlanModel

/// Everything `/` searches: task areas, measures, targets, indicators and units (one entry per
/// task area a unit is in, so every result leads to a task area). Built once per plan: the plan
/// never changes while it is open.
struct SearchIndex: Sendable {
    enum Kind: String, Sendable {
        case task = "任务", measure = "措施", target = "目标", indicator = "指标", unit = "单位"
    }

    struct Entry: Sendable, Equatable {
        let kind: Kind
        let taskID: String
        /// The title of the task area the entry leads to, shown beside each result.
        let taskTitle: String
        /// The measure or indicator to select in the task area, if the entry is one.
        let itemID: String?
        /// The text searched and shown.
        let text: String
        /// Shown after the text, dimmed; not searched.
        let context: String
    }

    let entries: [Entry]
    /// The entries' texts lowercased, as UTF-8, one after another: entry `i` is
    /// `folded[starts[i]..<starts[i + 1]]`. What queries are matched against.
    private let folded: [UInt8]
    private let starts: [Int]
    /// For each Unicode scalar of the lowercased texts, the entries holding it, in plan order
    /// (a table for the Basic Multilingual Plane, a dictionary beyond): a keystroke looks only
    /// at the entries holding the query's rarest scalar.
    private let basicPostings: [[Int]]
    private let otherPostings: [UInt32: [Int]]

    init(_ plan: Plan) {
        var entries: [Entry] = []
        for task in plan.tasks {
            entries.append(Entry(kind: .task, taskID: task.id, taskTitle: task.title, itemID: nil, text: task.title,
                context: ""))
            for m in task.measures {
                entries.append(Entry(kind: .measure, taskID: task.id, taskTitle: task.title, itemID: m.id, text: m.text,
                    context: ""))
            }
            for t in task.targets {
                entries.append(Entry(kind: .target, taskID: task.id, taskTitle: task.title,
                    itemID: t.indicators.first?.id, text: t.text, context: ""))
                for i in t.indicators {
                    entries.append(Entry(kind: .indicator, taskID: task.id, taskTitle: task.title, itemID: i.id,
                        text: i.name, context: i.goalText))
                }
            }
            var seen: Set<String> = []
            for (n, unit) in task.units.enumerated() where seen.insert(unit).inserted {
                entries.append(Entry(kind: .unit, taskID: task.id, taskTitle: task.title, itemID: nil, text: unit,
                                     context: "\(n == 0 ? "牵头" : "配合") \(task.title)"))
            }
        }
        self.entries = entries
        var folded: [UInt8] = []
        var starts = [0]
        var basic = [[Int]](repeating: [], count: 0x10000)
        var other: [UInt32: [Int]] = [:]
        for (i, entry) in entries.enumerated() {
            SearchIndex.fold(entry.text) { scalar in
                UTF8.encode(scalar) { folded.append($0) }
                let v = scalar.value
                if v < 0x10000 {
                    if basic[Int(v)].last != i { basic[Int(v)].append(i) }
                } else if other[v]?.last != i {
                    other[v, default: []].append(i)
                }
            }
            starts.append(folded.count)
        }
        self.folded = folded
        self.starts = starts
        basicPostings = basic
        otherPostings = other
    }

    /// `text` lowercased scalar by scalar, as `String.lowercased()` does, without building the
    /// string: ASCII and CJK (which has no case) directly, other scalars by their mapping.
    static func fold(_ text: String, _ each: (Unicode.Scalar) -> Void) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                each(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar)
            } else if (0x3400...0x9FFF).contains(v) || !scalar.properties.changesWhenLowercased {
                each(scalar)
            } else {
                scalar.properties.lowercaseMapping.unicodeScalars.forEach(each)
            }
        }
    }

    private func postings(_ scalar: Unicode.Scalar) -> [Int] {
        scalar.value < 0x10000 ? basicPostings[Int(scalar.value)] : otherPostings[scalar.value] ?? []
    }

    /// Indices of the entries holding every space-separated term of `query` (case-insensitive:
    /// both sides lowercased), in plan order.
    func find(_ query: String) -> [Int] {
        var terms: [[Unicode.Scalar]] = [[]]
        SearchIndex.fold(query) { scalar in
            if scalar.properties.isWhitespace {
                if !terms[terms.count - 1].isEmpty { terms.append([]) }
            } else {
                terms[terms.count - 1].append(scalar)
            }
        }
        terms.removeAll { $0.isEmpty }
        guard !terms.isEmpty else { return [] }
        var candidates: [Int]?
        for scalar in terms.joined() {
            let holding = postings(scalar)
            if holding.count < candidates?.count ?? .max { candidates = holding }
        }
        guard let candidates, !candidates.isEmpty else { return [] }
        if terms.count == 1, terms[0].count == 1 { return candidates }
        let patterns = terms.map { term in
            var bytes: [UInt8] = []
            for scalar in term { UTF8.encode(scalar) { bytes.append($0) } }
            return bytes
        }
        return candidates.filter { i in patterns.allSatisfy { contains(entry: i, $0) } }
    }

    /// Whether entry `i`'s lowercased text holds `pattern` (UTF-8).
    private func contains(entry i: Int, _ pattern: [UInt8]) -> Bool {
        let end = starts[i + 1] - pattern.count
        var at = starts[i]
        while at <= end {
            if folded[at] == pattern[0], folded[at..<at + pattern.count].elementsEqual(pattern) { return true }
            at += 1
        }
        return false
    }

    /// Where the first term of `query` sits in `text`, for highlighting.
    static func highlight(_ query: String, in text: String) -> Range<String.Index>? {
        guard let first = query.split(whereSeparator: \.isWhitespace).first else { return nil }
        return text.range(of: String(first), options: .caseInsensitive)
    }
}
