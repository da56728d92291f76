/// How far an actual value goes toward an indicator's goal, as a fraction 0…1.
/// The rules are those README's "Completion rules" section states.
extension Indicator {
    public func progress(of value: ItemValue) -> Double? {
        switch value {
        case .status(let s):
            return isMilestone ? s.fraction : nil
        case .number(let actual):
            guard let goal else { return nil }
            return Indicator.progress(actual: actual, goal: goal)
        }
    }

    static func progress(actual: Double, goal: Goal) -> Double {
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
            return toward(x * (1 - tolerance / 100))
        case .atMost(let x):
            if actual <= x { return 1 }
            guard actual > 0, x > 0 else { return 0 }
            return min(max(x / actual, 0), 1)
        }
    }

    /// The goal as people read it: `≥550亿元`, `≈1000家 (±10%)`, `1–2家`, `里程碑`.
    public var goalText: String {
        guard let goal else { return "里程碑" }
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
