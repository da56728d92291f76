import CNcursesw
import DashboardCore
import Testing
@testable import TerminalUI

@Suite struct StyleMapperTests {
    func monochrome(_ style: Style) -> CursesStyle {
        var mapper = StyleMapper(colors: nil)
        let (resolved, newPair) = mapper.resolve(style)
        #expect(newPair == nil)
        return resolved
    }

    @Test func plainIsNormalWithoutColour() {
        #expect(monochrome(.plain) == CursesStyle(attributes: pd_a_normal(), pair: 0))
    }

    @Test func flagsMapToAttributesWithoutColour() {
        #expect(monochrome(Style(bold: true)).attributes == pd_a_bold())
        #expect(monochrome(Style(reverse: true)).attributes == pd_a_reverse())
        #expect(monochrome(Style(dim: true)).attributes == pd_a_dim())
        #expect(monochrome(Style(underline: true)).attributes == pd_a_underline())
        #expect(monochrome(Style(bold: true, reverse: true, underline: true)).attributes
                == pd_a_bold() | pd_a_reverse() | pd_a_underline())
    }

    @Test func coloursStayReadableWithoutColour() {
        #expect(monochrome(Style(fg: .red)) == CursesStyle(attributes: pd_a_normal(), pair: 0))
        #expect(monochrome(Style(fg: .gray)).attributes == pd_a_dim())
        #expect(monochrome(Style(bg: .green)).attributes == pd_a_reverse())
        #expect(monochrome(Style(bg: .green, reverse: true)).attributes == pd_a_reverse())
    }

    @Test func pairsAreHandedOutOnceOnFirstUse() {
        var mapper = StyleMapper(colors: ColorPairTable(colorCount: 256, pairLimit: 256, defaultColors: true))
        let red = mapper.resolve(Style(fg: .red))
        #expect(red.style.pair == 1)
        #expect(red.newPair == ColorPairTable.Definition(pair: 1, foreground: Int16(COLOR_RED), background: -1))
        let boldRed = mapper.resolve(Style(fg: .red, bold: true))
        #expect(boldRed.style == CursesStyle(attributes: pd_a_bold(), pair: 1))
        #expect(boldRed.newPair == nil)
        let bar = mapper.resolve(Style(fg: .white, bg: .gray))
        #expect(bar.newPair == ColorPairTable.Definition(pair: 2, foreground: Int16(COLOR_WHITE), background: 8))
        #expect(mapper.resolve(.plain).style.pair == 0)
    }

    @Test func grayIsDimOnEightColours() {
        var mapper = StyleMapper(colors: ColorPairTable(colorCount: 8, pairLimit: 64, defaultColors: true))
        #expect(mapper.resolve(Style(fg: .gray)) == (CursesStyle(attributes: pd_a_dim(), pair: 0), nil))
    }

    @Test func withoutDefaultColoursNormalIsWhiteOnBlack() {
        var table = ColorPairTable(colorCount: 8, pairLimit: 64, defaultColors: false)
        #expect(table.pair(foreground: .normal, background: .normal).new
                == ColorPairTable.Definition(pair: 1, foreground: Int16(COLOR_WHITE), background: Int16(COLOR_BLACK)))
    }

    @Test func runningOutOfPairsFallsBackToTheDefault() {
        var table = ColorPairTable(colorCount: 8, pairLimit: 3, defaultColors: true)
        #expect(table.pair(foreground: .red, background: .normal).pair == 1)
        #expect(table.pair(foreground: .green, background: .normal).pair == 2)
        #expect(table.pair(foreground: .blue, background: .normal) == (0, nil))
        #expect(table.pair(foreground: .red, background: .normal).pair == 1)
    }
}
