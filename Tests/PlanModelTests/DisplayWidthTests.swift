import Testing
@testable import PlanModel

@Suite struct DisplayWidthTests {
    @Test func cjkIsTwoColumnsAndAsciiOne() {
        #expect(DisplayWidth.of("湖南省") == 6)
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("〔2019〕") == 8)
        #expect(DisplayWidth.of("（一）") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("①…℃—") == 4)
    }

    @Test func truncationNeverSplitsAGlyph() {
        #expect(DisplayWidth.truncate("湖南省服务业", to: 5) == "湖南…")
        #expect(DisplayWidth.truncate("湖南省服务业", to: 6, ellipsis: false) == "湖南省")
        #expect(DisplayWidth.truncate("湖南省服务业", to: 5, ellipsis: false) == "湖南")
        #expect(DisplayWidth.truncate("湖南", to: 4) == "湖南")
        #expect(DisplayWidth.truncate("湖南", to: 0) == "")
    }

    @Test func fitPadsToExactlyTheWidth() {
        for w in 0...9 {
            #expect(DisplayWidth.of(DisplayWidth.fit("省发展改革委", to: w)) == w)
        }
        #expect(DisplayWidth.fit("12%", to: 5, alignRight: true) == "  12%")
    }

    @Test func wrapKeepsLinesWithinTheWidth() {
        let text = "研究制定《湖南省大数据产业发展三年行动计划》,组织认定年度移动互联网重点企业"
        let lines = DisplayWidth.wrap(text, to: 11)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 11 })
        #expect(lines.joined() == text)
    }

    @Test func wrapKeepsNumbersWholeAndNeverStartsALineWithAClosingMark() {
        let text = "软件和信息服务业全年实现软件业务收入550亿元,增长10%以上。"
        for width in 4...30 {
            let lines = DisplayWidth.wrap(text, to: width)
            #expect(lines.joined() == text)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width): \(lines)")
            #expect(lines.dropFirst().allSatisfy { !DisplayWidth.closingMarks.contains($0.first ?? " ") }, "width \(width): \(lines)")
            #expect(!lines.contains { $0.hasSuffix("55") || $0.hasSuffix("5") && !$0.hasSuffix("550") }, "550 split at width \(width): \(lines)")
        }
        #expect(DisplayWidth.wrap("plan office staff", to: 8) == ["plan", "office", "staff"])
        #expect(DisplayWidth.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
    }
}
