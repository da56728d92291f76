import Foundation
import Testing
import Yams
import PlanModel
@testable import PlanStore

/// The fast plan-file reader composes exactly what Yams composes, or declines and leaves the text to Yams.
@Suite struct BlockYAMLTests {
    /// A node as plain text, positions left out: what the decoder reads of it.
    func shape(_ node: PlanNode) -> String {
        switch node {
        case .scalar(let s, _, let quoted): return quoted ? "\"\(s)\"" : "'\(s)'"
        case .sequence(let items, _): return "[" + items.map(shape).joined(separator: ",") + "]"
        case .mapping(let pairs, _): return "{" + pairs.map { shape($0.key) + ":" + shape($0.value) }.joined(separator: ",") + "}"
        }
    }

    func yams(_ text: String) throws -> String? {
        try Yams.compose(yaml: text, .basic).map { shape(PlanNode($0)) }
    }

    /// Fails when the fast reader takes the text but reads it differently from Yams.
    func agrees(_ text: String) throws -> Bool {
        guard let fast = BlockYAML.compose(text) else { return false }
        #expect(try shape(fast) == yams(text), "read differently: \(text)")
        return true
    }

    @Test func readsTheRealPlanAsYamsDoes() throws {
        let text = try String(contentsOf: Fixtures.hunanURL, encoding: .utf8)
        #expect(try agrees(text))
        #expect(try agrees(Fixtures.smallYAML))
    }

    @Test func readsWhatThePlanWriterWritesWhateverTheText() throws {
        let tricky = ["a: b", "#不是注释", "x #注释?", "- 列表", "-5", "'引号'", "\"双引号\"", "反斜杠\\n", "50%", "%50", "[括号]", "{花括号}",
                      "null", "~", "true", "2019-12-31", "1e3", "0x10", "a,b", "冒号:中间", "结尾冒号:", "@at", "`tick`", "*星", "&锚", "!标签",
                      "|竖线", ">大于", "?问号", "? 问号", ": 冒号", "多  空格", "全角：标点，。", "emoji 🎉", "tab\there", "换行\n第二行"]
        var plan = try Fixtures.hunan()
        for (i, text) in tricky.enumerated() {
            plan.sections[0].tasks[0].measures[0].text = "措施" + text
            plan.sections[0].tasks[0].units[0] = text
            plan.sections[0].title = text
            plan.sections[0].tasks[0].targets[0].indicators[2].unit = text
            let yaml = try PlanYAML.text(of: plan)
            let decoded = try PlanFile.parse(yaml, file: "tricky-\(i).yaml")
            #expect(decoded == plan, "\(text) did not round-trip")
            if BlockYAML.compose(yaml) != nil { #expect(try agrees(yaml)) }
        }
    }

    @Test func takesTheShapesPlanFilesUse() throws {
        let taken = [
            "a: 1\nb: x y\n",
            "a:\n  b: 1\n  c: [x, 'y', \"z\"]\n",
            "list:\n- a: 1\n  b: 2\n- c: 3\nnext: 4\n",
            "list:\n  - x\n  - y   # comment\n",
            "# head\n\na: 1  # note\n\n   # indented comment\nb:\n  -\n    c: 1\n",
            "a: []\nb: \"quote \\\" and \\\\ slash\"\nc: 'it''s'\n",
            "a: C#\nb: x:y\nc: -1\n",
        ]
        for text in taken { #expect(try agrees(text), "declined: \(text)") }
    }

    @Test func leavesTheRestOfYAMLToYams() {
        let declined = [
            "a: |\n  block\n", "a: >\n  folded\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: {b: 1}\n",
            "a: plain\n  continued\n", "a: \"two\n  lines\"\n", "a:\tb\n", "a: 1\r\nb: 2\r\n", "a: 1\na: 2\n",
            "---\na: 1\n", "a: 1\n...\n", "%YAML 1.2\n---\na: 1\n", "\u{FEFF}a: 1\n", "a: \"\\x41\"\n", "a: b: c\n",
            "- a\n- b\n", "plain text\n", "", "a:\n", "\"quoted key\": 1\n", "名称: 1\n", "a: [x, [y]]\n", "a: [x,\n  y]\n",
            "a: x\u{2028}y\n", "  a: 1\n", "a:\n  - x\n  b: 1\n",
        ]
        for text in declined { #expect(BlockYAML.compose(text) == nil, "took: \(text)") }
    }

    @Test func aPlanWithProblemsIsReportedWithYamsPositions() {
        // The fast reader takes this file, the decoder rejects it, and the diagnostics still
        // carry the line and column Yams gives.
        let text = Fixtures.smallYAML.replacingOccurrences(of: "value: 550", with: "value: 五百五十")
        #expect(BlockYAML.compose(text) != nil)
        do {
            _ = try PlanFile.parse(text, file: "bad.yaml")
            Issue.record("expected the plan to be rejected")
        } catch let e as PlanLoadError {
            #expect(e.diagnostics.map(\.line) == [35])
            #expect(e.diagnostics.map(\.column) == [24])
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
