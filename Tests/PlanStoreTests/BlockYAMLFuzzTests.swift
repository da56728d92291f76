import Foundation
import Testing
import Yams
@testable import PlanStore
import TestSupport

/// One grammar: on thousands of generated and mutated plan-like files, with LF and with CRLF
/// line ends, the fast reader either declines or composes exactly the tree Yams composes
/// (same keys in the same order, same text, same plain-or-quoted style).
@Suite struct BlockYAMLFuzzTests {
    static let pieces = ["a", "b", "id", "x1", "中文", "测试", " ", "  ", ":", ": ", "#", " #", "-", "- ", "?", "? ", ",", ", ", "[", "]",
                         "{", "}", "'", "''", "\"", "\\", "\\n", "\\x41", "&", "*", "!", "!!", "|", ">", "%", "@", "`", ".", "~", "=",
                         "0x1p3", "1e3", "550", "-5", "null", "true", "2019-12-31", "\t", "/", "、", "：", "\u{3000}", "é"]
    static let safePieces = ["a", "b", "id", "x1", "中文", "测试", " ", "550", "-5", "12.5", "2019-12-31", "、", "：", "é", ".", "x:y", "C#"]
    static let keys = ["id", "title", "units", "value", "a", "b", "c", "x_y", "k.1", "9", "名", "\"q\"", "'s'", "a b", "-k", "? k", "k#"]

    func scalar(_ g: inout SplitMix64) -> String {
        // Mostly the text plan files hold, with one piece in four from YAML's indicators.
        let plain = (0..<Int.random(in: 1...4, using: &g)).map { _ in
            (Int.random(in: 0..<4, using: &g) == 0 ? Self.pieces : Self.safePieces).randomElement(using: &g)!
        }.joined()
        switch Int.random(in: 0..<6, using: &g) {
        case 0: return "\"" + plain + "\""
        case 1: return "'" + plain + "'"
        case 2: return "[" + (0..<Int.random(in: 0...3, using: &g)).map { _ in flowItem(&g) }.joined(separator: Bool.random(using: &g) ? ", " : ",") + "]"
        default: return plain
        }
    }

    /// A flow list item, often with an indicator that means something else inside `[…]`.
    func flowItem(_ g: inout SplitMix64) -> String {
        let item = scalar(&g)
        guard Bool.random(using: &g) else { return item }
        let indicator = ["?", ":", "-", "? ", ": ", "#", "!", "&", "*", "|"].randomElement(using: &g)!
        let at = Int.random(in: 0...item.count, using: &g)
        return String(item.prefix(at)) + indicator + String(item.dropFirst(at))
    }

    func block(_ g: inout SplitMix64, indent: Int, depth: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        let list = Bool.random(using: &g) && depth > 0
        for _ in 0..<Int.random(in: 1...4, using: &g) {
            let key = Int.random(in: 0..<4, using: &g) == 0 ? Self.keys.randomElement(using: &g)! : Self.keys.prefix(8).randomElement(using: &g)!
            let head = list ? pad + "- " : pad + key + ":"
            switch Int.random(in: 0..<8, using: &g) {
            case 0 where depth < 4:
                lines.append(head)
                block(&g, indent: indent + Int.random(in: 1...3, using: &g), depth: depth + 1, into: &lines)
            case 1 where depth < 4 && list:
                var inner: [String] = []
                block(&g, indent: indent + 2, depth: depth + 1, into: &inner)
                if let first = inner.first { lines.append(pad + "- " + first.drop { $0 == " " }); lines += inner.dropFirst() }
            case 2: lines.append(head + " " + scalar(&g) + " # note")
            case 3: lines.append(pad + "# comment")
            case 4: lines.append("")
            default: lines.append(head + " " + scalar(&g))
            }
        }
    }

