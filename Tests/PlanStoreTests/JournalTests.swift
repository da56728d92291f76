import Catalogue
import Foundation
import Testing
import TestSupport
import PlanModel
import PlanStore

/// The progress journal: durable appends, replay, and what happens to damaged lines.
@Suite(.language(.en)) struct JournalTests {
    let sept = CalendarDate(year: 2019, month: 9, day: 30)!

    func session(_ url: URL, user: String = "clerk") throws -> PlanSession { try PlanSession(url: url, user: user) }

    func journalLines(_ url: URL) throws -> [String] {
        try String(contentsOf: Journal(forPlan: url).url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func recordsAreAppendedAsOneJSONLineEachAndReplayed() throws {
        let url = try Fixtures.hunanCopy()
        let s = try session(url)
        try s.record(item: "kw1.t1.i3", text: "412.5亿元", note: "工信厅报送", at: sept)
        try s.record(item: "kw1.m1", text: "done", at: sept)
        let lines = try journalLines(url)
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(lines[0].contains("\"item\":\"kw1.t1.i3\""))
        #expect(lines[0].contains("\"note\":\"工信厅报送\""))
        #expect(lines[0].contains("\"at\":\"2019-09-30\""))
        let again = try session(url)
        let status = again.status(asOf: sept)
        #expect(status.indicators["kw1.t1.i3"]?.actual == .number(412.5))
        #expect(status.measures["kw1.m1"]?.state == .done)
        #expect(again.status(asOf: CalendarDate(year: 2019, month: 9, day: 29)!).indicators["kw1.t1.i3"]?.actual == nil)
        #expect(again.warnings.isEmpty)
    }

    @Test func refusedInputLeavesTheValueAndTheJournalUntouched() throws {
        let url = try Fixtures.hunanCopy()
        let s = try session(url)
        try s.record(item: "kw1.t1.i3", text: "412.5", at: sept)
        for bad in ["abc", "", "1000家", "12%"] {
            #expect(throws: StoreError.self) { try s.record(item: "kw1.t1.i3", text: bad, at: sept) }
        }
        #expect(throws: StoreError.self) { try s.record(item: "kw9.t9.i9", text: "1", at: sept) }
        #expect(try journalLines(url).count == 2)
        #expect(s.status(asOf: sept).indicators["kw1.t1.i3"]?.actual == .number(412.5))
    }

    @Test func aTornLastLineIsReportedAndSkippedAndTheNextAppendStartsClean() throws {
        let url = try Fixtures.hunanCopy()
        let s = try session(url)
        try s.record(item: "kw1.t1.i3", text: "100", at: sept)
        try s.record(item: "kw1.t1.i4", text: "8%", at: sept)
        let journal = Journal(forPlan: url).url
        let handle = try FileHandle(forWritingTo: journal)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"at\":\"2019-09-30\",\"id\":\"torn\",\"item\":\"kw1.t2".utf8))
        try handle.close()

        let reopened = try session(url)
        #expect(reopened.warnings.map(\.line) == [3])
        #expect(reopened.warnings.first?.message.contains("incomplete last line") == true)
        #expect(reopened.ledger.records.count == 2)

        try reopened.record(item: "kw1.t2.i1", text: "10", at: sept)
        let third = try session(url)
        #expect(third.ledger.records.count == 3)
        #expect(third.warnings.map(\.line) == [3])
        #expect(third.warnings.first?.message.contains("not a JSON record") == true)
        #expect(third.status(asOf: sept).indicators["kw1.t2.i1"]?.actual == .number(10))
    }

    @Test func malformedLinesAndUnknownIdsAreReportedAndTheRestCounts() throws {
        let url = try Fixtures.hunanCopy()
        let journal = Journal(forPlan: url).url
        let good = #"{"at":"2019-06-30","id":"a1","item":"kw1.t1.i3","new":300,"time":"2019-07-01T08:00:00.000Z","user":"长沙"}"#
        let gone = #"{"at":"2019-06-30","id":"a2","item":"kw9.t1.i1","new":5,"time":"2019-07-01T08:01:00.000Z","user":"长沙"}"#
        let badValue = #"{"at":"2019-06-30","id":"a3","item":"kw1.m1","new":"finished","time":"2019-07-01T08:02:00.000Z","user":"长沙"}"#
        let badDay = #"{"at":"2019-06-31","id":"a4","item":"kw1.m1","new":"done","time":"2019-07-01T08:03:00.000Z","user":"长沙"}"#
        let numberDay = #"{"at":17,"id":"a5","item":"kw1.m1","new":"done","time":"2019-07-01T08:04:00.000Z","user":"长沙"}"#
        let trueFigure = #"{"at":"2019-06-30","id":"a6","item":"kw1.t1.i3","new":true,"time":"2019-07-01T08:05:00.000Z","user":"长沙"}"#
        let text = [good, "<<<<<<< HEAD", gone, badValue, badDay, numberDay, trueFigure, ""].joined(separator: "\n")
        try Data(text.utf8).write(to: journal)
        let s = try session(url)
        #expect(s.ledger.records.map(\.id) == ["a1", "a2"])
        let byLine = Dictionary(uniqueKeysWithValues: s.warnings.filter { $0.line > 0 }.map { ($0.line, $0.message) })
        #expect(byLine[2]?.contains("not a JSON record") == true)
        #expect(byLine[4]?.contains("bad new") == true)
        #expect(byLine[5]?.contains("bad at") == true)
        // JSON, but a field of the wrong kind: named, not called a torn write.
        #expect(byLine[6] == Message.journalBadField("at", Message.journalFieldWrongType.text()).text())
        #expect(byLine[7] == Message.journalBadField("new", Message.journalFieldWrongType.text()).text())
        #expect(byLine[3] == Message.journalUnknownItem("a2", item: "kw9.t1.i1").text())
        #expect(s.status(asOf: sept).indicators["kw1.t1.i3"]?.actual == .number(300))
    }

    @Test func undoAndRedoSurviveARestart() throws {
        let url = try Fixtures.hunanCopy()
        let first = try session(url)
        try first.record(item: "kw1.t1.i3", text: "100", at: sept)
        try first.record(item: "kw1.t1.i3", text: "200", at: sept)
        try first.record(item: "kw1.m1", text: "done", at: sept)

        let second = try session(url)
        #expect(try second.undoChange().record?.item == "kw1.m1")
        let third = try session(url)
        #expect(try third.undoChange().record?.new == .number(100))
        #expect(third.status(asOf: sept).indicators["kw1.t1.i3"]?.actual == .number(100))
        #expect(third.status(asOf: sept).measures["kw1.m1"]?.work == .notStarted)
        let fourth = try session(url)
        #expect(try fourth.redo()?.new == .number(200))
        #expect(fourth.status(asOf: sept).indicators["kw1.t1.i3"]?.actual == .number(200))
        // Another user's sessions have their own history.
        let other = try session(url, user: "other")
        #expect(try other.undoChange().record == nil)
        // History is never rewritten: every change and its undo are lines in the journal.
        #expect(try journalLines(url).filter { !$0.isEmpty }.count == 6)
    }

    @Test func aSecondSessionSeesTheFirstsChangesWithoutRestarting() throws {
        let url = try Fixtures.hunanCopy()
        let a = try session(url, user: "a")
        let b = try session(url, user: "b")
        try a.record(item: "kw1.t1.i3", text: "100", at: sept)
        #expect(b.refresh() == 1)
        #expect(b.status(asOf: sept).indicators["kw1.t1.i3"]?.actual == .number(100))
        try b.record(item: "kw1.t1.i3", text: "120", at: sept)
        #expect(b.ledger.records.last?.old == .number(100))
        #expect(a.refresh() == 1)
        #expect(a.status(asOf: sept).indicators["kw1.t1.i3"]?.actual == .number(120))
    }

    @Test func aJournalLargerThanOneReadPieceIsReadWhole() throws {
        let url = try Fixtures.hunanCopy()
        let note = String(repeating: "省商务厅报送", count: 60)
        let records = (0..<8000).map { n in
            ProgressRecord(id: "r\(n)", time: Date(timeIntervalSince1970: 1_569_000_000 + Double(n)), user: "clerk",
                           item: "kw1.t1.i3", old: nil, new: .number(Double(n)), note: note, at: sept)
        }
        let text = try Journal.lines(records)
        #expect(text.count > 9 << 20, "the journal should span more than one 8 MB piece")
        try text.write(to: Journal(forPlan: url).url)
        let s = try session(url)
        #expect(s.ledger.records.count == records.count)
        #expect(s.ledger.records.map(\.id) == records.map(\.id))
        #expect(s.warnings.isEmpty)
        #expect(s.status(asOf: sept).indicators["kw1.t1.i3"]?.actual == .number(7999))
    }

    @Test func changesMadeInQuickSuccessionReplayAndUndoInTheOrderMade() throws {
        let url = try Fixtures.hunanCopy()
        let s = try session(url)
        for n in 1...20 { try s.record(item: "kw1.t1.i3", text: "\(n)", at: sept) }
        let times = s.ledger.records.map(\.time)
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 < $1 })
        let again = try session(url)
        #expect(again.status(asOf: sept).indicators["kw1.t1.i3"]?.actual == .number(20))
        #expect(try again.undoChange().record?.new == .number(19))
    }
}
