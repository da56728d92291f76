import Catalogue
import Foundation
import Testing
import PlanModel
import PlanStore

/// Issue 11, cases 6, 7, 9 and 10, and issue 12's journal checks: records stand in the order
/// they were made, undo passes over what others changed, and the journal is read strictly.
@Suite struct EntryJournalTests {
    let sept = CalendarDate(year: 2019, month: 9, day: 30)!

    func record(_ id: String, _ item: String, _ value: ItemValue?, time: String, user: String = "长沙") -> ProgressRecord {
        ProgressRecord(id: id, time: Timestamp.parse(time)!, user: user, item: item, old: nil, new: value, at: sept)
    }

    func write(_ records: [ProgressRecord], to url: URL) throws {
        try Journal.lines(records).write(to: Journal(forPlan: url).url)
    }

    /// Appends as another writer would, behind an open session's back.
    func append(_ records: [ProgressRecord], to url: URL) throws {
        let handle = try FileHandle(forWritingTo: Journal(forPlan: url).url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Journal.lines(records))
        try handle.close()
    }

    @Test func aNewRecordStandsAfterARecordFromAClockRunningAhead() throws {
        let url = try Fixtures.hunanCopy()
        try write([record("skewed", "kw1.t1.i3", .number(888), time: "2031-01-01T00:00:00.000Z")], to: url)
        let s = try PlanSession(url: url, user: "me")
        #expect(s.warnings.map(\.line) == [1])
        #expect(s.warnings.first?.message == Message.journalFutureTime("skewed", time: "2031-01-01T00:00:00.000Z", others: 0).text())
        let r = try s.record(item: "kw1.t1.i3", value: .number(100), at: sept)
        #expect(r.old == .number(888))
        #expect(s.ledger.state(of: "kw1.t1.i3", asOf: sept)?.value == .number(100))
        let reopened = try PlanSession(url: url)
        #expect(reopened.ledger.state(of: "kw1.t1.i3", asOf: sept)?.value == .number(100))
        // The record stamped after it is counted in the one warning, not warned about again.
        #expect(reopened.warnings.map(\.line) == [1])
        #expect(reopened.warnings.first?.message == Message.journalFutureTime("skewed", time: "2031-01-01T00:00:00.000Z", others: 1).text())
    }

    /// "me" changes kw1.t1.i4, then kw1.t1.i3; "them" then changes kw1.t1.i3. Returns my session.
    func myTwoChangesAndTheirsOnMyNewest(_ url: URL) throws -> PlanSession {
        let mine = try PlanSession(url: url, user: "me")
        try mine.record(item: "kw1.t1.i4", value: .number(8), at: sept)
        try mine.record(item: "kw1.t1.i3", value: .number(100), at: sept)
        try PlanSession(url: url, user: "them").record(item: "kw1.t1.i3", value: .number(150), at: sept)
        return mine
    }

    @Test func undoPassesOverAnItemSomeoneElseChangedSaysSoOnceAndGoesOn() throws {
        let mine = try myTwoChangesAndTheirsOnMyNewest(try Fixtures.hunanCopy())

        let first = try mine.undoChange()
        #expect(first.record?.item == "kw1.t1.i4")
        #expect(first.skipped.map(\.change.item) == ["kw1.t1.i3"])
        #expect(first.skipped.first?.standing?.record.user == "them")
        #expect(first.skipped.first?.message == Message.undoSkipped("kw1.t1.i3", by: "them", to: "150"))
        let second = try mine.undoChange()
        #expect(second.record == nil && second.skipped.isEmpty)
        #expect(mine.status(asOf: sept).indicators["kw1.t1.i3"]?.actual == .number(150))
        #expect(mine.status(asOf: sept).indicators["kw1.t1.i4"]?.actual == nil)
    }

    @Test func undoPassesOverAChangedItemAfterARestartToo() throws {
        let url = try Fixtures.hunanCopy()
        _ = try myTwoChangesAndTheirsOnMyNewest(url)
        let after = try PlanSession(url: url, user: "me")
        #expect(try after.undoChange().record?.item == "kw1.t1.i4")
        #expect(try PlanSession(url: url, user: "me").redo()?.item == "kw1.t1.i4")
    }

