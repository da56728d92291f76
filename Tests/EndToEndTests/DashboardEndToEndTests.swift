import Foundation
import Testing
import TestSupport

/// The real binary in a real terminal (tmux): browse, open, departments, search, resize, quit.
@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable, TmuxDriver.missingReason))
struct DashboardEndToEndTests {
    func text(_ lines: [String]?) -> String { (lines ?? []).joined(separator: "\n") }

    @Test func browseOpenSearchResizeAndQuit() throws {
        let plan = try Binary.hunanCopy()
        let t = try TmuxDriver(width: 120, height: 40, args: [plan.path])
        try #require(
            try t.waitFor("湘服联办〔2019〕2号", "聚焦四大重点工作", "提升开放发展水平") != nil,
            "the dashboard with its first and last panes never appeared")
        #expect(try t.pane("#{alternate_on}") == "1")

        // Down to the second task area of the first pane, open it, and come back.
        try t.send("j", "Enter")
        // Wait for the body as well as the title row: a frame can be caught half painted.
        try #require(
            try t.waitFor("kw2 升级流通服务水平", "工作措施", "省商务厅") != nil, "Enter did not open kw2")
        try t.send("Escape")
        #expect(try t.waitFor("总体完成") != nil)

        // Department workload from the dashboard.
        try t.send("d")
        try #require(try t.waitFor("部门工作量", "省发展改革委") != nil, "d did not open the department view")
        try t.send("Escape")
        #expect(try t.waitFor("总体完成") != nil)

        // Search, then jump to the task area of the first result.
        try t.send("/")
        try t.type("物流")
        // Results follow each typed character: wait for those of the whole word.
        try #require(try t.waitFor("三级物流配送体系", "条结果") != nil, "search showed no results for 物流")
        try t.send("Enter")
        #expect(try t.waitFor("kw2 升级流通服务水平") != nil)
        try t.send("Escape")
        #expect(try t.waitFor("条结果") != nil, "Esc did not go back to the results")
        try t.send("Escape")

        // Resize down and back: re-laid out, no stale characters, nothing cut mid-glyph.
        try t.resize(width: 70, height: 20)
        let small = try #require(try t.waitFor("聚焦四大重点工作"), "no dashboard at 70×20")
        #expect(try t.pane("#{pane_width}") == "70")
        #expect(small.allSatisfy { !$0.contains("实施五大专项行动 ──") || !$0.contains("聚焦四大重点工作") }, "two panes side by side at 70 columns")
        try t.resize(width: 120, height: 40)
        #expect(try t.waitFor("提升开放发展水平", "聚焦四大重点工作") != nil, "no dashboard back at 120×40")

        // q quits and restores the terminal.
        try t.send("q")
        let after = try #require(try t.waitFor("__EXIT=0"), "plandash did not exit cleanly on q")
        #expect(!text(after).contains("聚焦四大重点工作"), "the dashboard was left on the main screen")
        #expect(try t.pane("#{alternate_on}") == "0")
        #expect(try t.pane("#{cursor_flag}") == "1")
    }

    @Test func tooSmallTerminalSaysSo() throws {
        let t = try TmuxDriver(width: 50, height: 12, args: [])
        #expect(try t.waitFor("终端窗口太小", "60×16") != nil, "no too-small message at 50×12")
        try t.send("q")
        #expect(try t.waitFor("__EXIT=0") != nil)
    }

    @Test func anotherWritersChangeShowsWithoutRestart() throws {
        let plan = try Binary.hunanCopy()
        let t = try TmuxDriver(width: 120, height: 40, args: [plan.path, "--no-color"])
        #expect(try t.waitFor("已填报 0/95") != nil)
        let set = try Binary.run(["set", plan.path, "kw1.t1.i3", "412.5"])
        #expect(set.status == 0)
        #expect(try t.waitFor("已填报 1/95", timeout: 5) != nil, "the dashboard did not pick up plandash set")
        try t.send("q")
        #expect(try t.waitFor("__EXIT=0") != nil)
    }
}
