import Foundation
import Testing
import TestSupport

/// Issue 4 in the real binary and a real terminal (tmux): a value typed into the indicator
/// table is refused when wrong, recorded when right, still there after a restart; `u` undoes
/// it, and the undo still holds after another restart.
@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable, TmuxDriver.missingReason))
struct EditingEndToEndTests {
    func text(_ lines: [String]?) -> String { (lines ?? []).joined(separator: "\n") }

    /// The row of 软件业务收入 in kw1's indicator table.
    func revenueRow(_ lines: [String]?) -> String {
        (lines ?? []).first { $0.contains("软件业务收入 ") && $0.contains("≥550亿元") } ?? ""
    }

    /// Starts plandash on `plan`, opens kw1 and moves the cursor to 软件业务收入 (kw1.t1.i3).
    func openRevenue(_ plan: URL) throws -> TmuxDriver {
        let t = try TmuxDriver(width: 120, height: 40, args: [plan.path, "--as-of", "2019-12-31", "--no-color"],
                               env: ["PLANDASH_USER": "e2e"])
        try #require(try t.waitFor("湘服联办〔2019〕2号") != nil, "the dashboard never appeared")
        try t.send("Enter")
        try #require(try t.waitFor("kw1 补齐生产服务短板") != nil, "Enter did not open kw1")
        for _ in 0..<6 { try t.send("j") }
        try #require(try t.waitFor("选中 kw1.t1.i3") != nil, "the cursor did not reach 软件业务收入")
        return t
    }

    func quit(_ t: TmuxDriver) throws {
        // q leaves the task area, q again quits from the dashboard.
        try t.send("q")
        try #require(try t.waitFor("总体完成") != nil)
        try t.send("q")
        #expect(try t.waitFor("__EXIT=0") != nil, "plandash did not exit cleanly")
    }

    @Test func aTypedValueSurvivesARestartAndSoDoesItsUndo() throws {
        let plan = try Binary.hunanCopy()
        var t = try openRevenue(plan)

        // A wrong unit is refused; the editor stays open with the text.
        try t.send("e")
        try #require(try t.waitFor("编辑 kw1.t1.i3 软件业务收入") != nil, "e did not open the editor")
        try t.type("412.5家")
        try t.send("Enter")
        let refused = try #require(try t.waitFor("与指标单位“亿元”不符"), "wrong unit not refused")
        #expect(revenueRow(refused).contains("412.5家"))

        // Fixed by Backspace and typing, then Enter records it.
        try t.send("BSpace")
        try t.type("亿元")
        try t.send("Enter")
        let saved = try #require(try t.waitFor("kw1.t1.i3 软件业务收入：— → 412.5（截至 2019-12-31）"), "no message after Enter")
        #expect(revenueRow(saved).contains("412.5亿元"))
        try quit(t)

        // A restart shows it again.
        t = try openRevenue(plan)
        #expect(revenueRow(try t.screen()).contains("412.5亿元"), "the value did not survive a restart")

        // u undoes it; after another restart it is still undone.
        try t.send("u")
        let undone = try #require(try t.waitFor("已撤销 kw1.t1.i3 软件业务收入：412.5 → —"), "u said nothing")
        #expect(revenueRow(undone).contains("未填报"))
        try quit(t)
        t = try openRevenue(plan)
        #expect(revenueRow(try t.screen()).contains("未填报"), "the undo did not survive a restart")
        try quit(t)
    }
}
