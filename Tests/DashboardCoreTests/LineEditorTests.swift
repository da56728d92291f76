@testable import DashboardCore
import PlanModel
import TestSupport
import Testing

@Suite(.language(.zh)) struct LineEditorTests {
    static func typed(_ text: String, then keys: [Key] = []) -> LineEditor {
        var e = LineEditor()
        for k in Fixture.type(text) + keys { _ = e.handle(k) }
        return e
    }

    @Test func typingInsertsAtTheCursorAndArrowsMoveByCharacter() {
        var e = Self.typed("412亿元", then: [.left, .left])
        #expect(e.cursor == 3)
        _ = e.handle(.char("."))
        _ = e.handle(.char("5"))
        #expect(e.text == "412.5亿元")
        _ = e.handle(.right)
        #expect(e.cursor == 6)
        _ = e.handle(.right)
        _ = e.handle(.right)
        #expect(e.cursor == 7, "stops at the end")
        _ = e.handle(.home)
        #expect(e.cursor == 0)
        _ = e.handle(.left)
        #expect(e.cursor == 0, "stops at the start")
        _ = e.handle(.ctrl("e"))
        #expect(e.cursor == 7)
        _ = e.handle(.ctrl("a"))
        #expect(e.cursor == 0)
        _ = e.handle(.end)
        #expect(e.cursor == 7)
    }

    @Test func backspaceAndDeleteRemoveWholeCharactersCJKIncluded() {
        var e = Self.typed("1000家", then: [.backspace])
        #expect(e.text == "1000")
        e = Self.typed("张三李四", then: [.left, .left, .backspace])
        #expect(e.text == "张李四")
        #expect(e.cursor == 1)
        _ = e.handle(.delete)
        #expect(e.text == "张四")
        _ = e.handle(.end)
        _ = e.handle(.delete)
        #expect(e.text == "张四", "Delete at the end does nothing")
        _ = e.handle(.home)
        _ = e.handle(.backspace)
        #expect(e.text == "张四", "Backspace at the start does nothing")
        // A letter with a combining accent is one Character.
        e = Self.typed("cafe\u{301}", then: [.backspace])
        #expect(e.text == "caf")
    }

    @Test func ctrlUAndCtrlKClearBeforeAndAfterTheCursor() {
        var e = Self.typed("412.5亿元", then: [.left, .left, .ctrl("k")])
        #expect(e.text == "412.5")
        e = Self.typed("412.5亿元", then: [.left, .left, .ctrl("u")])
        #expect(e.text == "亿元")
        #expect(e.cursor == 0)
    }

    @Test func otherKeysAreNotEditingKeys() {
        var e = LineEditor("12")
        let used = [Key.enter, .escape, .up, .tab].map { e.handle($0) }
        #expect(used == [false, false, false, false])
        #expect(e.text == "12")
        let typed = e.handle(.char("3"))
        #expect(typed && e.text == "123")
    }

    @Test func shortTextShowsFromTheStartWithTheCursorAfterIt() {
        let e = LineEditor("412.5亿元")
        let w = e.window(width: 12)
        #expect(w.first == 0)
        #expect(w.cursorColumn == 9)
    }

    @Test func longTextScrollsSoTheCursorStaysInView() {
        var e = LineEditor("一二三四五六七八")
        // 16 columns of text and the cursor do not fit in 10: the tail shows.
        var w = e.window(width: 10)
        #expect(w.first == 4)
        #expect(w.cursorColumn == 8)
        _ = e.handle(.home)
        w = e.window(width: 10)
        #expect(w.first == 0)
        #expect(w.cursorColumn == 0)
        // On a wide glyph the cursor takes its two columns.
        for _ in 0..<6 { _ = e.handle(.right) }
        w = e.window(width: 10)
        #expect(w.first == 2)
        #expect(w.cursorColumn == 8)
    }

    @Test func drawingFillsExactlyTheFieldAndNeverSplitsAGlyph() {
        let e = LineEditor("一二三四五六七八")
        for width in 1...20 {
            var grid = CellGrid(width: 30, height: 1)
            grid.put(String(repeating: "x", count: 30), x: 0, y: 0)
            e.draw(into: &grid, x: 5, y: 0, width: width, style: .plain, cursorStyle: Style(reverse: true))
            let line = grid.lines[0]
            #expect(DisplayWidth.of(line) == 30)
            #expect(line.hasPrefix("xxxxx"))
            #expect(line.hasSuffix(String(repeating: "x", count: 30 - 5 - width)), "width \(width): |\(line)|")
        }
        var grid = CellGrid(width: 12, height: 1)
        e.draw(into: &grid, x: 0, y: 0, width: 11, style: .plain, cursorStyle: Style(reverse: true))
        #expect(grid.lines[0] == "四五六七八  ")
        #expect(grid[10, 0].style.reverse, "the cursor after the text")
        #expect(!grid[8, 0].style.reverse)
    }
}
