import DashboardCore
import PlanModel
import TestSupport
import Testing

@Suite(.language(.zh)) struct ScreenTests {
    @Test func wideCharacterThatDoesNotFitAtTheRightEdgeIsDropped() {
        var s = CellGrid(width: 5, height: 1)
        let end = s.put("ab中文", x: 0, y: 0)
        #expect(s.lines == ["ab中 "])
        #expect(end == 4)
        #expect(s[4, 0] == .blank)
    }

    @Test func overwritingTheRightHalfOfAWideGlyphBlanksItsLeftHalf() {
        var s = CellGrid(width: 6, height: 1)
        s.put("中文", x: 0, y: 0)
        s.put("x", x: 1, y: 0)
        #expect(s.lines == [" x文  "])
        #expect(!s[2, 0].isContinuation && s[3, 0].isContinuation)
    }

    @Test func overwritingTheLeftHalfOfAWideGlyphBlanksItsRightHalf() {
        var s = CellGrid(width: 4, height: 1)
        s.put("中", x: 0, y: 0)
        s.put("y", x: 0, y: 0)
        #expect(s.lines == ["y   "])
        #expect(!s[1, 0].isContinuation)
    }

    @Test func aWideGlyphStraddlingTwoOthersBlanksBothOuterHalves() {
        var s = CellGrid(width: 4, height: 1)
        s.put("中文", x: 0, y: 0)
        s.put("国", x: 1, y: 0)
        #expect(s.lines == [" 国 "])
    }

    @Test func fillWithAWideCharacterPadsTheOddColumn() {
        var s = CellGrid(width: 5, height: 1)
        s.fill(x: 0, y: 0, count: 5, with: "中")
        #expect(s.lines == ["中中 "])
    }

    @Test func putStopsAtMaxWidthAndOutsideRowsAreIgnored() {
        var s = CellGrid(width: 8, height: 2)
        s.put("abcdef", x: 1, y: 0, maxWidth: 3)
        s.put("zzz", x: 0, y: 5)
        s.put("zzz", x: 0, y: -1)
        #expect(s.lines == [" abc    ", "        "])
    }

    @Test func linesAreAlwaysTheScreenWidth() {
        var s = CellGrid(width: 7, height: 3)
        s.put("湖南省服务业", x: 0, y: 0)
        s.put("x湖南省", x: 2, y: 1)
        s.put("…—①", x: 5, y: 2)
        for line in s.lines { #expect(DisplayWidth.of(line) == 7) }
    }
}
