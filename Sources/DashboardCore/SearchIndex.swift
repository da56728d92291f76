import Foundation
import PlanModel

/// Everything `/` searches: task areas, measures, targets, indicators and units (one entry per
/// task area a unit is in, so every result leads to a task area). Built once per status change.
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

    init(_ status: PlanStatus) {
        var entries: [Entry] = []
        for task in status.plan.tasks {
            entries.append(Entry(kind: .task, taskID: task.id, taskTitle: task.title, itemID: nil, text: task.title, context: ""))
            for m in task.measures {
                entries.append(Entry(kind: .measure, taskID: task.id, taskTitle: task.title, itemID: m.id, text: m.text, context: ""))
            }
            for t in task.targets {
                entries.append(Entry(kind: .target, taskID: task.id, taskTitle: task.title, itemID: t.indicators.first?.id, text: t.text, context: ""))
                for i in t.indicators {
                    entries.append(Entry(kind: .indicator, taskID: task.id, taskTitle: task.title, itemID: i.id, text: i.name, context: i.goalText))
                }
            }
            var seen: Set<String> = []
            for (n, unit) in task.units.enumerated() where seen.insert(unit).inserted {
                entries.append(Entry(kind: .unit, taskID: task.id, taskTitle: task.title, itemID: nil, text: unit,
                                     context: "\(n == 0 ? "牵头" : "配合") \(task.title)"))
            }
        }
        self.entries = entries
    }

    /// Indices of the entries holding every space-separated term of `query` (case-insensitive), in plan order.
    func find(_ query: String) -> [Int] {
        let terms = query.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !terms.isEmpty else { return [] }
        return entries.indices.filter { i in
            terms.allSatisfy { entries[i].text.range(of: $0, options: .caseInsensitive) != nil }
        }
    }

    /// Where the first term of `query` sits in `text`, for highlighting.
    static func highlight(_ query: String, in text: String) -> Range<String.Index>? {
        guard let first = query.split(whereSeparator: \.isWhitespace).first else { return nil }
        return text.range(of: String(first), options: .caseInsensitive)
    }
}
