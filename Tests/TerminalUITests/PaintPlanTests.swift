import DashboardCore
import Testing
@testable import TerminalUI

@Suite struct PaintPlanTests {
    /// A screen with `rows` put at column 0 of each row.
    func screen(_ width: Int, _ height: Int, _ rows: [String] = []) -> CellGrid {
        var s = CellGrid(width: width, height: height)
        for (y, text) in rows.enumerated() { s.put(text, x: 0, y: y) }
        return s
    }

    /// Every cell the plan's runs write (the inserted corner aside), as (x, y).
    func written(_ plan: PaintPlan) -> [(x: Int, y: Int)] {
        var cells: [(x: Int, y: Int)] = []
        for run in plan.runs {
            for g in run.glyphs { for dx in 0..<g.width { cells.append((g.x + dx, run.y)) } }
        }
        return cells
    }

    @Test func unchangedScreenProducesNothing() {
        let s = screen(20, 3, ["湘服联办〔2019〕2号", "abc", "中文 text"])
        let plan = PaintPlan(from: s, to: s, width: 20, height: 3)
        #expect(plan.runs.isEmpty)
        #expect(plan.corner == nil)
    }

    @Test func onlyChangedRowsAndGlyphsAreWritten() {
        let old = screen(12, 3, ["first", "second", "third"])
        let new = screen(12, 3, ["first", "seCond", "third"])
        let plan = PaintPlan(from: old, to: new, width: 12, height: 3)
        #expect(plan.runs == [PaintRun(y: 1, glyphs: [PaintGlyph(x: 2, character: "C", style: .plain, width: 1)])])
        #expect(plan.corner == nil)
    }

    @Test func changedCJKGlyphIsWrittenFromItsLeftHalf() {
        let old = screen(12, 2, ["ab中文cd"])
        let new = screen(12, 2, ["ab中字cd"])
        let plan = PaintPlan(from: old, to: new, width: 12, height: 2)
        #expect(plan.runs == [PaintRun(y: 0, glyphs: [PaintGlyph(x: 4, character: "字", style: .plain, width: 2)])])
    }

    @Test func restyledRightHalfRewritesTheWholeGlyph() {
        let old = screen(12, 2, ["ab中文cd"])
        var new = old
        new.restyle(x: 5, y: 0, count: 1) { $0.reverse = true }
        let plan = PaintPlan(from: old, to: new, width: 12, height: 2)
        #expect(plan.runs.map(\.x) == [4])
        #expect(plan.runs.first?.glyphs.first?.character == "文")
    }

    @Test func overwritingTheRightHalfOfAnOldWideGlyphStartsAtItsLeftHalf() {
        let old = screen(12, 2, ["ab中文cd"])
        var new = old
        new.put("x", x: 5, y: 0)  // blanks the left half of 文's old cell pair
        let plan = PaintPlan(from: old, to: new, width: 12, height: 2)
        #expect(plan.runs == [PaintRun(y: 0, glyphs: [
            PaintGlyph(x: 4, character: " ", style: .plain, width: 1),
            PaintGlyph(x: 5, character: "x", style: .plain, width: 1),
        ])])
    }

    @Test func continuationCellsNeverStartAGlyph() {
        let new = screen(10, 2, ["中文字abc", "一二三四五"])
        let plan = PaintPlan(from: nil, to: new, width: 10, height: 2)
        for run in plan.runs {
            for g in run.glyphs { #expect(!new[g.x, run.y].isContinuation) }
        }
        #expect(plan.runs[0].glyphs.map(\.x) == [0, 2, 4, 6, 7, 8, 9])
        #expect(plan.runs[0].glyphs.map(\.width) == [2, 2, 2, 1, 1, 1, 1])
    }

    @Test func firstPaintWritesEveryCellButTheCornerWhichComesLast() {
        let new = screen(6, 3, ["abcdef", "ghijkl", "mnopqr"])
        let plan = PaintPlan(from: nil, to: new, width: 6, height: 3)
        let cells = written(plan)
        #expect(cells.count == 6 * 3 - 1)
        #expect(!cells.contains { $0.x == 5 && $0.y == 2 })
        #expect(plan.corner == PaintRun(y: 2, glyphs: [PaintGlyph(x: 5, character: "r", style: .plain, width: 1)]))
    }

    @Test func wideGlyphInTheBottomRightCornerIsTheCorner() {
        var new = screen(8, 2)
        new.put("键栏", x: 4, y: 1)
        let plan = PaintPlan(from: nil, to: new, width: 8, height: 2)
        #expect(plan.corner == PaintRun(y: 1, glyphs: [PaintGlyph(x: 6, character: "栏", style: .plain, width: 2)]))
        #expect(!written(plan).contains { $0.y == 1 && $0.x >= 6 })
        #expect(written(plan).contains { $0.y == 1 && $0.x == 4 })
    }

    @Test func bottomRightCellIsNeverInARun() {
        let old = screen(9, 2, ["中文中文x", "一二三四x"])
        let variants = [screen(9, 2, ["", "一二三四五"]), screen(9, 2, ["", "abcdefghi"]), screen(9, 2, ["", "a一二三四"])]
        for new in variants {
            for before in [old, nil] {
                let plan = PaintPlan(from: before, to: new, width: 9, height: 2)
                #expect(!written(plan).contains { $0.x == 8 && $0.y == 1 })
            }
        }
    }

    @Test func unchangedCornerIsNotPainted() {
        let old = screen(5, 2, ["abcde", "fghij"])
        let new = screen(5, 2, ["abXde", "fghij"])
        #expect(PaintPlan(from: old, to: new, width: 5, height: 2).corner == nil)
    }

    @Test func wideGlyphCrossingTheTerminalEdgeBecomesASpace() {
        let new = screen(10, 2, ["abcd中文"])
        let plan = PaintPlan(from: nil, to: new, width: 5, height: 2)
        #expect(plan.runs[0].glyphs.last == PaintGlyph(x: 4, character: " ", style: .plain, width: 1))
        #expect(written(plan).allSatisfy { $0.x < 5 && $0.y < 2 })
    }

    @Test func screenOfAnotherSizeIsRepaintedWhole() {
        let old = screen(6, 2, ["abcdef", "ghijkl"])
        let new = screen(5, 2, ["abcde", "ghijk"])
        let plan = PaintPlan(from: old, to: new, width: 5, height: 2)
        #expect(written(plan).count == 5 * 2 - 1)
        #expect(plan.corner != nil)
    }

    @Test func runsCarryEachGlyphsStyle() {
        let old = screen(6, 2)
        var new = old
        new.put("ab", x: 0, y: 0, style: Style(fg: .red))
        new.put("c", x: 2, y: 0, style: Style(bold: true))
        let plan = PaintPlan(from: old, to: new, width: 6, height: 2)
        #expect(plan.runs.count == 1)
        #expect(plan.runs[0].glyphs.map(\.style) == [Style(fg: .red), Style(fg: .red), Style(bold: true)])
    }
}
