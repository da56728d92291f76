import Foundation
import Testing
@testable import PlanModel

@Suite struct LedgerTests {
    let june = CalendarDate(year: 2019, month: 6, day: 30)!
    let sept = CalendarDate(year: 2019, month: 9, day: 30)!

    @Test func replayKeepsTheLatestValueAsOfADay() {
        let ledger = ProgressLedger([
            TestPlans.record("x", .number(100), at: "2019-06-30", seconds: 10),
            TestPlans.record("x", .number(300), at: "2019-09-30", seconds: 20),
            // Entered later, but for an earlier day: it does not hide the September figure.
            TestPlans.record("x", .number(150), at: "2019-06-30", seconds: 30),
        ])
        #expect(ledger.replay(asOf: june)["x"]?.value == .number(150))
        #expect(ledger.replay(asOf: sept)["x"]?.value == .number(300))
        #expect(ledger.replay(asOf: CalendarDate(year: 2019, month: 1, day: 1)!)["x"] == nil)
    }

    @Test func clearingRemovesTheValue() {
        let ledger = ProgressLedger([
            TestPlans.record("x", .number(1), at: "2019-06-30", seconds: 1),
            TestPlans.record("x", nil, at: "2019-06-30", seconds: 2),
        ])
        #expect(ledger.replay(asOf: sept)["x"] == nil)
    }

    @Test func mergedJournalsReplayTheSameWhateverTheOrderAndDuplicates() {
        let a = TestPlans.record("x", .number(1), at: "2019-06-30", user: "长沙", seconds: 5, id: "aaa")
        let b = TestPlans.record("x", .number(2), at: "2019-06-30", user: "郴州", seconds: 5, id: "bbb")
        let c = TestPlans.record("y", .status(.done), at: "2019-09-30", seconds: 9, id: "ccc")
        let one = ProgressLedger([a, b, c])
        var two = ProgressLedger([c, b])
        #expect(two.add([a, b, c]) == 1)
        #expect(one == two)
        #expect(one.records.map(\.id) == ["aaa", "bbb", "ccc"])
        #expect(one.replay(asOf: sept)["x"]?.value == .number(2))
    }

    @Test func undoAndRedoFollowTheUsersOwnChanges() {
        let r1 = TestPlans.record("x", .number(1), at: "2019-06-30", seconds: 1, id: "1")
        let r2 = TestPlans.record("y", .number(5), at: "2019-06-30", seconds: 2, id: "2")
        let other = TestPlans.record("z", .number(9), at: "2019-06-30", user: "other", seconds: 3, id: "3")
        var ledger = ProgressLedger([r1, r2, other])
        #expect(ledger.undoCandidate(for: "clerk")?.id == "2")
        #expect(ledger.redoCandidate(for: "clerk") == nil)
        ledger.add([TestPlans.record("y", nil, at: "2019-06-30", seconds: 4, id: "4", old: .number(5), undoes: "2")])
        #expect(ledger.undoCandidate(for: "clerk")?.id == "1")
        #expect(ledger.redoCandidate(for: "clerk")?.id == "2")
        ledger.add([TestPlans.record("x", nil, at: "2019-06-30", seconds: 5, id: "5", undoes: "1")])
        #expect(ledger.undoCandidate(for: "clerk") == nil)
        #expect(ledger.redoCandidate(for: "clerk")?.id == "1")
        ledger.add([TestPlans.record("x", .number(1), at: "2019-06-30", seconds: 6, id: "6", redoes: "1")])
        #expect(ledger.undoCandidate(for: "clerk")?.id == "6")
        #expect(ledger.redoCandidate(for: "clerk")?.id == "2")
        // A new change clears what could be redone.
        ledger.add([TestPlans.record("w", .number(3), at: "2019-06-30", seconds: 7, id: "7")])
        #expect(ledger.redoCandidate(for: "clerk") == nil)
        #expect(ledger.undoCandidate(for: "other")?.id == "3")
    }

    /// A month of reports on a few items, entered out of order and in several batches, the way
    /// merged journals and late corrections arrive.
    func scrambledRecords() -> [ProgressRecord] {
        var records: [ProgressRecord] = []
        for n in 0..<60 {
            let day = CalendarDate(year: 2019, month: 6, day: 1)!.adding(days: (n * 7) % 30)
            let value: ItemValue? = n % 11 == 0 ? nil : .number(Double(n))
            records.append(TestPlans.record("item\(n % 5)", value, at: day.description, seconds: Double((n * 13) % 17), id: "r\(n)"))
        }
        return records
    }

    @Test func oneItemsValueAsOfADayIsWhatReplayGives() {
        let ledger = ProgressLedger(scrambledRecords())
        for offset in -1...31 {
            let day = CalendarDate(year: 2019, month: 6, day: 1)!.adding(days: offset)
            let all = ledger.replay(asOf: day)
            for n in 0..<6 {
                #expect(ledger.state(of: "item\(n)", asOf: day) == all["item\(n)"])
            }
        }
        #expect(ledger.state(of: "item1", asOf: nil) == ledger.replay(asOf: nil)["item1"])
    }

    @Test func recordsAddedInAnyOrderAndBatchesReplayAsOneBatchDoes() {
        let records = scrambledRecords()
        let whole = ProgressLedger(records)
        #expect(zip(whole.records, whole.records.dropFirst()).allSatisfy { !ProgressRecord.replayOrder($1, $0) })
        var pieces = ProgressLedger()
        for start in stride(from: 0, to: records.count, by: 7) {
            pieces.add(Array(records[start..<min(start + 7, records.count)]).reversed())
        }
        #expect(pieces == whole)
        #expect(pieces.history(of: "item2") == whole.records.filter { $0.item == "item2" })
        #expect(pieces.history(of: "nothing").isEmpty)
    }

    @Test func aLateRecordForAnEarlierDayChangesOnlyThatDaysView() {
        var ledger = ProgressLedger([
            TestPlans.record("x", .number(100), at: "2019-06-30", seconds: 10, id: "a"),
            TestPlans.record("x", .number(300), at: "2019-09-30", seconds: 20, id: "b"),
        ])
        ledger.add([TestPlans.record("x", .number(150), at: "2019-06-30", seconds: 30, id: "c")])
        #expect(ledger.records.map(\.id) == ["a", "c", "b"])
        #expect(ledger.state(of: "x", asOf: june)?.value == .number(150))
        #expect(ledger.state(of: "x", asOf: sept)?.value == .number(300))
        #expect(ledger.history(of: "x").map(\.id) == ["a", "c", "b"])
    }
}
