import DashboardCore
import PlanModel
import TestSupport
import Testing

@Suite(.language(.zh)) struct SearchTests {
    @Test func typingSearchesIncrementallyAcrossKinds() {
        var s = Fixture.state(120, 40, keys: [.char("/")])
        #expect(Fixture.lines(s)[0].contains("搜索"))
        for k in Fixture.type("独角") { _ = s.handle(k) }
        var lines = Fixture.lines(s)
        Fixture.expectExactSize(lines, 120, 40)
        #expect(lines[1].contains("/ 独角"))
        #expect(Fixture.contains(lines, "措施 开展服务业领军企业培育行动"))
        #expect(Fixture.contains(lines, "指标 开展服务业领军企业培育行动"))
        #expect(Fixture.contains(lines, "服务业独角兽企业"))
        _ = s.handle(.char("x"))
        lines = Fixture.lines(s)
        #expect(lines[1].contains("0 条结果"))
        _ = s.handle(.backspace)
        #expect(!Fixture.lines(s)[1].contains("0 条结果"))
    }

    @Test func everyKeyTypedGoesToTheQuery() {
        var s = Fixture.state(120, 40, keys: [.char("/")] + Fixture.type("dq?p"))
        #expect(Fixture.lines(s)[1].contains("/ dq?p"))
        _ = s.handle(.ctrl("u"))
        #expect(Fixture.lines(s)[1].contains("输入要找的字词"))
    }

    @Test func unitsAreFoundWithTheirRoleInEachTaskArea() {
        let s = Fixture.state(120, 40, keys: [.char("/")] + Fixture.type("商务厅"))
        let lines = Fixture.lines(s)
        let units = lines.filter { $0.contains("单位 ") && $0.contains("省商务厅") }
        let tasks = Fixture.plan.tasks.filter { $0.units.contains("省商务厅") }
        #expect(units.count == tasks.count)
        #expect(units.contains { $0.contains("牵头") } && units.contains { $0.contains("配合") })
    }

    @Test func enterJumpsToTheTaskAreaAndBracketsStep() {
        var s = Fixture.state(120, 40, keys: [.char("/")] + Fixture.type("独角兽") + [.enter])
        var lines = Fixture.lines(s)
        #expect(lines[0].contains("sa1 开展服务业领军企业培育行动"))
        // The measure, the target and the indicator that mention it, in plan order.
        #expect(lines[38].contains("结果 1/3 “独角兽” · 措施"))
        #expect(Fixture.focusedLine(lines)?.contains("3. 加快培育一批") == true)
        #expect(lines[38].contains("] 下一个 · [ 上一个"))
        // In a task area n is a note; ] and [ step through the results.
        _ = s.handle(.char("]"))
        lines = Fixture.lines(s)
        #expect(lines[38].contains("结果 2/3 “独角兽” · 目标"))
        #expect(Fixture.focusedLine(lines)?.contains("服务业独角兽企业") == true)
        _ = s.handle(.char("["))
        _ = s.handle(.char("["))
        lines = Fixture.lines(s)
        #expect(lines[38].contains("结果 3/3 “独角兽” · 指标"))
        #expect(Fixture.focusedLine(lines)?.contains("服务业独角兽企业") == true)
        // Back goes to the results, and back again to where the search started.
        _ = s.handle(.escape)
        #expect(Fixture.lines(s)[0].contains("搜索"))
        #expect(Fixture.lines(s)[1].contains("/ 独角兽"))
        _ = s.handle(.escape)
        #expect(Fixture.lines(s)[0].contains("湘服联办"))
    }

    @Test func resultsMoveWithArrowsAndEnterOpensTheSelectedOne() {
        var s = Fixture.state(120, 40, keys: [.char("/")] + Fixture.type("岳麓") + [.enter])
        #expect(Fixture.lines(s)[0].contains("kw1 补齐生产服务短板"))
        s = Fixture.state(120, 40, keys: [.char("/")] + Fixture.type("人民政府") + [.down, .down])
        let chosen = Fixture.focusedLine(Fixture.lines(s))!
        // A unit result names its role and task area last: 单位 长沙市人民政府  配合 <task title>.
        let title = String(chosen.split(separator: " ").last!)
        _ = s.handle(.enter)
        #expect(Fixture.lines(s)[0].contains(" \(title) "))
    }

    @Test func nWithoutASearchSaysSo() {
        var s = Fixture.state(120, 40, keys: [.char("n")])
        #expect(Fixture.lines(s)[38].contains("按 / 搜索"))
        _ = s.handle(.char("/"))
        _ = s.handle(.escape)
        #expect(Fixture.lines(s)[0].contains("湘服联办"))
    }

    @Test func searchFitsAt80x24() {
        let s = Fixture.state(80, 24, keys: [.char("/")] + Fixture.type("服务业"))
        let lines = Fixture.lines(s)
        Fixture.expectExactSize(lines, 80, 24)
        #expect(Fixture.focusedLine(lines) != nil)
    }
}
