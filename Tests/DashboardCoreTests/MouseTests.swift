import DashboardCore
import PlanModel
import TestSupport
import Testing

@Suite(.language(.zh)) struct MouseTests {
    static func click(_ x: Int, _ y: Int, _ kind: MouseEvent.Kind = .click) -> Key {
        .mouse(MouseEvent(kind: kind, x: x, y: y))
    }

    /// The screen row holding `text`.
    static func row(_ s: AppState, _ text: String) -> Int {
        Fixture.lines(s).firstIndex { $0.contains(text) }!
    }

    @Test func aClickFocusesARowAndADoubleClickOpensIt() {
        var s = Fixture.state(120, 40)
        let y = Self.row(s, "升级流通服务水平")
        _ = s.handle(Self.click(10, y))
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("升级流通服务水平") == true)
        let y2 = Self.row(s, "开展服务业试点示范")
        _ = s.handle(Self.click(70, y2))
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("开展服务业试点示范") == true)
        #expect(Fixture.lines(s)[38].contains("分栏 2/5 · 任务 3/5"))
        _ = s.handle(Self.click(70, y2, .doubleClick))
        #expect(Fixture.lines(s)[0].contains("sa3 开展服务业试点示范创建行动"))
    }

    @Test func theWheelMovesInThePaneUnderThePointer() {
        var s = Fixture.state(120, 40)
        let y = Self.row(s, "健全推进落实机制")
        _ = s.handle(Self.click(10, y, .wheelDown))
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("强化土地供应保障") == true)
        _ = s.handle(Self.click(10, y, .wheelUp))
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("健全推进落实机制") == true)
    }

    @Test func aClickOnAFoldedPaneOpensIt() {
        var s = Fixture.state(80, 24)
        let y = Self.row(s, "── 4 夯实各项基础工作")
        _ = s.handle(Self.click(20, y))
        let lines = Fixture.lines(s)
        #expect(lines[22].contains("分栏 4/5"))
        #expect(Fixture.contains(lines, "构建高质量发展指标体系"))
    }

    @Test func inTheDetailAClickSelectsAnItemAndTheWheelScrolls() {
        var s = Fixture.state(80, 30)
        _ = s.open(.task("kw1"))
        let y = Self.row(s, "    出台《湖南省")
        _ = s.handle(Self.click(30, y))
        #expect(Fixture.lines(s)[28].contains("选中 kw1.t1.i1"))
        _ = s.handle(Self.click(30, 10, .wheelDown))
        #expect(Fixture.lines(s)[28].contains("行 4–29/"))
    }

    @Test func onTheWorkloadAClickOnAHeaderSortsAndADoubleClickOpensAUnit() {
        var s = Fixture.state(120, 40, keys: [.char("d")])
        let header = Fixture.lines(s)[2]
        let x = DisplayWidth.of(String(header[..<header.range(of: "逾期")!.lowerBound]))
        _ = s.handle(Self.click(x + 1, 2))
        #expect(Fixture.lines(s)[1].contains("排序：逾期 从大到小"))
        _ = s.handle(Self.click(5, 4, .doubleClick))
        #expect(Fixture.lines(s)[0].contains(" 的任务"))
    }

    @Test func mouseEventsAreIgnoredWhenTheTerminalIsTooSmall() {
        var s = Fixture.state(40, 10)
        _ = s.handle(Self.click(5, 5, .doubleClick))
        _ = s.handle(.resize(width: 120, height: 40))
        #expect(Fixture.lines(s)[0].contains("湘服联办"))
    }
}