    func mutated(_ text: String, _ g: inout SplitMix64) -> String {
        var chars = Array(text)
        for _ in 0..<Int.random(in: 1...3, using: &g) where !chars.isEmpty {
            let at = Int.random(in: 0..<chars.count, using: &g)
            switch Int.random(in: 0..<4, using: &g) {
            case 0: chars.insert(contentsOf: Self.pieces.randomElement(using: &g)!, at: at)
            case 1: chars.remove(at: at)
            case 2: chars[at] = Self.pieces.randomElement(using: &g)!.first ?? " "
            default: chars.insert(" ", at: at)
            }
        }
        return String(chars)
    }

    func shape(_ node: PlanNode) -> String {
        switch node {
        case .scalar(let s, _, let quoted): return (quoted ? "Q" : "P") + s.debugDescription
        case .sequence(let items, _): return "[" + items.map(shape).joined(separator: ",") + "]"
        case .mapping(let pairs, _): return "{" + pairs.map { shape($0.key) + ":" + shape($0.value) }.joined(separator: ",") + "}"
        }
    }

    @Test func theFastReaderReadsExactlyAsYamsOrDeclines() throws {
        var g = SplitMix64(state: 20191231)
        var tried = 0, taken = 0
        var disagreements: [String] = []
        let seeds = [Fixtures.smallYAML, try String(contentsOf: Fixtures.hunanURL, encoding: .utf8)]
        for round in 0..<3000 {
            var text: String
            if round % 4 == 0 {
                let seed = seeds[round % 40 == 0 ? 1 : 0]
                text = mutated(seed, &g)
            } else {
                var lines: [String] = []
                block(&g, indent: 0, depth: 0, into: &lines)
                text = lines.joined(separator: "\n") + (Bool.random(using: &g) ? "\n" : "")
                if round % 4 == 1 { text = mutated(text, &g) }
            }
            for variant in [text, text.replacingOccurrences(of: "\n", with: "\r\n")] {
                tried += 1
                guard let fast = BlockYAML.compose(variant) else { continue }
                taken += 1
                let yams: String
                do {
                    yams = try Yams.compose(yaml: variant, .basic).map { shape(PlanNode($0)) } ?? "nil"
                } catch {
                    disagreements.append("Yams refuses what the fast reader took:\n\(variant)\n\(error)")
                    continue
                }
                if shape(fast) != yams { disagreements.append("\(variant)\nfast: \(shape(fast))\nyams: \(yams)") }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements, first:\n\(disagreements.prefix(3).joined(separator: "\n---\n"))")
        #expect(tried == 6000)
        #expect(taken > 900, "the fast reader took only \(taken) of \(tried): the test would prove little")
    }

    @Test func flowListsWithIndicatorsAreLeftToYams() throws {
        for text in ["a: [?a, b]\n", "a: [:a, b]\n", "a: [a:?b]\n", "a: [a:b]\n", "a: [a?, b]\n"] {
            #expect(BlockYAML.compose(text) == nil, "took \(text)")
        }
    }

    @Test func aMappingOfManyKeysIsReadInLinearTime() {
        // Duplicate keys were looked up in a list: 100,000 keys took 25 s. Now 10× the keys
        // cost about 10× the CPU time; the bound, ×30, is far below the ×100 of a quadratic reader.
        func text(_ n: Int) -> String { (0..<n).map { "k\($0): \($0)" }.joined(separator: "\n") + "\n" }
        func cpu(_ text: String) -> Double {
            let start = clock()
            guard case .mapping(let pairs, _)? = BlockYAML.compose(text), pairs.count > 0 else { Issue.record("declined"); return 0 }
            return max(Double(clock() - start) / Double(CLOCKS_PER_SEC), 1e-4)
        }
        let (small, big) = (text(10_000), text(100_000))
        let ratio = min(cpu(big), cpu(big)) / min(cpu(small), cpu(small))
        #expect(ratio < 30, "10,000 → 100,000 keys took ×\(ratio)")
    }
}
