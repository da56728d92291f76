import Foundation
import Testing
import TestSupport
import Catalogue
import PlanModel
import PlanStore

/// Loading rejects what does not fit the format, with file, line, column, path and what was expected.
@Suite(.language(.en)) struct PlanFileTests {
    func errors(_ text: String) -> [PlanDiagnostic] {
        let found = Fixtures.diagnostics(text, file: "Plans/bad.yaml")
        if found.isEmpty { Issue.record("expected the plan to be rejected") }
        return found
    }

    func replacing(_ old: String, _ new: String) -> String {
        #expect(Fixtures.smallYAML.contains(old), "fixture lacks \(old)")
        return Fixtures.smallYAML.replacingOccurrences(of: old, with: new)
    }

    @Test func theSmallFixtureLoads() throws {
        let plan = try PlanFile.parse(Fixtures.smallYAML, file: "small.yaml")
        #expect(plan.tasks.first?.measures.last?.deadline.isOngoing == true)
        #expect(plan.tasks.first?.targets.first?.indicators.map(\.kind) == [.quantity, .quantity, .milestone])
    }

    @Test func malformedYAMLIsPositioned() {
        let e = errors(replacing("    title: 聚焦重点\n", "    title: [聚焦重点\n"))
        #expect(e.count == 1)
        #expect(e.first?.message.hasPrefix("malformed YAML") == true)
        #expect(e.first?.file == "Plans/bad.yaml")
        #expect((e.first?.line ?? 0) >= 12)
    }

    @Test func wrongTypesAreNamedWithTheirPath() {
        let e = errors(replacing("value: 550", "value: 五百五十"))
        #expect(e.map(\.path) == ["sections[0].tasks[0].targets[0].indicators[0].value"])
        #expect(e.first?.message == Message.notPlainDecimal("\"五百五十\"").text())
        #expect(e.first?.line == 35)
        #expect(e.first?.description.hasPrefix("Plans/bad.yaml:35:") == true)
        let list = errors(replacing("units: [省发展改革委, 省财政厅]", "units: 省发展改革委"))
        #expect(list.map(\.path) == ["sections[0].tasks[0].units"])
        #expect(list.first?.message == "expected a list, found a scalar")
    }

    @Test func unknownKeysAreRejected() {
        let e = errors(replacing("        title: 补齐生产服务短板\n", "        title: 补齐生产服务短板\n        owner: 张三\n"))
        #expect(e.map(\.path) == ["sections[0].tasks[0].owner"])
        #expect(e.first?.message.hasPrefix("unknown key owner: expected one of id, title, units") == true)
        #expect(e.first?.line == 15)
        #expect(e.first?.column == 9)
    }

    @Test func missingAndDuplicateIds() {
        let missing = errors(replacing("      - id: kw1.m2\n", "      - number: 2\n"))
        #expect(missing.map(\.message) == ["missing key id"])
        #expect(missing.first?.path == "sections[0].tasks[0].measures[1].id")
        let dup = errors(replacing("id: kw1.t1.i2", "id: kw1.t1.i1"))
        #expect(dup.map(\.message) == ["duplicate id \"kw1.t1.i1\" (first used at line 31)"])
        #expect(dup.first?.path == "sections[0].tasks[0].targets[0].indicators[1].id")
    }

    @Test func badDatesAndDeadlines() {
        let e = errors(replacing("deadline: 2019-12-31", "deadline: 2019年底"))
        #expect(e.map(\.message) == ["expected a date YYYY-MM-DD or ongoing, found \"2019年底\""])
        #expect(e.first?.path == "sections[0].tasks[0].measures[0].deadline")
        let issued = errors(replacing("issued: 2019-04-24", "issued: 2019-02-30"))
        #expect(issued.map(\.path) == ["plan.issued"])
    }

    @Test func comparatorWithoutValueAndInvertedRange() {
        let noValue = errors(replacing("        value: 550\n", "\n"))
        #expect(noValue.map(\.message) == ["comparator at-least needs value: a number"])
        let inverted = errors(replacing("min: 1", "min: 3"))
        #expect(inverted.map(\.message) == ["range lower bound 3 exceeds upper bound 2"])
        #expect(inverted.first?.path == "sections[0].tasks[0].targets[0].indicators[1].min")
        let milestoneValue = errors(replacing("kind: milestone", "kind: milestone\n                value: 3"))
        #expect(milestoneValue.first?.message.hasPrefix("a milestone has no value") == true)
        let badKind = errors(replacing("kind: milestone", "kind: goal"))
        #expect(badKind.first?.message == "expected one of quantity, growth, share, milestone, found \"goal\"")
    }

    @Test func everyProblemIsReportedAtOnce() {
        let text = replacing("value: 550", "value: x").replacingOccurrences(of: "min: 1", with: "min: 9")
            .replacingOccurrences(of: "year: 2019", with: "year: soon")
        let e = errors(text)
        #expect(e.count == 3)
        #expect(Set(e.map(\.path)) == ["plan.year", "sections[0].tasks[0].targets[0].indicators[0].value", "sections[0].tasks[0].targets[0].indicators[1].min"])
    }

    @Test func emptyAndNonMappingFiles() {
        #expect(errors("").first?.message.hasPrefix("the file is empty") == true)
        #expect(errors("- a\n- b\n").first?.message.hasPrefix("expected a mapping with keys plan, sections") == true)
    }

    @Test func unreadableFilesSayWhy() throws {
        let dir = try Fixtures.tempDir()
        let url = dir.appendingPathComponent("bin.yaml")
        try Data([0xFF, 0xFE, 0x00, 0x80]).write(to: url)
        #expect(throws: PlanLoadError.self) { try PlanFile.load(url) }
        do { _ = try PlanFile.load(url) } catch let e as PlanLoadError {
            #expect(e.diagnostics.first?.message == "the file is not UTF-8 text: expected a YAML plan file")
        }
    }

    @Test func theHunanPlanRoundTripsThroughTheFormat() throws {
        let plan = try Fixtures.hunan()
        let text = try PlanYAML.text(of: plan)
        #expect(!text.contains("\\u"))
        #expect(text.contains("软件业务收入"))
        #expect(text.contains("units: [省发展改革委, "))
        let again = try PlanFile.parse(text, file: "roundtrip.yaml")
        #expect(again == plan)
    }

    @Test func writingRefusesToReplaceAFileUnlessAsked() throws {
        let plan = try PlanFile.parse(Fixtures.smallYAML, file: "small.yaml")
        let url = try Fixtures.tempDir().appendingPathComponent("small.yaml")
        try PlanFile.write(plan, to: url)
        #expect(throws: StoreError.self) { try PlanFile.write(plan, to: url) }
        try PlanFile.write(plan, to: url, overwrite: true)
        #expect(try PlanFile.load(url) == plan)
    }
}
