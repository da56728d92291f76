import Foundation
import Testing
import TestSupport

/// Ctrl-Z stops the dashboard as a shell job: the terminal is handed back (main screen, cursor
/// shown) and the process stops; continued (what `fg` does), it repaints the dashboard.
@Suite(.enabled(if: TmuxDriver.isAvailable, TmuxDriver.missingReason))
struct SuspendEndToEndTests {
    @Test func ctrlZStopsAndContinuingRepaints() throws {
        let plan = try Binary.hunanCopy()
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else {
            print("skipped: bash not installed (job control needs an interactive shell)")
            return
        }
        // A shell with job control: under `sh -c` the group is orphaned and SIGTSTP is discarded.
        let t = try TmuxDriver(width: 100, height: 30, interactiveShell: "/bin/bash")
        try t.type("PS1='$ ' ; " + TmuxDriver.commandLine([plan.path, "--no-color"]))
        try t.send("Enter")
        #expect(try t.waitFor("聚焦四大重点工作") != nil)
        let shell = try #require(Int32(try t.pane("#{pane_pid}")))
        let child = try #require(FatalSignalEndToEndTests.childProcess(of: shell), "no plandash process under the pane's shell")
        try t.send("C-z")
        #expect(Self.waitUntil { Self.state(child) == "T" }, "Ctrl-Z did not stop plandash (state \(Self.state(child) ?? "gone"))")
        #expect(try t.waitFor("Stopped") != nil, "the shell did not report the job stopped")
        #expect(try t.pane("#{alternate_on}") == "0", "the stopped dashboard kept the terminal on its screen")
        #expect(try t.pane("#{cursor_flag}") == "1", "the stopped dashboard left the cursor hidden")
        try t.type("fg")
        try t.send("Enter")
        #expect(Self.waitUntil { (try? t.pane("#{alternate_on}")) == "1" }, "after fg, plandash did not take the screen again")
        #expect(try t.waitFor("聚焦四大重点工作") != nil, "after fg, plandash did not repaint the dashboard")
        #expect(Self.state(child) != "T")
        try t.send("C-c")
    }

    /// The process's state letter from /proc (`T` when stopped).
    static func state(_ pid: Int32) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].split(separator: " ").first.map(String.init)
    }

    static func waitUntil(_ condition: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(20)
        repeat {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < end
        return false
    }
}