    @Test func aJournalThatIsADirectoryOrASymlinkIsAnErrorNamingIt() throws {
        let url = try Fixtures.hunanCopy()
        let journal = Journal(forPlan: url).url
        try FileManager.default.createDirectory(at: journal, withIntermediateDirectories: false)
        #expect { try PlanSession(url: url) } throws: { "\($0)".contains(journal.lastPathComponent) }
        try FileManager.default.removeItem(at: journal)

        let elsewhere = journal.deletingLastPathComponent().appendingPathComponent("elsewhere.jsonl")
        try write([record("a", "kw1.t1.i3", .number(1), time: "2019-10-01T00:00:00.000Z")], to: url)
        try FileManager.default.moveItem(at: journal, to: elsewhere)
        try FileManager.default.createSymbolicLink(at: journal, withDestinationURL: elsewhere)
        #expect { try PlanSession(url: url) } throws: { "\($0)".contains(journal.lastPathComponent) }
        #expect(throws: StoreError.self) { try Journal(forPlan: url).append(record("b", "kw1.t1.i3", .number(2), time: "2019-10-02T00:00:00.000Z")) }
        #expect(try Data(contentsOf: elsewhere).count == (try Journal.lines([record("a", "kw1.t1.i3", .number(1), time: "2019-10-01T00:00:00.000Z")])).count)
    }

    @Test func aJournalReplacedByADirectoryWhileOpenIsWarnedAboutOnceAndRecordsNothing() throws {
        let url = try Fixtures.hunanCopy()
        let s = try PlanSession(url: url)
        try s.record(item: "kw1.t1.i3", value: .number(1), at: sept)
        let journal = Journal(forPlan: url).url
        try FileManager.default.removeItem(at: journal)
        try FileManager.default.createDirectory(at: journal, withIntermediateDirectories: false)
        s.refresh()
        s.refresh()
        #expect(s.warnings.count == 1)
        #expect(s.warnings.first?.message.contains(journal.lastPathComponent) == true)
        #expect(throws: StoreError.self) { try s.record(item: "kw1.t1.i3", value: .number(2), at: sept) }
    }

    @Test func aJournalThatIsAPipeIsAnErrorNotAWait() throws {
        let url = try Fixtures.hunanCopy()
        let journal = Journal(forPlan: url).url
        #expect(mkfifo(journal.path, 0o644) == 0)
        #expect { try PlanSession(url: url) } throws: { "\($0)".contains(journal.lastPathComponent) }
    }

    @Test func anUnreadableJournalIsAnError() throws {
        guard getuid() != 0 else {
            print("skipped: running as root, who can read any file")
            return
        }
        let url = try Fixtures.hunanCopy()
        try write([record("a", "kw1.t1.i3", .number(1), time: "2019-10-01T00:00:00.000Z")], to: url)
        chmod(Journal(forPlan: url).url.path, 0)
        #expect(throws: StoreError.self) { try PlanSession(url: url) }
    }

    @Test func warningsNameTheLineOfTheRecord() throws {
        let url = try Fixtures.hunanCopy()
        var records = (1...12).map { record("r\($0)", "kw1.t1.i3", .number(Double($0)), time: "2019-10-01T00:00:\(10 + $0).000Z") }
        records.append(record("gone", "kw9.t9.i9", .number(1), time: "2019-10-01T00:01:00.000Z"))
        try write(records, to: url)
        let s = try PlanSession(url: url)
        #expect(s.warnings.map(\.line) == [13])
        // Records read later (another writer's) carry their lines too.
        try append([record("gone2", "kw9.t9.i8", .number(1), time: "2019-10-01T00:02:00.000Z")], to: url)
        s.refresh()
        #expect(s.warnings.map(\.line) == [13, 14])
    }

    @Test func recordsOfTheWrongKindAreWarnedAboutAndSkipped() throws {
        let url = try Fixtures.hunanCopy()
        try write([record("figure", "kw1.t1.i3", .number(300), time: "2019-10-01T00:00:00.000Z"),
                   record("statusOnFigure", "kw1.t1.i3", .status(.done), time: "2019-10-01T00:00:01.000Z"),
                   record("numberOnMeasure", "kw1.m1", .number(5), time: "2019-10-01T00:00:02.000Z"),
                   record("numberOnMilestone", "kw1.t1.i1", .number(1), time: "2019-10-01T00:00:03.000Z")], to: url)
        let s = try PlanSession(url: url)
        #expect(s.warnings.map(\.line) == [2, 3, 4])
        #expect(s.warnings[0].message == Message.journalWrongKind("statusOnFigure", item: "kw1.t1.i3", value: "已完成", expected: "number").text())
        #expect(s.ledger.records.map(\.id) == ["figure"])
        #expect(s.status(asOf: sept).indicators["kw1.t1.i3"]?.actual == .number(300))
    }

