import Catalogue

/// How far an actual value goes toward an indicator's goal, as a fraction 0…1.
/// The rules are those README's "Completion rules" section states.
extension Indicator {
    public func progress(of value: ItemValue) -> Double? {
        switch value {
        case .status(let s):
            return isMilestone ? s.fraction : nil
        case .number(let actual):
            guard let goal else { return nil }
            return Indicator.progress(actual: actual, goal: goal, countsWholeUnits: countsWholeUnits)
        }
    }

    /// Units of things counted one by one (家, 个, 人, 项, 张…): for these 左右 tolerates at least one whole unit.
    public static let countUnits: Set<String> = [
        "家", "个", "人", "项", "张", "所", "座", "次", "件", "批", // not a message: unit words matched in plan text
        "台", "户", "名", "部", "条", "场", "处", "套", "位", "只", // not a message: unit words matched in plan text
    ]

    /// The indicator's unit counts whole things (家, 个, 人…).
    public var countsWholeUnits: Bool { unit.map(Indicator.countUnits.contains) ?? false }

    /// The least value that reaches an about (左右) goal: X less max(T % of X, one whole unit for counts).
    static func aboutFloor(_ x: Double, tolerance: Double, countsWholeUnits: Bool) -> Double {
        x - max(x * tolerance / 100, countsWholeUnits ? 1 : 0)
    }

    /// True when a range goal's actual value is above its upper bound (超出; still reached).
    public func exceeds(_ value: ItemValue) -> Bool {
        guard case .range(_, let high)? = goal, case .number(let actual) = value else { return false }
        return actual > high
    }

    static func progress(actual: Double, goal: Goal, countsWholeUnits: Bool = false) -> Double {
        func toward(_ floor: Double) -> Double {
            guard floor > 0 else { return actual >= floor ? 1 : 0 }
            return min(max(actual / floor, 0), 1)
        }
        switch goal {
        case .atLeast(let x):
            return toward(x)
        case .range(let low, _):
            return toward(low)
        case .about(let x, let tolerance):
            return toward(aboutFloor(x, tolerance: tolerance, countsWholeUnits: countsWholeUnits))
        case .atMost(let x):
            if actual <= x { return 1 }
            guard actual > 0, x > 0 else { return 0 }
            return min(max(x / actual, 0), 1)
        }
    }

    /// The goal as people read it: `≥550亿元`, `≈1000家 (±10%)`, `1–2家`, `里程碑`.
    public var goalText: String {
        guard let goal else { return Message.milestoneGoal.text() }
        let u = unit ?? ""
        switch goal {
        case .atLeast(let x): return "≥\(NumberText.format(x))\(u)"
        case .atMost(let x): return "≤\(NumberText.format(x))\(u)"
        case .about(let x, let t):
            let tol = t == Goal.defaultTolerance ? "" : "(±\(NumberText.format(t))%)"
            return "≈\(NumberText.format(x))\(u)\(tol)"
        case .range(let a, let b): return "\(NumberText.format(a))–\(NumberText.format(b))\(u)"
        }
    }
}
