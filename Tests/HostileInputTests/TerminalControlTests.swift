import Foundation
import Testing
import TestSupport

/// Text from a plan, a journal, a file name or the environment never reaches the terminal
/// as a control: no escape sequence (OSC 52 clipboard writes, OSC 0 titles, CSI), bell,
/// carriage return, C1 control or bidirectional override, and no line break that forges a row.
@Suite struct TerminalControlTests {
    /// ESC ] 52 (clipboard), OSC 0 (title), BEL, CR, a C1 CSI, a bidi override and a line
    /// break before a forged row, as a YAML double-quoted string.
    static let yamlHostile = #"\e]52;c;SGFjaw==\a\e]0;pwned\a\e[2J\r\x9b31m\u202E\nFORGED-ROW"#
    /// The same in JSON.
    static let jsonHostile = #"\u001b]52;c;SGFjaw==\u0007\u001b]0;pwned\u0007\u001b[2J\r\u009b31m\u202e\nFORGED-ROW"#
    static let envHostile = "\u{1B}]0;pwned\u{07}\r\u{9B}31m\nFORGED-ROW"

    /// Fails on any control character but the line feed (and CR right before one, when the
    /// format ends lines so), and on a line a hostile text started.
    /// (A CSV field and a dashboard text box may hold a line break of their own.)
    func expectClean(_ text: String, _ what: String, crlf: Bool = false, linesMayBreak: Bool = false) {
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            let v = s.value
            let crBeforeLF = crlf && v == 0x0D && i + 1 < scalars.count && scalars[i + 1] == "\n"
            let bad = (v < 0x20 && v != 0x0A && !crBeforeLF) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            if bad {
                Issue.record("\(what): control U+\(String(v, radix: 16, uppercase: true)) reached the terminal at \(i): …\(String(String.UnicodeScalarView(scalars[max(0, i - 20)..<min(scalars.count, i + 20)])))…")
                return
            }
        }
        for line in text.unicodeScalars.split(separator: "\n").map(String.init)
        where !linesMayBreak && line.drop(while: { " |".contains($0) }).hasPrefix("FORGED") {
            Issue.record("\(what): a forged line: \(line)")
        }
    }

    func hostileWorkspace() throws -> URL {
        let h = Self.yamlHostile
        let (dir, _) = try Plandash.hunanWorkspace([
            ("  title: 湖南省2019年度服务业高质量发展工作要点", "  title: \"湖南\(h)\""),
            ("  issuer: 湖南省服务业发展联席会议制度办公室", "  issuer: \"办公室\(h)\""),
            ("    title: 聚焦四大重点工作", "    title: \"聚焦\(h)\""),
            ("        units: [省发展改革委, 省工业和信息化厅,", "        units: [\"省发展改革委\(h)\", 省工业和信息化厅,"),
            ("            text: 研究制定《湖南省大数据产业发展三年行动计划》,组织认定年度移动互联网重点企业,办好2019年移动互联网岳麓峰会。",
             "            text: \"研究制定\(h)\""),
            ("                name: 软件业务收入\n", "                name: \"软件业务收入\(h)\"\n"),
        ])
        let j = Self.jsonHostile
        let journal = [
            #"{"at":"2019-09-30","id":"r1","item":"kw1.t1.i3","new":412.5,"note":"\#(j)","time":"2019-10-08T02:15:01.785Z","user":"\#(j)"}"#,
            #"{"at":"2019-09-30","id":"r2","item":"gone\#(j)","new":1,"time":"2019-10-08T02:15:02.785Z","user":"u"}"#,
            "\u{1B}]0;torn\u{07} not json",
            #"{"at":"2019-09-30","id":"r3","item":"kw1.m1","new":"done","note":"\#(j)","time":"2019-10-08T02:15:03.785Z","user":"\#(j)"}"#,
        ]
        try Data((journal.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("Plans/hunan-2019-services.progress.jsonl"))
        return dir
    }

    @Test func commandsShowPlanAndJournalTextSafely() throws {
        let dir = try hostileWorkspace()
        let plan = "hunan-2019-services"
        for args in [["summary", plan], ["departments", plan], ["history", plan, "kw1.t1.i3"], ["history", plan, "kw1.m1"],
                     ["report", plan, "--as-of", "2019-12-31"], ["check", plan], ["render", plan, "--screen", "task:kw1", "--size", "100x30"],
                     ["set", plan, "kw1.t1.i3", Self.envHostile], ["set", plan, "gone\(Self.envHostile)", "1"],
                     ["summary", plan, "--json"], ["export", plan], ["report", plan, "--format", "json"]] {
            let r = try Plandash.run(args, in: dir)
            #expect(!r.crashed, "\(args[0]) crashed")
            expectClean(r.stdout, "\(args.joined(separator: " ")) stdout", linesMayBreak: args[0] == "render")
            expectClean(r.stderr, "\(args.joined(separator: " ")) stderr")
        }
        // JSON escapes what it carries, and reads back the same.
        let export = try Plandash.run(["export", plan], in: dir).stdout
        let json = try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: Any]
        let title = (json?["plan"] as? [String: Any])?["title"] as? String
        #expect(title?.unicodeScalars.contains("\u{9B}") == true && title?.contains("\u{1B}]52") == true)
        // The warnings name the journal's bad lines.
        let warned = try Plandash.run(["summary", plan], in: dir).stderr
        #expect(warned.contains("record r2 names gone"))
        #expect(warned.contains("progress.jsonl:3"))
    }

    @Test func theCSVLedgerOnATerminalKeepsOnlyItsLineEnds() throws {
        let r = try Plandash.run(["report", "hunan-2019-services", "--format", "csv", "--as-of", "2019-12-31"], in: try hostileWorkspace())
        #expect(r.status == 0)
        #expect(r.stdout.unicodeScalars.split(separator: "\n").count > 80, "CSV records keep their CRLF ends")
        expectClean(r.all, "report --format csv", crlf: true, linesMayBreak: true)
    }

    @Test func aUserNameFromTheEnvironmentIsShownSafely() throws {
        let (dir, _) = try Plandash.hunanWorkspace()
        let set = try Plandash.run(["set", "hunan-2019-services", "kw1.t1.i3", "412", "--note", Self.envHostile, "--at", "2019-09-30"],
                                   in: dir, env: ["PLANDASH_USER": Self.envHostile])
        #expect(set.status == 0, "\(set.stderr)")
        let history = try Plandash.run(["history", "hunan-2019-services", "kw1.t1.i3"], in: dir)
        #expect(history.stdout.contains("pwned"))
        expectClean(history.all, "history")
    }

    @Test func checkShowsHostileFileNamesAndValuesSafely() throws {
        let (dir, _) = try Plandash.hunanWorkspace([("                value: 550\n", "                value: \"\(Self.yamlHostile)\"\n")])
        let evil = dir.appendingPathComponent("Plans/evil\u{1B}]0;pwned\u{07}\nFORGED-ROW.yaml")
        try Data("plan: [\u{1B}[31m".utf8).write(to: evil)
        let r = try Plandash.run(["check"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("value"))
        expectClean(r.all, "check")
    }

    @Test func batchErrorsShowTheLineSafely() throws {
        let (dir, _) = try Plandash.hunanWorkspace()
        let batch = "kw1.t1.i3\t\u{1B}[31m12\u{07}\rx\nnot-an-id\u{9B}\t3\n"
        let r = try Plandash.run(["set", "hunan-2019-services", "--batch", "-"], in: dir, stdin: batch)
        #expect(r.status == 1)
        expectClean(r.all, "set --batch")
    }
}

extension TerminalControlTests {
    @Test func importWarningsShowNoticeTextSafely() throws {
        let dir = try Plandash.workspace()
        var lines = try String(contentsOf: TestWorkspace.repo.appendingPathComponent("Plans/sources/hunan-2019-services.txt"), encoding: .utf8)
            .components(separatedBy: "\n")
        lines.insert("\u{1B}]0;pwned\u{07}\r\u{9B}31m 不知所云的一行\u{202E}", at: min(5, lines.count))
        try Data(lines.joined(separator: "\n").utf8).write(to: dir.appendingPathComponent("notice.txt"))
        let r = try Plandash.run(["import", "notice.txt", "-o", "Plans/city.yaml"], in: dir)
        #expect(!r.crashed)
        expectClean(r.all, "import")
    }
}
