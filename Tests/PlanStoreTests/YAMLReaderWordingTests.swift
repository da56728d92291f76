import Catalogue
import Foundation
import PlanStore
import Testing
import TestSupport

/// A plan text libyaml or Yams refuses, the line it is refused at and the English the refusal
/// holds (libyaml's phrase, or plandash's own wording for what the preflight refuses).
struct BadYAML: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let line: Int
    let english: String
    var testDescription: String { name }
}

/// YAML reader errors read in the user's language: libyaml's English phrases are worded from the
/// catalogue's table, and the table holds every phrase the vendored libyaml can produce.
@Suite(.language(.zh)) struct YAMLReaderWordingTests {
    static let cases = [
        BadYAML(name: "unclosed flow sequence", text: "plan:\n  units: [发改委, 财政厅\n  year: 2019\n", line: 3,
            english: "did not find expected ',' or ']' (while parsing a flow sequence at line 2)"),
        BadYAML(name: "tab indentation", text: "plan:\n\tid: x\n", line: 2,
            english: "found character that cannot start any token (while scanning for the next token at line 2)"),
        BadYAML(name: "mapping value in a value", text: "plan:\n  title: a: b: c\n", line: 2,
            english: "mapping values are not allowed in this context"),
        BadYAML(name: "unterminated quote", text: "plan:\n  title: \"湖南\n  year: 2019\n", line: 4,
            english: "found unexpected end of stream (while scanning a quoted scalar at line 2)"),
        BadYAML(name: "bad escape", text: "plan:\n  title: \"湖\\q南\"\n", line: 2,
            english: "found unknown escape character (while parsing a quoted scalar at line 2)"),
        BadYAML(name: "control character", text: "plan:\n  title: 湖\u{1}南\n", line: 2,
            english: "unreadable text: control characters are not allowed"),
        BadYAML(name: "undefined alias", text: "plan:\n  title: *nowhere\n", line: 2,
            english: Message.yamlAliasRefused("nowhere").en),
    ]

    @Test(arguments: cases) func malformedTextIsWordedInChinese(_ bad: BadYAML) throws {
        let found = Fixtures.diagnostics(bad.text, file: "Plans/bad.yaml")
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect(diagnostic.line == bad.line)
        #expect(diagnostic.description.hasPrefix("Plans/bad.yaml:\(bad.line):\(diagnostic.column): "))
        #expect(diagnostic.message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        let words = diagnostic.message.split { !($0.isASCII && $0.isLetter) }.map(String.init)
        let foreign = words.filter { $0 != "YAML" && !bad.text.contains($0) }
        #expect(foreign.isEmpty, "English words \(foreign) in \(diagnostic.message)")
        let english = Language.$chosen.withValue(.en) { Fixtures.diagnostics(bad.text, file: "Plans/bad.yaml") }
        #expect(english.first?.message.contains(bad.english) == true, "\(english.first?.message ?? "nothing")")
        #expect(english.first.map { ($0.line, $0.column) } ?? (0, 0) == (diagnostic.line, diagnostic.column))
    }

    @Test func invalidUTF8IsRefusedInChinese() throws {
        let file = try Fixtures.tempDir().appendingPathComponent("bad.yaml")
        try Data("plan:\n  title: ".utf8 + [0xE6, 0xB9] + Data("\n".utf8)).write(to: file)
        #expect(throws: PlanLoadError.self) { try PlanFile.load(file) }
        do { _ = try PlanFile.load(file) } catch let error as PlanLoadError {
            #expect(error.diagnostics.map(\.message) == [Message.planFileNotUTF8.zh])
        }
    }

    @Test func phrasesLookUpTheirEntry() {
        #expect(Message.yamlReaderPhrase("did not find expected key") == Message(zh: "找不到应有的键",
            en: "did not find expected key"))
        #expect(Message.yamlReaderPhrase("a phrase of a later Yams") == .verbatim("a phrase of a later Yams"))
        let quoted = Message.yamlReaderPhrase("Failed to represent 湖南")
        #expect(quoted.zh.hasSuffix("湖南") && !quoted.zh.contains("Failed"))
        #expect(Set(Message.yamlReaderPhrases.map(\.en)).count == Message.yamlReaderPhrases.count)
    }

    /// Every phrase passed to libyaml's error setters and every fixed problem or context Yams'
    /// Swift side writes has a table entry, and every entry is such a phrase, word for word.
    @Test func theTableHoldsEveryPhraseOfTheVendoredLibyaml() throws {
        let yams = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/checkouts/Yams/Sources")
        let libyaml = yams.appendingPathComponent("CYaml/src")
        guard FileManager.default.fileExists(atPath: libyaml.path) else {
            print("skipped: no Yams checkout at \(libyaml.path) (build the package first)")
            return
        }
        var phrases = Set<String>()
        for (folder, ext) in [(libyaml, "c"), (yams.appendingPathComponent("Yams"), "swift")] {
            let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            for file in files where file.pathExtension == ext {
                let source = try String(contentsOf: file, encoding: .utf8)
                phrases.formUnion(try ext == "c" ? Self.errorPhrases(inC: source) : Self.errorPhrases(inSwift: source))
            }
        }
        #expect(phrases.count > 90, "found only \(phrases.count) phrases: has the extraction broken?")
        let entries = Set(Message.yamlReaderPhrases.map(\.en))
        let missing = phrases.subtracting(entries).sorted()
        #expect(missing.isEmpty, "no entry in YAMLReaderMessages.swift for:\n\(missing.joined(separator: "\n"))")
        let stale = entries.subtracting(phrases).sorted()
        #expect(stale.isEmpty, "entries libyaml and Yams never produce:\n\(stale.joined(separator: "\n"))")
    }

    /// The string literals among the arguments of every call to a libyaml error setter
    /// (`yaml_parser_set_scanner_error(parser, "while …", mark, "found …")`; a ternary gives two).
    static func errorPhrases(inC source: String) throws -> Set<String> {
        let setter = "yaml_(parser|emitter)_set_(scanner|parser|reader|composer|emitter|writer)_error(_context)?"
        let call = try Regex(setter + #"\s*\("#)
        var phrases = Set<String>()
        for match in source.matches(of: call) {
            var arguments = ""
            var depth = 1
            var inString = false
            var index = match.range.upperBound
            while depth > 0, index < source.endIndex {
                let c = source[index]
                if inString, c == "\\" {  // an escape: the next character is the literal's too
                    arguments.append(c)
                    index = source.index(after: index)
                    arguments.append(source[index])
                } else if inString || c == "\"" {
                    if c == "\"" { inString.toggle() }
                    arguments.append(c)
                } else if c == "(" || c == ")" {
                    depth += c == "(" ? 1 : -1
                } else {
                    arguments.append(c)
                }
                index = source.index(after: index)
            }
            if arguments.contains("const char") { continue } // the setter's own declaration
            phrases.formUnion(try literals(in: arguments))
        }
        return phrases
    }

    /// The fixed texts Yams' Swift side gives a `YamlError` as `problem:` or a context's `text:`.
    static func errorPhrases(inSwift source: String) throws -> Set<String> {
        let argument = try Regex(#"(problem|text): ("(?:[^"\\]|\\.)*")"#)
        return Set(try source.matches(of: argument).flatMap { try literals(in: String(source[$0.range])) })
    }

    /// The C or Swift string literals of a text, those without an interpolation.
    static func literals(in text: String) throws -> [String] {
        let literal = try Regex(#""((?:[^"\\]|\\.)*)""#)
        return text.matches(of: literal).compactMap { match in
            let body = String(text[match.range].dropFirst().dropLast())
            return body.contains("\\(") ? nil : body
        }
    }
}
