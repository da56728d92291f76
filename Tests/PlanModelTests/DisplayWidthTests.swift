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
        let bracketed = "整个文件都不收入（--partial 收入其有效行）；研究制定《湖南省大数据产业发展三年行动计划》"
        for width in 6...30 {
            let lines = DisplayWidth.wrap(bracketed, to: width)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width): \(lines)")
            #expect(lines.dropLast().allSatisfy { !DisplayWidth.openingMarks.contains($0.last ?? " ") },
                "an opening mark ends a line at width \(width): \(lines)")
        }
        #expect(DisplayWidth.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
    }

    /// The per-scalar shortcut gives what measuring character by character gives, for every
    /// scalar it takes and for strings mixing them with ones it leaves to the character count.
    @Test func theScalarShortcutAgreesWithCountingCharacters() {
        func byCharacter(_ s: String) -> Int { s.reduce(0) { $0 + DisplayWidth.of($1) } }
        var taken = 0
        for v in UInt32(0x20)...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let s = String(scalar)
            if let w = DisplayWidth.ofStandaloneScalars(s) {
                taken += 1
                #expect(w == byCharacter(s), "U+\(String(v, radix: 16))")
            }
        }
        #expect(taken > 40_000)
        for s in ["湖南省服务业（一）", "①…℃—", "ｶﾞｷﾞ", "가각", "e\u{301}", "👍🏽", "☺\u{FE0F}", "🇨🇳", "\u{1100}\u{1161}", "a\u{200D}b", "省\u{302A}"] {
            #expect(DisplayWidth.of(s) == byCharacter(s), "\(s)")
        }
        #expect(DisplayWidth.ofStandaloneScalars("e\u{301}") == nil)
        #expect(DisplayWidth.ofStandaloneScalars("🇨🇳") == nil)
    }
}
