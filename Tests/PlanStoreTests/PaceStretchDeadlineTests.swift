import Foundation
import Testing
import TestSupport
import PlanModel
import PlanStore

/// `pace`, `stretch` and a milestone's `deadline` in plan files: read, checked with positions, written back.
@Suite(.language(.en)) struct PaceStretchDeadlineTests {
    /// The positioned errors of a broken plan text, as PlanFileTests reads them.
    func errors(_ text: String) -> [PlanDiagnostic] { PlanFileTests().errors(text) }

    /// The small fixture with one change.
    func yaml(_ old: String, _ new: String) -> String { PlanFileTests().replacing(old, new) }

    @Test func paceDefaultsByKindAndIsReadWhenStated() throws {
        let plain = try PlanFile.parse(Fixtures.smallYAML, file: "small.yaml")
        let inds = try #require(plain.tasks.first?.targets.first?.indicators)
        #expect(inds[0].statedPace == nil)
        #expect(inds[0].pace == .cumulative)
        #expect(inds[2].pace == nil, "a milestone has no pace")
        let stated = try PlanFile.parse(yaml("value: 550\n                unit: 亿元\n", "value: 550\n                unit: 亿元\n                pace: level\n"), file: "s.yaml")
        #expect(stated.tasks.first?.targets.first?.indicators.first?.pace == .level)
    }

    @Test func badPaceIsPositioned() {
        let e = errors(yaml("value: 550\n                unit: 亿元\n", "value: 550\n                unit: 亿元\n                pace: yearly\n"))
        #expect(e.map(\.path) == ["sections[0].tasks[0].targets[0].indicators[0].pace"])
        #expect(e.first?.message == "expected one of cumulative, level, found \"yearly\"")
        #expect(e.first?.line == 37)
        let milestone = errors(yaml("kind: milestone\n", "kind: milestone\n                pace: level\n"))
        #expect(milestone.map(\.path) == ["sections[0].tasks[0].targets[0].indicators[2].pace"])
        #expect(milestone.first?.message.hasPrefix("a milestone has no pace") == true)
    }

    @Test func milestoneDeadlineIsADateOnMilestonesOnly() throws {
        let ok = try PlanFile.parse(yaml("kind: milestone\n", "kind: milestone\n                deadline: 2019-09-30\n"), file: "s.yaml")
        #expect(ok.tasks.first?.targets.first?.indicators.last?.deadline?.description == "2019-09-30")
        let bad = errors(yaml("kind: milestone\n", "kind: milestone\n                deadline: 9月底\n"))
        #expect(bad.map(\.path) == ["sections[0].tasks[0].targets[0].indicators[2].deadline"])
        #expect(bad.first?.message == "expected a date YYYY-MM-DD, found \"9月底\"")
        let onFigure = errors(yaml("value: 550\n", "value: 550\n                deadline: 2019-09-30\n"))
        #expect(onFigure.map(\.path) == ["sections[0].tasks[0].targets[0].indicators[0].deadline"])
        #expect(onFigure.first?.line == 36)
    }

    @Test func stretchOnTargetsAndIndicators() throws {
        let plan = try PlanFile.parse(yaml("text: 软件业务收入550亿元,设立1-2家\n", "text: 软件业务收入550亿元,设立1-2家\n            stretch: true\n")
            .replacingOccurrences(of: "kind: milestone\n", with: "kind: milestone\n                stretch: true\n"), file: "s.yaml")
        let target = try #require(plan.tasks.first?.targets.first)
        #expect(target.stretch)
        #expect(target.indicators.last?.stretch == true)
        #expect(target.indicators.first?.stretch == false)
        let bad = errors(yaml("text: 软件业务收入550亿元,设立1-2家\n", "text: 软件业务收入550亿元,设立1-2家\n            stretch: 力争\n"))
        #expect(bad.map(\.path) == ["sections[0].tasks[0].targets[0].stretch"])
        #expect(bad.first?.message == "expected true or false, found \"力争\"")
        #expect(bad.first?.line == 30)
    }

    @Test func theWriterKeepsPaceStretchAndDeadline() throws {
        let text = yaml("value: 550\n                unit: 亿元\n", "value: 550\n                unit: 亿元\n                pace: level\n                stretch: true\n")
            .replacingOccurrences(of: "kind: milestone\n", with: "kind: milestone\n                deadline: 2019-09-30\n")
        let plan = try PlanFile.parse(text, file: "s.yaml")
        let written = try PlanYAML.text(of: plan)
        #expect(written.contains("pace: level"))
        #expect(written.contains("deadline: 2019-09-30"))
        #expect(try PlanFile.parse(written, file: "again.yaml") == plan)
    }
}
