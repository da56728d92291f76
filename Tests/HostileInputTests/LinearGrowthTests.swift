import Foundation
import Testing
import PlanStore

/// Loading a plan grows linearly with its size: the CPU time of 1×, 10× and 100× a case,
/// compared by ratio (a quadratic reader gives ×100 per step; the bound is ×30), best of two.
@Suite struct LinearGrowthTests {
    /// A valid plan of `n` task areas (one measure, one target, one indicator each).
    static func plan(_ n: Int) -> String {
        var out = "plan:\n  id: grow\n  title: 增长\n  document: 文〔2019〕1号\n  issuer: 办公室\n  issued: 2019-04-24\n  year: 2019\n"
        out += "sections:\n  - id: s\n    kind: key-work\n    title: 部分\n    tasks:\n"
        for i in 0..<n {
            out += "      - id: t\(i)\n        title: 任务\(i)\n        units: [单位\(i % 50), 单位b]\n        measures:\n"
            out += "          - id: t\(i).m\n            text: 措施\(i)\n            deadline: 2019-12-31\n            deadline_text: 年底\n"
            out += "        targets:\n          - id: t\(i).t\n            text: 目标\n            indicators:\n"
            out += "              - id: t\(i).t.i\n                name: 指标\n                kind: quantity\n                comparator: at-least\n                value: \(i)\n                unit: 家\n"
        }
        return out
    }

    func seconds(_ work: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<2 {
            let start = clock()
            try work()
            best = min(best, Double(clock() - start) / Double(CLOCKS_PER_SEC))
        }
        return max(best, 1e-4)
    }

    func expectLinear(_ name: String, _ size: (Int) -> String, base: Int, parse: (String) throws -> Void) rethrows {
        let texts = [base, base * 10, base * 100].map(size)
        let times = try texts.map { text in try seconds { try parse(text) } }
        #expect(times[2] / times[1] < 30, "\(name): 10× → 100× took ×\(times[2] / times[1]) (\(times))")
    }

    @Test func plansLoadInLinearTime() throws {
        try expectLinear("fast reader", Self.plan, base: 20) { text in _ = try PlanFile.parse(text, file: "grow.yaml") }
        try expectLinear("Yams (CRLF)", { Self.plan($0).replacingOccurrences(of: "\n", with: "\r\n") }, base: 10) { text in
            _ = try PlanFile.parse(text, file: "grow.yaml")
        }
    }

    @Test func refusalsComeInLinearTime() {
        // Many unknown keys (each one diagnosed) and one long line of text.
        let keys: (Int) -> String = { n in "plan:\n" + (0..<n).map { "  k\($0): \($0)\n" }.joined() + "sections: []\n" }
        let long: (Int) -> String = { n in "plan: " + String(repeating: "长", count: n * 100) + "\nsections: []\n" }
        for (name, size) in [("unknown keys", keys), ("long line", long)] {
            expectLinear(name, size, base: 50) { text in
                #expect(throws: PlanLoadError.self) { try PlanFile.parse(text, file: "grow.yaml") }
            }
        }
    }
}
