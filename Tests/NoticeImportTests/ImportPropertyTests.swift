import Foundation
import NoticeFormats
import NoticeImport
import PlanModel
import PlanStore
import Testing
import ZIPFoundation
import TestSupport

/// Whatever the text, import never crashes, explains every line it does not place, and never
/// returns a plan that `plandash check` would reject.
@Suite struct ImportPropertyTests {
    static let seedLines = (try? TestFiles.text(TestFiles.seedNotice))?.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) ?? []

    @Test(arguments: 0..<300)
    func mutatedSeedImportsSafely(_ caseNumber: Int) throws {
        #expect(!Self.seedLines.isEmpty)
        var random = SplitMix64(seed: UInt64(caseNumber))
        let text = NoticeMutation.mutate(Self.seedLines, using: &random)
        switch NoticeImporter.importPlan(text: text, id: "case-\(caseNumber)") {
        case .failed(let failure):
            #expect(!failure.message.isEmpty)
        case .imported(let imported):
            let yaml = try PlanYAML.text(of: imported.plan)
            #expect(throws: Never.self, "case \(caseNumber):\n\(text)") { try PlanFile.parse(yaml, file: "case-\(caseNumber).yaml") }
            let warned = Set(imported.warnings.filter(\.isAboutAnUnplacedLine).map(\.line))
            for (i, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
            where !line.allSatisfy({ $0.isWhitespace || $0 == "\u{200B}" || $0 == "\u{FEFF}" }) {
                #expect(imported.placements[i + 1] != nil || warned.contains(i + 1), "case \(caseNumber): line \(i + 1) lost: \(line)")
            }
        }
    }
}

/// Random damage to a notice: a window of it, lines deleted, duplicated, shuffled, cut short,
/// or mixed with CJK, ASCII and the importer's own markers.
enum NoticeMutation {
    static let noise: [String] = ["一、", "(一)", "（二）", "1、", "2.", "(完成时限:", "(完成时限:2019年底)", ")", "等单位", "、", ",", ";,",
                                  "%", "％", "以上", "左右", "1-2家", "3～5个", "零的突破", "出台《", "》", "“", "”", "年底", "持续推进",
                                  "省发展改革委", "各市州、县市区人民政府", "(牵头单位:", "负责)", "\u{3000}", "\u{2002}", " ", "\t",
                                  "服务业", "增长", "亿元", "abc", "5G", "０", "9", "關於印發", "通知", "〔2019〕", "号", "\u{200B}"]

    static func mutate(_ seed: [String], using random: inout SplitMix64) -> String {
        var lines = window(seed, using: &random)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            guard !lines.isEmpty else { break }
            let i = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<7, using: &random) {
            case 0: lines.removeSubrange(i..<min(lines.count, i + Int.random(in: 1...6, using: &random)))
            case 1: lines.insert(lines[i], at: Int.random(in: 0...lines.count, using: &random))
            case 2:
                let j = min(lines.count, i + Int.random(in: 2...8, using: &random))
                lines[i..<j].shuffle(using: &random)
            case 3: lines.insert(noiseLine(using: &random), at: i)
            case 4: lines[i] = damaged(lines[i], using: &random)
            case 5: lines[i] = String(lines[i].prefix(Int.random(in: 0...max(0, lines[i].count), using: &random)))
            default: lines = Array(lines.prefix(i + 1))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The whole notice now and then, else a stretch of it (often with the head).
    private static func window(_ seed: [String], using random: inout SplitMix64) -> [String] {
        if Int.random(in: 0..<10, using: &random) == 0 { return seed }
        let length = Int.random(in: 1...80, using: &random)
        let start = Bool.random(using: &random) ? 0 : Int.random(in: 0..<seed.count, using: &random)
        return Array(seed[start..<min(seed.count, start + length)])
    }

    private static func noiseLine(using random: inout SplitMix64) -> String {
        (0..<Int.random(in: 1...8, using: &random)).map { _ in
            Bool.random(using: &random) ? noise.randomElement(using: &random)! : String(Character(Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FA5, using: &random))!))
        }.joined()
    }

    private static func damaged(_ line: String, using random: inout SplitMix64) -> String {
        var chars = Array(line)
        guard !chars.isEmpty else { return noiseLine(using: &random) }
        let i = Int.random(in: 0..<chars.count, using: &random)
        chars.insert(contentsOf: noiseLine(using: &random), at: i)
        if Bool.random(using: &random) { chars.remove(at: Int.random(in: 0..<chars.count, using: &random)) }
        return String(chars)
    }
}

