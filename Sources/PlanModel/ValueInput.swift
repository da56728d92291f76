import Catalogue
import Foundation

/// Reads what a person types as a reported value: `412.5`, `412.5亿元`, `1,000`, `1000家`,
/// `12%`, `12.5％`, `－3％` for figures; `done`/`完成`, `in-progress`/`推进中`, `not-started`/`未开始`
/// for statuses. Full-width digits, signs, separators and percent read as their ASCII forms;
/// only plain decimals are taken, with group separators only between groups of three.
/// The TUI editor and `plandash set` share it, so both refuse (or ask about) the same input.
public enum ValueInput {
    /// Why a typed value is refused.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case empty
        case notANumber(String)
        /// Group separators not between groups of three (`1,2`, `1,23,4`).
        case badGrouping(String)
        /// `1e3`, `1e999`: only plain decimals are taken.
        case scientific(String)
        /// More significant digits than a figure keeps exactly (`99999999999999999999`).
        case tooManyDigits(String)
        case wrongUnit(given: String, expected: String)
        /// Below zero for an indicator that cannot be (counts, amounts, shares).
        case negative(String)
        case notAStatus(String)

        /// The reason, for the user.
        public var message: Message {
            switch self {
            case .empty: return .valueEmpty()
            case .notANumber(let t): return .valueNotANumber(TerminalSafe.text(t))
            case .badGrouping(let t): return .valueBadGrouping(TerminalSafe.text(t))
            case .scientific(let t): return .valueScientific(TerminalSafe.text(t))
            case .tooManyDigits(let t): return .valueTooLong(TerminalSafe.text(t), digits: ValueInput.maxDigits)
            case .wrongUnit(let g, let e): return .valueWrongUnit(given: TerminalSafe.text(g),
                expected: TerminalSafe.text(e))
            case .negative(let t): return .valueNegative(TerminalSafe.text(t))
            case .notAStatus(let t): return .valueNotAStatus(TerminalSafe.text(t))
            }
        }

        public var description: String { message.text() }
    }

    /// What checking a typed value for an item gives: a value to record, a value to record only
    /// once the user confirms it (the TUI asks; `plandash set` wants `--force`), or a refusal.
    public enum Entry: Equatable {
        case accepted(ItemValue)
        case needsConfirmation(ItemValue, reason: Message)
        case refused(Problem)

        /// The value when it may be recorded, confirmed or not.
        public var value: ItemValue? {
            switch self {
            case .accepted(let v), .needsConfirmation(let v, _): return v
            case .refused: return nil
            }
        }
    }

    /// Significant digits a figure may have: a Double keeps 15 exactly.
    public static let maxDigits = 15

    /// Checks `text` as a value for `item`: refused, accepted, or needing confirmation (a figure
    /// beyond 100× the goal, a share above 100%).
    public static func entry(_ text: String, for item: PlanIndex.Item) -> Entry {
        switch value(text, for: item) {
        case .failure(let problem): return .refused(problem)
        case .success(let v):
            if case .indicator(let ind, _, _) = item, let n = v.number, let reason = caution(n, for: ind) {
                return .needsConfirmation(v, reason: reason)
            }
            return .accepted(v)
        }
    }

    /// Why a figure is unlikely enough to ask about it first; nil when it is not.
    public static func caution(_ value: Double, for indicator: Indicator) -> Message? {
        let shown = NumberText.format(value) + (indicator.unit ?? "")
        if indicator.kind == .share, value > 100 { return .valueShareAbove100(shown) }
        if let goal = indicator.goal.map(aim), goal > 0, value > goal * 100 {
            return .valueFarAboveGoal(shown, goal: NumberText.format(goal) + (indicator.unit ?? ""))
        }
        return nil
    }

    /// The figure a goal names (the upper end of a range).
    private static func aim(_ goal: Goal) -> Double {
        switch goal {
        case .atLeast(let x), .atMost(let x), .about(let x, _): return x
        case .range(_, let b): return b
        }
    }

    /// Parses a figure for an indicator with unit `unit` (nil: any unit is refused);
    /// `allowsNegative` is false for counts, amounts and shares.
    public static func figure(_ text: String, unit: String?, allowsNegative: Bool = true) -> Result<Double, Problem> {
        let t = ascii(text).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { return .failure(.empty) }
        var scanner = DecimalScanner(Array(t.unicodeScalars))
        guard let number = scanner.number() else { return .failure(.notANumber(text)) }
        let suffix = String(String.UnicodeScalarView(scanner.rest)).trimmingCharacters(in: .whitespaces)
        if let first = suffix.unicodeScalars.first, first == "e" || first == "E",
           suffix.unicodeScalars.dropFirst().first.map({ ("0"..."9").contains($0) || $0 == "+" || $0 == "-" }) == true {
            return .failure(.scientific(text))
        }
        if suffix.hasPrefix(",") ||
            suffix.hasPrefix(".") { return .failure(number.grouped ? .badGrouping(text) : .notANumber(text)) }
        guard number.grouping else { return .failure(.badGrouping(text)) }
        guard number.significantDigits <= maxDigits else { return .failure(.tooManyDigits(text)) }
        guard let value = Double(number.plain), value.isFinite else { return .failure(.notANumber(text)) }
        if !suffix.isEmpty {
            let expected = ascii(unit ?? "")
            guard suffix == expected else { return .failure(.wrongUnit(given: suffix, expected: unit ?? "")) }
        }
        if value < 0, !allowsNegative { return .failure(.negative(text)) }
        return .success(value)
    }

    /// Parses a status word.
    public static func status(_ text: String) -> Result<WorkStatus, Problem> {
        let t = ascii(text).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch t {
        case "": return .failure(.empty)
        case "done", "完成", "已完成", "100%": return .success(.done) // not a message: status words read from input
        case "in-progress", "in progress", "推进中", "进行中", "50%": // not a message: status words read from input
            return .success(.inProgress)
        case "not-started", "not started", "未开始", "0%": // not a message: status words read from input
            return .success(.notStarted)
        default: return .failure(.notAStatus(text))
        }
    }

    /// Parses a value for whatever the item is: a status for milestones and measures, else a
    /// figure (negative only for growth rates). Refusals only: see `entry` for confirmations.
    public static func value(_ text: String, for item: PlanIndex.Item) -> Result<ItemValue, Problem> {
        switch item {
        case .measure:
            return status(text).map(ItemValue.status)
        case .indicator(let ind, _, _) where ind.isMilestone:
            return status(text).map(ItemValue.status)
        case .indicator(let ind, _, _):
            return figure(text, unit: ind.unit, allowsNegative: ind.kind == .growth).map(ItemValue.number)
        }
    }

    /// Full-width digits, signs, point, separators and percent as ASCII; the minus sign as `-`.
    static func ascii(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0xFF10...0xFF19: out.append(Unicode.Scalar(s.value - 0xFF10 + 0x30)!)
            case 0xFF0B: out.append("+")
            case 0xFF0D, 0x2212: out.append("-")
            case 0xFF0E: out.append(".")
            case 0xFF0C: out.append(",")
            case 0xFF05: out.append("%")
            default: out.append(s)
            }
        }
        return String(out)
    }
}

