import Foundation

/// Reads what a person types as a reported value: `412.5`, `412.5亿元`, `1,000`, `1000家`,
/// `12%`, `12.5％` for figures; `done`/`完成`, `in-progress`/`推进中`, `not-started`/`未开始` for statuses.
/// The TUI editor and `plandash set` share it, so both refuse the same input.
public enum ValueInput {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case empty
        case notANumber(String)
        case wrongUnit(given: String, expected: String)
        case notAStatus(String)

        public var description: String {
            switch self {
            case .empty: return "empty value: type a number (e.g. 412.5)"
            case .notANumber(let t): return "\"\(t)\" is not a number (e.g. 412.5, 1,000, 12%)"
            case .wrongUnit(let g, let e): return "unit \"\(g)\" does not match the indicator's unit \"\(e)\""
            case .notAStatus(let t): return "\"\(t)\" is not a status: use not-started, in-progress or done"
            }
        }
    }

    /// Parses a figure for an indicator with unit `unit` (nil: any unit is refused).
    public static func figure(_ text: String, unit: String?) -> Result<Double, Problem> {
        var t = text.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "％", with: "%")
            .replacingOccurrences(of: ",", with: "")
            .replacingOccurrences(of: "，", with: "")
        guard !t.isEmpty else { return .failure(.empty) }
        let numberEnd = t.firstIndex { !("0"..."9").contains($0) && $0 != "." && $0 != "-" && $0 != "+" } ?? t.endIndex
        let suffix = String(t[numberEnd...]).trimmingCharacters(in: .whitespaces)
        t = String(t[..<numberEnd])
        guard let value = Double(t), value.isFinite else { return .failure(.notANumber(text)) }
        if !suffix.isEmpty {
            let expected = (unit ?? "").replacingOccurrences(of: "％", with: "%")
            guard suffix == expected else { return .failure(.wrongUnit(given: suffix, expected: unit ?? "")) }
        }
        return .success(value)
    }

    /// Parses a status word.
    public static func status(_ text: String) -> Result<WorkStatus, Problem> {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch t {
        case "": return .failure(.empty)
        case "done", "完成", "已完成", "100%": return .success(.done)
        case "in-progress", "推进中", "进行中", "50%": return .success(.inProgress)
        case "not-started", "未开始", "0%": return .success(.notStarted)
        default: return .failure(.notAStatus(text))
        }
    }

    /// Parses a value for whatever the item is: a status for milestones and measures, else a figure.
    public static func value(_ text: String, for item: PlanIndex.Item) -> Result<ItemValue, Problem> {
        switch item {
        case .measure:
            return status(text).map(ItemValue.status)
        case .indicator(let ind, _, _) where ind.isMilestone:
            return status(text).map(ItemValue.status)
        case .indicator(let ind, _, _):
            return figure(text, unit: ind.unit).map(ItemValue.number)
        }
    }
}
