import Catalogue
import DashboardCore
import PlanModel
import TestSupport
import Testing

@Suite(.language(.zh)) struct DashboardScreenTests {
    @Test(arguments: [(120, 40), (80, 24), (100, 30), (180, 50), (60, 16)])
    func everyRowIsExactlyTheWidth(size: (Int, Int)) {
        let lines = Fixture.lines(Fixture.state(size.0, size.1))
        Fixture.expectExactSize(lines, size.0, size.1)
    }

    @Test func headerShowsThePlanItsDocumentAsOfDateAndOverallCompletion() {
        let s = Fixture.state(120, 40)
        let lines = Fixture.lines(s)
        #expect(lines[0].contains("湖南省2019年度服务业高质量发展工作要点"))
        #expect(lines[0].contains("湘服联办〔2019〕2号"))
        #expect(lines[0].contains("截至 2019-12-31"))
        #expect(lines[0].contains("总体 \(s.status.overall.text)"))
        #expect(s.status.overall.fraction != nil)
        #expect(lines[1].contains("已填报 \(s.status.overall.reported)/95"))
    }

    @Test func wideTerminalShowsEverySectionWithItsTaskAreas() {
        let lines = Fixture.lines(Fixture.state(120, 40))
        for (n, section) in Fixture.plan.sections.enumerated() {
            #expect(Fixture.contains(lines, "\(n + 1) \(section.title)"), "pane \(section.title)")
        }
        for task in ["补齐生产服务短板", "健全推进落实机制", "完善服务业统计制度", "提升服务业内引外联质量"] {
            #expect(Fixture.contains(lines, task))
        }
        // Two columns at 120: the first two panes share the third row.
        #expect(lines[2].contains("1 聚焦四大重点工作") && lines[2].contains("2 实施五大专项行动"))
    }

    @Test func rowsShowBarsPercentagesCountsAndUnreported() {
        let lines = Fixture.lines(Fixture.state(120, 40))
        // sa1: every target reached, its overdue measure done.
        let sa1 = lines.first { $0.contains("开展服务业领军企业") }!
        #expect(sa1.contains("██████ 100%"))
        // kw2: nothing reported.
        let kw2 = lines.first { $0.contains("升级流通服务水平") }!
        #expect(kw2.contains("未填报"))
        // kw1: 1 of 4 measures done, 4 of 14 indicators reported.
        let kw1 = lines.first { $0.contains("补齐生产服务短板") }!
        #expect(kw1.contains("1/4") && kw1.contains("4/14"))
    }

    @Test func focusMovesWithArrowsTabAndDigits() {
        var s = Fixture.state(120, 40)
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("补齐生产服务短板") == true)
        _ = s.handle(.char("j"))
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("升级流通服务水平") == true)
        _ = s.handle(.tab)
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("开展服务业领军企业") == true)
        _ = s.handle(.char("3"))
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("健全推进落实机制") == true)
        _ = s.handle(.char("G"))
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("创新服务业监管方式") == true)
        _ = s.handle(.backTab)
        _ = s.handle(.backTab)
        // Back in pane 1, its cursor where it was left.
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("升级流通服务水平") == true)
        _ = s.handle(.char("h"))
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("提升服务业内引外联质量") == true)
    }

    @Test func theFocusedPaneHasAHeavyBorder() {
        var s = Fixture.state(120, 40)
        #expect(Fixture.lines(s)[2].hasPrefix("┏━ 1 聚焦四大重点工作"))
        _ = s.handle(.char("2"))
        let top = Fixture.lines(s)[2]
        #expect(top.hasPrefix("┌─ 1 聚焦四大重点工作"))
        #expect(top.contains("┏━ 2 实施五大专项行动"))
    }

    @Test func narrowTerminalStacksPanesAndFoldsThoseThatDoNotFit() {
        var s = Fixture.state(80, 24)
        var lines = Fixture.lines(s)
        #expect(!Fixture.contains(lines, "健全推进落实机制"))
        #expect(Fixture.contains(lines, "── 3 落实六大保障措施"))
        _ = s.handle(.char("3"))
        lines = Fixture.lines(s)
        #expect(Fixture.focusedLine(lines)?.contains("健全推进落实机制") == true)
        #expect(Fixture.contains(lines, "创新服务业监管方式"))
        Fixture.expectExactSize(lines, 80, 24)
    }

    @Test func enterOpensTheTaskAndEscapeComesBackToTheSameRow() {
        var s = Fixture.state(120, 40, keys: [.char("j"), .enter])
        #expect(Fixture.lines(s)[0].contains("kw2 升级流通服务水平"))
        _ = s.handle(.escape)
        let lines = Fixture.lines(s)
        #expect(lines[0].contains("湖南省2019年度服务业高质量发展工作要点"))
        #expect(Fixture.focusedLine(lines)?.contains("升级流通服务水平") == true)
        _ = s.handle(.enter)
        _ = s.handle(.backspace)
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("升级流通服务水平") == true)
    }

    @Test func qQuitsFromTheDashboardAndGoesBackElsewhere() {
        var s = Fixture.state(120, 40, keys: [.enter])
        #expect(s.handle(.char("q")) == [])
        #expect(Fixture.lines(s)[0].contains("湘服联办"))
        #expect(s.handle(.char("q")) == [.quit])
    }

    @Test(arguments: [(50, 10), (59, 24), (120, 15), (20, 3)])
    func tooSmallShowsOnlyTheNeededSize(size: (Int, Int)) {
        let lines = Fixture.lines(Fixture.state(size.0, size.1))
        Fixture.expectExactSize(lines, size.0, size.1)
        let message = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(message.first?.contains("终端窗口太小（需要 60×16）") == true || size.0 < 25)
        #expect(message.count <= 2)
        #expect(!Fixture.contains(lines, "聚焦四大重点工作"))
        let english = Language.$chosen.withValue(.en) { Fixture.lines(Fixture.state(size.0, size.1)) }
        Fixture.expectExactSize(english, size.0, size.1)
        #expect(english.contains { $0.contains("terminal too small (need 60×16)") } || size.0 < 31)
    }

    @Test func resizingReLaysOutWithoutLosingTheFocus() {
        var s = Fixture.state(120, 40, keys: [.char("2"), .char("j")])
        _ = s.handle(.resize(width: 70, height: 20))
        var lines = Fixture.lines(s)
        Fixture.expectExactSize(lines, 70, 20)
        #expect(Fixture.focusedLine(lines)?.contains("开展服务业重点项目") == true)
        _ = s.handle(.resize(width: 40, height: 10))
        #expect(Fixture.contains(Fixture.lines(s), "终端窗口太小"))
        _ = s.handle(.resize(width: 120, height: 40))
        lines = Fixture.lines(s)
        #expect(Fixture.focusedLine(lines)?.contains("开展服务业重点项目") == true)
    }

    @Test func monochromeUsesNoColoursButColourMarksStates() {
        let mono = Fixture.state(120, 40, colors: false)
        let grid = mono.render(width: 120, height: 40)
        #expect(grid.cells.allSatisfy { $0.style.fg == .normal && $0.style.bg == .normal })
        #expect(grid.cells.contains { $0.style.reverse })
        let colour = Fixture.state(120, 40, colors: true).render(width: 120, height: 40)
        #expect(colour.cells.contains { $0.style.fg == .green && $0.character == "█" })
        #expect(colour.cells.contains { $0.style.fg == .red })
    }

    @Test func theKeyBarAndStatusLineAreAtTheBottom() {
        var s = Fixture.state(120, 40)
        var lines = Fixture.lines(s)
        #expect(lines[39].contains("Enter 打开") && lines[39].contains("q 退出"))
        #expect(lines[38].contains("分栏 1/5"))
        s.take(.pickedUp(count: 2))
        lines = Fixture.lines(s)
        #expect(lines[38].contains(Message.pickedUp(2).text()))
        _ = s.handle(.char("j"))
        #expect(!Fixture.contains(Fixture.lines(s), Message.pickedUp(2).text()))
    }
}
