import Foundation
import Testing
import TestSupport

/// The real binary in a real terminal, started from a shell with no language set at all (no
/// `LANG`, `LC_ALL`, `LC_MESSAGES` or `PLANDASH_LANG`): every screen word, key hint and status
/// line is Chinese. With `LANG=en_US.UTF-8` the same screens and messages are English.
@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable, TmuxDriver.missingReason))
struct LanguageEndToEndTests {
    /// The words to look for in one language.
    struct Words {
        let exports: String
        let dashboard: String
        let keyBar: [String]
        let taskKeyBar: [String]
        let editorKeyBar: String
        let refused: String
        let nothingToUndo: String
        let help: String
    }

    static let chinese = Words(exports: "", dashboard: "总体完成", keyBar: ["↑↓ 任务", "Enter 打开", "? 帮助"],
        taskKeyBar: ["Space 状态", "n 备注"], editorKeyBar: "Enter 保存 / 确定",
        refused: "kw1.t1.i3：单位“家”与指标单位“亿元”不符", nothingToUndo: "没有可撤销的修改", help: "部门工作量（任何屏幕）")
    static let english = Words(exports: "export LANG=en_US.UTF-8; ", dashboard: "overall",
        keyBar: ["↑↓ tasks", "Enter open", "? help"], taskKeyBar: ["Space status", "n note"],
        editorKeyBar: "Enter save / confirm", refused: "kw1.t1.i3: unit \"家\" does not match the indicator's unit \"亿元\"",
        nothingToUndo: "nothing to undo", help: "department workload (any screen)")

    func text(_ lines: [String]?) -> String { (lines ?? []).joined(separator: "\n") }

    /// Starts plandash from an interactive shell in which no language variable is set, then
    /// the words' own exports.
    func start(_ words: Words, plan: URL) throws -> TmuxDriver {
        let t = try TmuxDriver(width: 120, height: 40, interactiveShell: "/bin/bash")
        try t.type("unset LANG LC_ALL LC_MESSAGES PLANDASH_LANG; export PLANDASH_USER=e2e; " + words.exports + "PS1='$ '; "
            + TmuxDriver.commandLine([plan.path, "--as-of", "2019-12-31", "--no-color"]) + "; echo __EXIT=$?")
        try t.send("Enter")
        return t
    }

    func check(_ words: Words) throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else {
            print("skipped: bash not installed (the test unsets the language in an interactive shell)")
            return
        }
        let plan = try Binary.hunanCopy()
        let t = try start(words, plan: plan)
        let shell = try #require(Int32(try t.pane("#{pane_pid}")))
        defer {
            // Ending the shell (and plandash, when a check failed before it quit) ends the session even
            // when the test stops early.
            if let child = FatalSignalEndToEndTests.childProcess(of: shell) { kill(child, SIGKILL) }
            kill(shell, SIGKILL)
        }
        // The key bar is the bottom row, painted after the title: wait for the whole frame.
        let lastHint = words.keyBar[words.keyBar.count - 1]
        let dashboard = try #require(try t.waitFor(lastHint), "the dashboard never appeared")
        #expect(text(dashboard).contains("湘服联办〔2019〕2号"))
        #expect(text(dashboard).contains(words.dashboard))
        for hint in words.keyBar { #expect(dashboard.last { !$0.isEmpty }?.contains(hint) == true, "key bar lacks \(hint)") }

        // Into kw1, down to 软件业务收入 (kw1.t1.i3): the task area's key hints.
        try t.send("Enter")
        try #require(try t.waitFor("kw1 补齐生产服务短板") != nil, "Enter did not open kw1")
        for _ in 0..<6 { try t.send("j") }
        let task = try #require(try t.waitFor("kw1.t1.i3"), "the cursor did not reach 软件业务收入")
        for hint in words.taskKeyBar { #expect(text(task).contains(hint), "task key bar lacks \(hint)") }

        // A wrong unit is refused, in the language; the editor's keys show meanwhile.
        try t.send("e")
        let editing = try #require(try t.waitFor(words.editorKeyBar), "e did not open the editor")
        #expect(!text(editing).contains(words.refused))
        try t.type("412.5家")
        try t.send("Enter")
        #expect(try t.waitFor(words.refused) != nil, "the refusal was not worded as expected")
        try t.send("Escape")

        // Nothing was recorded: nothing to undo.
        try t.send("u")
        #expect(try t.waitFor(words.nothingToUndo) != nil, "u did not say there is nothing to undo")

        try t.send("?")
        #expect(try t.waitFor(words.help) != nil, "the help screen is not in the language")
        try t.send("q")
        try t.send("q")
        try t.send("q")
        #expect(try t.waitFor("__EXIT=0") != nil, "plandash did not exit cleanly")
    }

    @Test func withNoLanguageSetEverythingIsChinese() throws {
        try check(Self.chinese)
    }

    @Test func withAnEnglishLocaleEverythingIsEnglish() throws {
        try check(Self.english)
    }
}