    @Test func duplicateIdsWithDifferentContentAreWarnedAboutWithBothLines() throws {
        let url = try Fixtures.hunanCopy()
        let first = record("same", "kw1.t1.i3", .number(300), time: "2019-10-01T00:00:00.000Z")
        try write([first, record("other", "kw1.t1.i4", .number(5), time: "2019-10-01T00:00:01.000Z"), first,
                   record("same", "kw1.t1.i3", .number(999), time: "2019-10-01T00:00:00.000Z")], to: url)
        let s = try PlanSession(url: url)
        #expect(s.warnings.map(\.line) == [4])
        #expect(s.warnings.first?.message == Message.journalDuplicateID("same", firstLine: 1).text())
        #expect(s.status(asOf: sept).indicators["kw1.t1.i3"]?.actual == .number(300))

        // One read later (a merged journal pulled while the dashboard is open) is warned about too.
        try append([record("same", "kw1.t1.i3", .number(777), time: "2019-10-01T00:00:00.000Z")], to: url)
        s.refresh()
        #expect(s.warnings.map(\.line) == [4, 5])
        #expect(s.warnings.last?.message == Message.journalDuplicateID("same", firstLine: 1).text())
        #expect(s.status(asOf: sept).indicators["kw1.t1.i3"]?.actual == .number(300))
    }
}

/// What the dashboard's editor relies on: a value recorded only over the value the user saw.
@Suite struct RecordIfUnchangedTests {
    let sept = CalendarDate(year: 2019, month: 9, day: 30)!

    @Test func recordsOverTheValueSeenAndNothingOverAChangedOne() throws {
        let url = try Fixtures.hunanCopy()
        let mine = try PlanSession(url: url, user: "me")
        guard case .recorded(let first) = try mine.recordIfUnchanged(item: "kw1.t1.i3", expecting: nil, value: .number(100), at: sept) else {
            Issue.record("not recorded over the value seen")
            return
        }
        #expect(first.new == .number(100))
        try PlanSession(url: url, user: "them").record(item: "kw1.t1.i3", value: .number(150), at: sept)
        guard case .changedMeanwhile(let now) = try mine.recordIfUnchanged(item: "kw1.t1.i3", expecting: .number(100), value: .number(120), at: sept) else {
            Issue.record("recorded over a changed value")
            return
        }
        #expect(now?.value == .number(150) && now?.record.user == "them")
        #expect(mine.ledger.state(of: "kw1.t1.i3", asOf: sept)?.value == .number(150))
        guard case .recorded(let r) = try mine.recordIfUnchanged(item: "kw1.t1.i3", expecting: .number(150), value: .number(120), at: sept) else {
            Issue.record("not recorded over the value seen")
            return
        }
        #expect(r.old == .number(150))
        #expect(try PlanSession(url: url).ledger.records.count == 3)
    }
}

/// A record stamped after a clock running ahead must not reorder the user's own changes.
@Suite struct OwnOrderTests {
    let sept = CalendarDate(year: 2019, month: 9, day: 30)!

    @Test func undoTakesBackTheNewestChangeEvenAfterOneWasStampedAheadOfTheClock() throws {
        let url = try Fixtures.hunanCopy()
        let skewed = ProgressRecord(id: "skewed", time: Timestamp.parse("2031-01-01T00:00:00.000Z")!, user: "郴州",
                                    item: "kw1.t1.i3", old: nil, new: .number(888), at: sept)
        try Journal.lines([skewed]).write(to: Journal(forPlan: url).url)
        try PlanSession(url: url, user: "me").record(item: "kw1.t1.i3", value: .number(100), at: sept)
        // After a restart, a change to another item is still newer than the one stamped in 2031.
        try PlanSession(url: url, user: "me").record(item: "kw1.t1.i4", value: .number(5), at: sept)
        #expect(try PlanSession(url: url, user: "me").undoChange().record?.item == "kw1.t1.i4")
    }
}
