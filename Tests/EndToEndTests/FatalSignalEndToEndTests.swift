import Foundation
import Testing
import TestSupport

/// A crash while the dashboard runs (here a SIGSEGV sent to it; a Swift trap is SIGILL or
/// SIGTRAP and takes the same path) leaves the terminal restored: main screen, cursor shown.
@Suite(.enabled(if: TmuxDriver.isAvailable, TmuxDriver.missingReason))
struct FatalSignalEndToEndTests {
    @Test func aCrashRestoresTheTerminal() throws {
        let plan = try Binary.hunanCopy()
        let t = try TmuxDriver(width: 100, height: 30, args: [plan.path, "--no-color"], env: ["SWIFT_BACKTRACE": "enable=no"])
        #expect(try t.waitFor("聚焦四大重点工作") != nil)
        #expect(try t.pane("#{alternate_on}") == "1")
        let shell = try #require(Int32(try t.pane("#{pane_pid}")))
        let child = try #require(Self.childProcess(of: shell), "no plandash process under the pane's shell")
        #expect(kill(child, SIGSEGV) == 0)
        let after = try #require(try t.waitFor("__EXIT="), "plandash did not end on SIGSEGV")
        #expect(after.joined().contains("__EXIT=139"), "not ended by the signal: \(after.filter { $0.contains("__EXIT") })")
        #expect(try t.pane("#{alternate_on}") == "0", "the crash left the terminal on the dashboard's screen")
        #expect(try t.pane("#{cursor_flag}") == "1", "the crash left the cursor hidden")
    }

    /// The process whose parent is `parent`, read from /proc.
    static func childProcess(of parent: Int32) -> Int32? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, Int32(fields[1]) == parent { return pid }
        }
        return nil
    }
}
