import Catalogue
@testable import DashboardCore
import PlanModel
import TestSupport
import Testing

@Suite(.language(.zh)) struct OtherScreensTests {
    @Test func helpListsEveryKeyGroupedByScreen() {
        let s = Fixture.state(120, 40, keys: [.char("?")])
        let lines = Fixture.lines(s)
        Fixture.expectExactSize(lines, 120, 40)
        #expect(lines[0].contains("帮助"))
        for group in ["全局", "总览", "任务详情", "部门工作量", "单位的任务", "搜索", "计划"] {
            #expect(lines.contains { $0.contains(" \(group) ") }, "group \(group)")
        }
        #expect(Fixture.contains(lines, "Tab S-Tab"))
        #expect(Fixture.contains(lines, "1–7"))
    }

    /// At 120 columns every key's description is whole, in either language: help cut short helps nobody.
    @Test(arguments: [Language.zh, .en]) func helpDescriptionsAreWholeAt120Columns(_ language: Language) {
        Language.$chosen.withValue(language) {
            let lines = Fixture.lines(Fixture.state(120, 60, keys: [.char("?")]))
            #expect(!lines.contains { $0.contains("…") }, "\(lines.filter { $0.contains("…") })")
        }
    }

    /// A message of several lines (git's words after a failed sync) shows as one status line,
    /// never as `\n`.
    @Test func aMessageOfSeveralLinesReadsAsOneStatusLine() {
        var grid = CellGrid(width: 80, height: 3)
        Chrome.drawStatus("", message: .error(.verbatim("git 命令失败：git fetch\n致命错误：无法读取远程仓库。\n\n请确认")),
            at: 1, into: &grid, theme: Theme(colors: false))
        #expect(grid.lines[1].hasPrefix(" git 命令失败：git fetch · 致命错误：无法读取远程仓库。 · 请确认 "), "\(grid.lines[1])")
    }

    @Test func helpScrollsOnASmallTerminalAndQGoesBack() {
        var s = Fixture.state(80, 24, keys: [.char("?")])
        var lines = Fixture.lines(s)
        Fixture.expectExactSize(lines, 80, 24)
        #expect(!Fixture.contains(lines, "切换到该计划"))
        _ = s.handle(.char("G"))
        lines = Fixture.lines(s)
        #expect(Fixture.contains(lines, "切换到该计划"))
        _ = s.handle(.char("q"))
        #expect(Fixture.lines(s)[0].contains("湘服联办"))
    }

    static let plans = [
        PlanChoice(status: Fixture.status(), location: Fixture.planURL.path),
        PlanChoice(id: "changsha-2020-services", title: "长沙市2020年服务业工作要点", document: "长服办〔2020〕1号", year: 2020,
                   location: "/plans/changsha-2020-services.yaml", completion: nil),
    ]

    @Test func thePlansPickerListsPlansAndSwitchesThroughAnEffect() {
        var s = Fixture.state(120, 40, keys: [.char("p")], plans: Self.plans)
        var lines = Fixture.lines(s)
        Fixture.expectExactSize(lines, 120, 40)
        let current = lines.first { $0.contains("hunan-2019-services") }!
        #expect(current.contains("●") && current.contains("▸") && current.contains(s.status.overall.text))
        #expect(lines.first { $0.contains("changsha-2020-services") }!.contains("未填报"))
        _ = s.handle(.char("j"))
        #expect(s.handle(.enter) == [.switchPlan(Self.plans[1])])
        _ = s.handle(.char("k"))
        #expect(s.handle(.enter) == [])
        lines = Fixture.lines(s)
        #expect(lines[0].contains("湘服联办"))
    }

    @Test func anotherPlanStartsAgainAtItsDashboard() {
        var s = Fixture.state(120, 40, keys: [.char("p"), .char("j")], plans: Self.plans)
        var other = Fixture.plan
        other.info.id = "changsha-2020-services"
        other.info.title = "长沙市2020年服务业工作要点"
        Fixture.dataChanged(&s, Fixture.status(plan: other))
        let lines = Fixture.lines(s)
        #expect(lines[0].contains("长沙市2020年服务业工作要点"))
        #expect(Fixture.focusedLine(lines)?.contains("补齐生产服务短板") == true)
    }
}

@Suite(.language(.zh)) struct DirectNavigationTests {
    @Test func everyDestinationOpensItsScreenAndDashboardClosesThemAll() {
        var s = Fixture.state(120, 40, plans: OtherScreensTests.plans)
        let titles: [(Destination, String)] = [
            (.departments, "部门工作量"), (.task("sg4"), "sg4 强化土地供应保障"), (.help, "帮助"), (.plans, "计划"), (.search, "搜索"),
        ]
        for (destination, title) in titles {
            let opened = s.open(destination)
            #expect(opened)
            #expect(Fixture.lines(s)[0].hasPrefix(" \(title)"), "\(destination)")
        }
        for k in Fixture.type("土地") { _ = s.handle(k) }
        #expect(Fixture.contains(Fixture.lines(s), "措施 强化土地供应保障"))
        _ = s.open(.dashboard)
        #expect(Fixture.lines(s)[0].contains("湘服联办"))
        #expect(s.handle(.char("q")) == [.quit])
    }
}