/// Reads `[+-]digits[.digits]` from the start of a value, noting group separators.
private struct DecimalScanner {
    struct Number {
        /// The number without separators, for `Double`.
        var plain: String
        /// Whether separators (if any) stand between groups of three.
        var grouping: Bool
        var grouped: Bool
        var significantDigits: Int
    }

    let scalars: [Unicode.Scalar]
    var at = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var rest: ArraySlice<Unicode.Scalar> { scalars[at...] }

    mutating func number() -> Number? {
        var plain = ""
        if at < scalars.count, scalars[at] == "-" || scalars[at] == "+" {
            plain.unicodeScalars.append(scalars[at])
            at += 1
        }
        // Integer part: digit groups split by commas.
        var groups: [Int] = [0]
        var digits = ""
        while at < scalars.count {
            let s = scalars[at]
            if ("0"..."9").contains(s) {
                groups[groups.count - 1] += 1
                digits.unicodeScalars.append(s)
            } else if s == ",", groups.last! > 0, at + 1 < scalars.count, ("0"..."9").contains(scalars[at + 1]) {
                groups.append(0)
            } else { break }
            at += 1
        }
        // `.5` reads as 0.5.
        let bareFraction = digits.isEmpty && at + 1 < scalars.count && scalars[at] == "." &&
            ("0"..."9").contains(scalars[at + 1])
        if bareFraction { digits = "0" }
        guard !digits.isEmpty else { return nil }
        let grouped = groups.count > 1
        let grouping = !grouped || (groups[0] <= 3 && groups.dropFirst().allSatisfy { $0 == 3 })
        var fraction = ""
        if at + 1 < scalars.count, scalars[at] == ".", ("0"..."9").contains(scalars[at + 1]) {
            at += 1
            while at < scalars.count, ("0"..."9").contains(scalars[at]) {
                fraction.unicodeScalars.append(scalars[at])
                at += 1
            }
        }
        plain += digits + (fraction.isEmpty ? "" : "." + fraction)
        let count = digits.drop { $0 == "0" }.count + fraction.reversed().drop { $0 == "0" }.count
        return Number(plain: plain, grouping: grouping, grouped: grouped, significantDigits: count)
    }
}