/// Whatever a notice file holds — the bundled notice as GB18030 text, a LibreOffice Word file or
/// page, its bytes or its XML damaged — reading it never crashes and never gives a plan that
/// `plandash check` would reject.
@Suite struct FilePropertyTests {
    /// The bases to damage: (what, bytes, whether damage goes into the Word file's XML).
    static let bases: [(String, [UInt8], Bool)] = {
        guard let text = try? TestFiles.text(TestFiles.seedNotice) else { return [] }
        var out: [(String, [UInt8], Bool)] = [("utf8", Array(text.utf8), false)]
        if let gb = try? OfficeFormatTests.iconv(text, to: "GB18030") { out.append(("gb18030", gb, false)) }
        for format in ["docx", "html"] {
            if let url = try? OfficeConversions.converted(TestFiles.seedNotice, to: format), let data = try? Data(contentsOf: url) {
                out.append((format, Array(data), format == "docx"))
            }
        }
        return out
    }()

    @Test(arguments: 0..<300)
    func damagedFilesImportSafely(_ caseNumber: Int) throws {
        try #require(!Self.bases.isEmpty)
        var random = SplitMix64(seed: UInt64(caseNumber) &+ 1_000)
        let (what, base, isWord) = Self.bases[caseNumber % Self.bases.count]
        let bytes = isWord ? try Self.damagedWordFile(base, using: &random) : Self.damaged(base, using: &random)
        switch NoticeFile.importPlan(bytes: bytes, id: "case-\(caseNumber)") {
        case .failed(let failure):
            #expect(!failure.message.isEmpty)
        case .imported(let imported):
            let yaml = try PlanYAML.text(of: imported.plan)
            #expect(throws: Never.self, "case \(caseNumber) (\(what))") { try PlanFile.parse(yaml, file: "case-\(caseNumber).yaml") }
        }
    }

    /// Bytes cut, flipped, repeated or mixed with markup and markers.
    static func damaged(_ bytes: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var out = bytes
        let pieces = ["<p>", "</td>", "<tr><td>", "<!--", "<script>", "&amp;", "&#0;", "\u{FEFF}", "一、", "(完成时限:", "省商务厅等单位"].map { Array($0.utf8) }
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            guard !out.isEmpty else { break }
            let i = Int.random(in: 0..<out.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: out[i] = UInt8.random(in: 0...255, using: &random)
            case 1: out.removeSubrange(i..<min(out.count, i + Int.random(in: 1...400, using: &random)))
            case 2: out.insert(contentsOf: pieces.randomElement(using: &random)!, at: i)
            case 3: out.insert(contentsOf: out[i..<min(out.count, i + Int.random(in: 1...400, using: &random))], at: Int.random(in: 0...out.count, using: &random))
            default: out = Array(out.prefix(i + 1))
            }
        }
        return out
    }

    /// The Word file with its document.xml damaged and packed again (damage to the zip itself
    /// only ever meets the zip's checks).
    static func damagedWordFile(_ bytes: [UInt8], using random: inout SplitMix64) throws -> [UInt8] {
        let source = try Archive(data: Data(bytes), accessMode: .read)
        let entry = try #require(source["word/document.xml"])
        var xml = Data()
        _ = try source.extract(entry) { xml.append($0) }
        return try WordFiles.holding(Data(damaged(Array(xml), using: &random)))
    }
}
