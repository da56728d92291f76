import Foundation
import Testing

/// Every human-facing text comes from the catalogue: no Chinese wording or English phrase is
/// written as a string literal anywhere in `Sources` but `Sources/Catalogue`, except in files
/// that hold input vocabulary or machine formats (a `// not messages: <reason>` line among their
/// first five lines) and on lines of machine text (ending with `// not a message: <reason>`).
/// It reads the `Sources` folder of the repository this file sits in.
@Suite struct CatalogueCoverageTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    static func swiftFiles(under folder: URL) throws -> [URL] {
        try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
            .sorted { $0.path < $1.path }
    }

    static func relative(_ file: URL) -> String { String(file.path.dropFirst(sources.path.count + 1)) }

    /// The literals of one file that bypass the catalogue, as `file:line: text`.
    static func bypasses(in source: String, name: String) -> [String] {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.prefix(5).contains(where: { $0.hasPrefix("// not messages: ") && $0.count > 20 }) { return [] }
        return SourceLiteral.all(in: source).filter { literal in
            guard HumanText.isHumanFacing(literal) else { return false }
            let line = lines[literal.line - 1]
            guard let marker = line.range(of: "// not a message: ") else { return true }
            return line[marker.upperBound...].trimmingCharacters(in: .whitespaces).isEmpty
        }.map { "\(name):\($0.line): \($0.text.prefix(80))" }
    }

    @Test func noHumanFacingLiteralBypassesTheCatalogue() throws {
        let files = try Self.swiftFiles(under: Self.sources).filter { !Self.relative($0).hasPrefix("Catalogue/") }
        #expect(files.count > 100)
        var found: [String] = []
        for file in files {
            found += Self.bypasses(in: try String(contentsOf: file, encoding: .utf8), name: Self.relative(file))
        }
        #expect(found.isEmpty, Comment(rawValue: "\(found.count) literals bypass the catalogue:\n"
            + found.prefix(60).joined(separator: "\n")))
    }

    /// Every catalogue entry has both languages, neither empty, and the English holds no Chinese
    /// wording (values interpolated into it may be Chinese).
    @Test func everyMessageHasBothLanguages() throws {
        let files = try Self.swiftFiles(under: Self.sources.appendingPathComponent("Catalogue"))
        var faults: [String] = []
        var messages = 0
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            for fault in Self.languageFaults(in: source) {
                faults.append("\(Self.relative(file)):\(fault)")
            }
            messages += Self.arguments(in: source).count { $0.label == "zh:" }
        }
        #expect(messages > 700)
        #expect(faults.isEmpty, Comment(rawValue: faults.joined(separator: "\n")))
    }

    /// The `zh:` and `en:` arguments of the `Message(zh:en:)` calls of a catalogue file.
    static func arguments(in source: String) -> [(label: String, literal: SourceLiteral, isWhole: Bool)] {
        let scalars = Array(source.unicodeScalars)
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        return SourceLiteral.all(in: source).compactMap { literal in
            let before = text(max(0, literal.start - 40)..<literal.start)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            guard let label = ["zh:", "en:"].first(where: before.hasSuffix) else { return nil }
            let after = text(literal.end..<min(scalars.count, literal.end + 40))
                .trimmingCharacters(in: .whitespacesAndNewlines)
            return (label, literal, after.hasPrefix(",") || after.hasPrefix(")"))
        }
    }

    /// `line: what is wrong` for each `zh:`/`en:` argument that is one empty literal, or an `en:`
    /// text with Chinese wording.
    static func languageFaults(in source: String) -> [String] {
        arguments(in: source).flatMap { label, literal, isWhole -> [String] in
            let english = label == "en:"
            var faults: [String] = []
            if isWhole, literal.text.isEmpty {
                faults.append("\(literal.line): an empty \(english ? "English" : "Chinese") text")
            }
            if english, HumanText.hasChinese(literal.wording) {
                faults.append("\(literal.line): Chinese wording in the English text: \(literal.text)")
            }
            return faults
        }
    }

    // MARK: the rule itself

    @Test func findsChineseAndEnglishWordingButNotCode() {
        let source = """
            let a = "已撤销"
            let b = "nothing to undo"
            let c = "kw1.t1.i3"  // an id
            let d = "\\(x) \\(y)"
            // "注释里的中文" is a comment
            let e = #"raw "引号" inside"#
            let f = \"\"\"
                多行
                \"\"\"
            let g = "<td class=\\"x y\\">"  // not a message: HTML
            let h = "%d items"
            """
        let found = Self.bypasses(in: source, name: "F.swift")
        #expect(found == ["F.swift:1: 已撤销", "F.swift:2: nothing to undo", "F.swift:6: raw \"引号\" inside",
                          "F.swift:7: \n    多行\n    "])
        #expect(Self.bypasses(in: "// not messages: unit keywords\nlet k = \"牵头单位\"", name: "V.swift").isEmpty)
        #expect(Self.bypasses(in: "// not messages:\nlet k = \"牵头单位\"", name: "V.swift").count == 1,
                "an exemption names its reason")
    }

    @Test func englishPhrasesAreTwoWordsOfLetters() {
        #expect(HumanText.hasEnglishPhrase("as of"))
        #expect(HumanText.hasEnglishPhrase("Wrote report.md"))
        #expect(!HumanText.hasEnglishPhrase("a b"))
        #expect(!HumanText.hasEnglishPhrase("kw1.t1 sa2"))
        #expect(!HumanText.hasEnglishPhrase("%d items"))
        #expect(!HumanText.hasEnglishPhrase("-o"))
    }

    @Test func catalogueFaultsAreFound() {
        let faults = Self.languageFaults(in: """
            static let a = Message(zh: "已撤销", en: "")
            static let b = Message(zh: "已撤销", en: "已撤销")
            static let c = Message(zh: "\\(x) 项", en: "\\(x) items")
            """)
        #expect(faults == ["1: an empty English text", "2: Chinese wording in the English text: 已撤销"])
    }
}
