import Foundation
import Testing
import PlanModel
import PlanStore
import TestSupport

/// Issue 11 through the real binary: `plandash set` and `history` refuse, ask for --force or
/// take what a user types, as the cases 4, 5, 6, 8 and 9 describe.
@Suite struct EntryCommandTests {
    let en = ["PLANDASH_LANG": "en"]

    /// A folder holding `Plans/` with the Hunan plan, and the plan file.
    func workspace() throws -> (folder: URL, plan: URL) {
        let plan = try Binary.hunanCopy()
        return (plan.deletingLastPathComponent().deletingLastPathComponent(), plan)
    }

    func value(_ plan: URL, _ item: String, asOf day: String = "2019-12-31") throws -> ItemValue? {
        try PlanSession(url: plan).ledger.state(of: item, asOf: CalendarDate(iso: day)!)?.value
    }

    @Test func aNegativeGrowthRateIsAValueWithOrWithoutThePlanAndOptions() throws {
        let (folder, plan) = try workspace()
        let short = try Binary.run(["set", "kw1.t1.i4", "-3%"], cwd: folder, env: en)
        #expect(short.status == 0, "\(short.stderr)")
        #expect(short.stdout.contains("ok kw1.t1.i4 = -3 (was unreported)"))
        let full = try Binary.run(["set", "--note", "Q3", "hunan-2019-services", "kw1.t1.i4", "－4％", "--at", "2019-09-30"], cwd: folder, env: en)
        #expect(full.status == 0, "\(full.stderr)")
        #expect(try value(plan, "kw1.t1.i4", asOf: "2019-09-30") == .number(-4))
        let negativeRevenue = try Binary.run(["set", "kw1.t1.i3", "-5"], cwd: folder, env: en)
        #expect(negativeRevenue.status == 1)
        #expect(negativeRevenue.stderr.contains("only growth rates can fall below zero"))
        let history = try Binary.run(["history", "kw1.t1.i4"], cwd: folder, env: en)
        #expect(history.status == 0)
        #expect(history.stdout.contains("— → -4"))
    }

    @Test func separatorsOutsideGroupsOfThreeAreRefusedWithTheReason() throws {
        let (folder, plan) = try workspace()
        for text in ["1,2", "1,23,4"] {
            let r = try Binary.run(["set", "kw1.t1.i3", text], cwd: folder, env: en)
            #expect(r.status == 1)
            #expect(r.stderr.contains("groups of three digits"))
        }
        #expect(try Binary.run(["set", "kw1.t1.i3", "12,345.6"], cwd: folder).status == 0)
        #expect(try value(plan, "kw1.t1.i3") == .number(12345.6))
        #expect(try Binary.run(["set", "kw1.t1.i3", "1,000"], cwd: folder).status == 0)
        #expect(try value(plan, "kw1.t1.i3") == .number(1000))
    }

    @Test func overflowScientificAndFarAboveTheGoalAreRefusedOrNeedForce() throws {
        let (folder, plan) = try workspace()
        let huge = try Binary.run(["set", "kw1.t1.i3", "99999999999999999999"], cwd: folder, env: en)
        #expect(huge.status == 1 && huge.stderr.contains("too many digits"))
        let exponent = try Binary.run(["set", "kw1.t1.i3", "1e999"], cwd: folder, env: en)
        #expect(exponent.status == 1 && exponent.stderr.contains("scientific notation"))
        let far = try Binary.run(["set", "kw1.t1.i3", "99999999"], cwd: folder, env: en)
        #expect(far.status == 1 && far.stderr.contains("--force"))
        #expect(try value(plan, "kw1.t1.i3") == nil)
        let forced = try Binary.run(["set", "kw1.t1.i3", "999999999999999", "--force"], cwd: folder, env: en)
        #expect(forced.status == 0)
        #expect(forced.stdout.contains("= 999999999999999 (was unreported)"))
    }

