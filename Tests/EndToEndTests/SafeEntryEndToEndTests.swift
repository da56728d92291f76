import Foundation
import PlanStore
import TestSupport
import Testing

/// Safe data entry in the real binary and a real terminal (tmux): keys never act on a screen
/// too small to show, paging keeps the selection on screen, Enter on a measure opens its
/// history instead of changing it, and a paste holding ESC and command letters is only text.
@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable, TmuxDriver.missingReason))
struct SafeEntryEndToEndTests {
    func records(_ plan: URL) throws -> Int {
        let journal = Journal(forPlan: plan).url
        guard FileManager.default.fileExists(atPath: journal.path) else { return 0 }
        return try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").count
    }

    @Test func keysDoNothingWhileTooSmallAndEnterNeverChangesAMeasure() throws {
        let plan = try Binary.hunanCopy()
        let t = try TmuxDriver(width: 120, height: 40, args: [plan.path, "--as-of", "2019-12-31", "--no-color"], env: ["PLANDASH_USER": "e2e"])
        try #require(try t.waitFor("湘服联办〔2019〕2号") != nil)
        try t.resize(width: 50, height: 12)
        try #require(try t.waitFor("终端窗口太小") != nil)
        try t.send("Enter")
        try t.send("Space")
        try t.send("u")
        try t.resize(width: 120, height: 40)
        try #require(try t.waitFor("总体完成") != nil, "back on the dashboard, nothing opened")
        #expect(try records(plan) == 0, "no key acted on the hidden screen")

        // Enter opens kw1; Enter again on its first measure opens the history, records nothing.
        try t.send("Enter")
        try #require(try t.waitFor("kw1 补齐生产服务短板") != nil)
        try t.send("Enter")
        #expect(try t.waitFor("历史  kw1.m1") != nil)
        #expect(try records(plan) == 0)

        // Paging keeps a ▸ on screen; Space then changes the item it shows.
        try t.send("Escape")
        try #require(try t.waitFor("选中 kw1.m1") != nil)
        try t.send("PageDown")
        let paged = try #require(try t.waitFor("行 "))
        #expect(paged.contains { $0.hasPrefix("▸") }, "the selection is on screen after PgDn")
        try t.send("q", "q")
        #expect(try t.waitFor("__EXIT=0") != nil)
    }

    @Test func aPasteIsOnlyTextInTheNotePrompt() throws {
        let plan = try Binary.hunanCopy()
        let t = try TmuxDriver(width: 120, height: 40, args: [plan.path, "--as-of", "2019-12-31", "--no-color"], env: ["PLANDASH_USER": "e2e"])
        try #require(try t.waitFor("湘服联办〔2019〕2号") != nil)
        try t.send("Enter")
        try #require(try t.waitFor("kw1 补齐生产服务短板") != nil)
        try t.send("n")
        try #require(try t.waitFor("备注 kw1.m1") != nil)
        // ESC would cancel the prompt, q would quit, u would undo, if they were read as keys.
        try t.paste("省工信厅\u{1B}[2J报送 q u\u{1B}]52;c;eA==\u{07}")
        try #require(try t.waitFor("省工信厅") != nil, "the paste went into the prompt")
        try t.send("Enter")
        #expect(try t.waitFor("备注 “省工信厅") != nil)
        let journal = try String(contentsOf: Journal(forPlan: plan).url, encoding: .utf8)
        #expect(journal.contains("省工信厅[2J报送 q u]52;c;eA=="), "pasted text kept, controls dropped: \(journal)")
        #expect(!journal.contains("\\u001b"))
        try t.send("q", "q")
        #expect(try t.waitFor("__EXIT=0") != nil)
    }
}
