import Foundation
import Testing

/// Plan files built to hurt: each is refused with a one-line error naming the file, the line
/// and what is wrong, within 300 MB of address space and 20 CPU seconds, and never crashes.
@Suite struct HostilePlanFileTests {
    /// Runs `plandash check` on `text` saved as Plans/`name`.yaml.
    func check(_ text: String, name: String = "bad", memoryMB: Int = 300) throws -> Plandash.Run {
        let dir = try Plandash.workspace()
        try Data(text.utf8).write(to: dir.appendingPathComponent("Plans/\(name).yaml"))
        let r = try Plandash.run(["check", "Plans/\(name).yaml"], in: dir, memoryMB: memoryMB, cpuSeconds: 20)
        #expect(!r.crashed, "crashed or ran out of its limits: \(r.stderr.suffix(500))")
        #expect(r.status == 1)
        return r
    }

    /// Nine levels of nine aliases each: a billion "lol"s once expanded.
    static func billionLaughs(keyed: Bool = false) -> String {
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        let names = Array("abcdefghij").map(String.init)
        for i in 1..<10 {
            lines.append("\(names[i]): &\(names[i]) [" + Array(repeating: "*\(names[i - 1])", count: 9).joined(separator: ", ") + "]")
        }
        if keyed { lines.append("? *j\n: x") }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aliasBombsAreRefusedBeforeAnythingIsExpanded() throws {
        for text in [Self.billionLaughs(), Self.billionLaughs(keyed: true), "plan: *undefined\n", "x: 1\ny: &only 2\n"] {
            let r = try check(text)
            #expect(r.stderr.contains("Plans/bad.yaml:"), "\(r.stderr)")
            #expect(r.stderr.contains("anchor") || r.stderr.contains("alias"), "\(r.stderr)")
        }
    }

    @Test func tagsAreRefused() throws {
        for (text, line) in [("plan: !!binary aGk=\n", 1), ("a: 1\nplan: !evil {x: 1}\n", 2), ("a: 1\n\nb: !<tag:x> y\n", 3)] {
            let r = try check(text)
            #expect(r.stderr.contains("Plans/bad.yaml:\(line):") && r.stderr.contains("tag"), "\(r.stderr)")
        }
    }

    @Test func deepNestingIsRefused() throws {
        let flow = "plan: " + String(repeating: "[", count: 100_000) + "\n"
        #expect(try check(flow).stderr.contains("Plans/bad.yaml:1:"))
        var block = ""
        for depth in 0..<1500 { block += String(repeating: " ", count: depth) + "k:\n" }
        block += String(repeating: " ", count: 1500) + "k: 1\n"
        #expect(try check(block).stderr.contains("deeper than"))
    }

    @Test func hugeKeysLinesAndFilesAreRefusedOrReadWithinBounds() throws {
        let key = String(repeating: "k", count: 8 << 20)
        #expect(try check("\(key): 1\n").stderr.contains("Plans/bad.yaml:"))
        let line = "plan: " + String(repeating: "长", count: 4 << 20) + "\n"
        #expect(try check(line).stderr.contains("plan"))
        let dir = try Plandash.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = dir.appendingPathComponent("Plans/big.yaml")
        FileManager.default.createFile(atPath: big.path, contents: Data("plan:\n".utf8))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 65 << 20)
        try handle.close()
        let r = try Plandash.run(["check", "Plans/big.yaml"], in: dir, memoryMB: 300, cpuSeconds: 20)
        #expect(r.status == 1 && !r.crashed)
        #expect(r.stderr.contains("Plans/big.yaml:1:1:") && r.stderr.contains("limit of 64 MB"), "\(r.stderr)")
    }

    @Test func wrongKindsOfInputAreRefused() throws {
        let dir = try Plandash.workspace()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Plans/folder.yaml"), withIntermediateDirectories: false)
        for path in ["/dev/zero", "Plans/folder.yaml"] {
            let r = try Plandash.run(["check", path], in: dir, memoryMB: 300, cpuSeconds: 20)
            #expect(r.status == 1 && !r.crashed, "\(path)")
            #expect(r.stderr.contains("not a regular file") || r.stderr.contains("not a file"), "\(path): \(r.stderr)")
        }
        #expect(try check("\u{FF}\u{FE}plan".unicodeScalars.map { String($0) }.joined()).status == 1)
        #expect(try check("").stderr.contains("empty"))
        let text = try Plandash.hunanText()
        #expect(try check(text, name: "another-name").stderr.contains("differs from the file name another-name"))
    }

    @Test func strictScalarsAreRefusedThroughTheBinary() throws {
        let text = try Plandash.hunanText()
        for (old, new) in [("value: 550\n", "value: 0x1p3\n"), ("value: 550\n", "value: \"550\"\n"), ("value: 550\n", "value: 1e-400\n"),
                           ("issued: 2019-04-24", "issued: +999-12-31"), ("issued: 2019-04-24", "issued: 0000-01-01")] {
            let r = try check(text.replacingOccurrences(of: old, with: new), name: "hunan-2019-services")
            #expect(r.stderr.contains("hunan-2019-services.yaml:"), "\(new): \(r.stderr)")
        }
    }
}