    @Test func daysHaveFourDigitYearsAndOutsideThePlansSpanNeedForce() throws {
        let (folder, plan) = try workspace()
        for day in ["0999-12-31", "0000-01-01", "+999-06-30"] {
            let r = try Binary.run(["set", "kw1.t1.i3", "412", "--at", day], cwd: folder, env: en)
            #expect(r.status != 0, "--at \(day) should be refused")
        }
        let late = try Binary.run(["set", "kw1.t1.i3", "412", "--at", "2030-01-01"], cwd: folder, env: en)
        #expect(late.status == 1 && late.stderr.contains("outside the plan's span (2019-04-24 to 2020-12-31)"))
        #expect(!FileManager.default.fileExists(atPath: Journal(forPlan: plan).url.path), "nothing recorded")
        let forced = try Binary.run(["set", "kw1.t1.i3", "412", "--at", "2030-01-01", "--force"], cwd: folder, env: en)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: Journal(forPlan: plan).url, encoding: .utf8).contains("\"at\":\"2030-01-01\""))
    }

    @Test func aValueSetAfterARecordFromAClockAheadIsTheValueThatStands() throws {
        let (folder, plan) = try workspace()
        let skewed = ProgressRecord(id: "skewed", time: Timestamp.parse("2031-01-01T00:00:00.000Z")!, user: "郴州",
                                    item: "kw1.t1.i3", old: nil, new: .number(888), at: CalendarDate(iso: "2019-09-30")!)
        try Journal.lines([skewed]).write(to: Journal(forPlan: plan).url)
        let r = try Binary.run(["set", "kw1.t1.i3", "100", "--at", "2019-09-30"], cwd: folder, env: en)
        #expect(r.stdout.contains("ok kw1.t1.i3 = 100 (was 888)"))
        #expect(r.stderr.contains(":1:1: record skewed was recorded at 2031-01-01T00:00:00.000Z, in the future"))
        #expect(try value(plan, "kw1.t1.i3") == .number(100))
    }

    @Test func aBatchIsCheckedWholeAndEveryRefusedLineIsNamed() throws {
        let (folder, plan) = try workspace()
        let batch = folder.appendingPathComponent("q3.tsv")
        try Data("kw1.t1.i3\t412\nkw1.t1.i4\t1,2\nkw1.m1\tdone\nkw1.t2.i1\t10\tnote\textra\nkw1.t1.i2\tdone\n".utf8).write(to: batch)
        let all = try Binary.run(["set", "--batch", batch.path], cwd: folder, env: en)
        #expect(all.status == 1)
        #expect(all.stderr.contains("\(batch.path):2: kw1.t1.i4: \"1,2\""))
        #expect(all.stderr.contains("\(batch.path):4: expected ID<TAB>VALUE[<TAB>NOTE], found 4 fields"))
        #expect(all.stderr.contains("2 lines refused: nothing recorded"))
        #expect(all.stdout.isEmpty)
        #expect(try PlanSession(url: plan).ledger.records.isEmpty)
        let partial = try Binary.run(["set", "--batch", batch.path, "--partial"], cwd: folder, env: en)
        #expect(partial.status == 1)
        #expect(partial.stdout.split(separator: "\n").count == 3)
        #expect(try PlanSession(url: plan).ledger.records.map(\.item) == ["kw1.t1.i3", "kw1.m1", "kw1.t1.i2"])
    }

    @Test func aBatchThatIsADirectoryIsAClearError() throws {
        let (folder, _) = try workspace()
        let r = try Binary.run(["set", "--batch", folder.path], cwd: folder, env: en)
        #expect(r.status == 1)
        #expect(r.stderr.contains("is a directory, not a batch file"))
    }

    @Test func aLongNoteInABatchIsKeptWhole() throws {
        let (folder, plan) = try workspace()
        let note = String(repeating: "省商务厅报送", count: 250_000)
        let r = try Binary.run(["set", "--batch", "-"], stdin: "kw1.t1.i3\t412\t\(note)\n", cwd: folder, env: en)
        #expect(r.status == 0)
        #expect(try PlanSession(url: plan).ledger.records.first?.note == note)
    }

    @Test func aJournalThatIsADirectoryOrASymlinkStopsEveryCommand() throws {
        let (folder, plan) = try workspace()
        let journal = Journal(forPlan: plan).url
        try FileManager.default.createDirectory(at: journal, withIntermediateDirectories: false)
        let summary = try Binary.run(["summary"], cwd: folder, env: en)
        #expect(summary.status == 1)
        #expect(summary.stderr.contains("hunan-2019-services.progress.jsonl is a directory"))
        try FileManager.default.removeItem(at: journal)
        try FileManager.default.createSymbolicLink(atPath: journal.path, withDestinationPath: "/dev/null")
        let set = try Binary.run(["set", "kw1.t1.i3", "412"], cwd: folder, env: en)
        #expect(set.status == 1)
        #expect(set.stderr.contains("is a symlink"))
    }
}
