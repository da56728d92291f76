import Catalogue
import Foundation
import PlanModel

/// Checks records read from a journal against the plan, and says what is wrong with the line
/// each came from: a record for an item the plan no longer has (kept, not shown), a value of
/// the wrong kind for its item (a status on a figure, a number on a measure: skipped), a time
/// in the future (kept: later records still go after it; said once, with a count, as records
/// made after it are stamped later still), and an id given twice with
/// different content (the first line stands).
struct JournalCheck {
    let index: PlanIndex
    let file: String
    /// Now, by the session's clock: times beyond a minute after it are in the future.
    let now: Date

    /// The warnings for a batch of records and the records to give the ledger (nil: all of them).
    /// `futureWarned`: whether a time in the future was warned about already (it is said once).
    func check(_ read: Journal.ReadResult, futureWarned: inout Bool) -> (warnings: [PlanDiagnostic],
        kept: [ProgressRecord]?) {
        var warnings: [PlanDiagnostic] = []
        var wrong: [Int] = []
        var inFuture: [Int] = []
        let future = now.addingTimeInterval(60)
        for (i, r) in read.records.enumerated() {
            let line = read.lines[i]
            if r.time > future { inFuture.append(i) }
            guard let item = index.items[r.item] else {
                warnings.append(warning(line, .journalUnknownItem(TerminalSafe.text(r.id),
                    item: TerminalSafe.text(r.item))))
                continue
            }
            if let value = r.new, takesStatus(item) != (value.status != nil) {
                wrong.append(i)
                warnings.append(warning(line, .journalWrongKind(TerminalSafe.text(r.id),
                    item: TerminalSafe.text(r.item), value: "\(value)",
                                                                expected: takesStatus(item) ? "status" : "number")))
            }
        }
        if let first = inFuture.first, !futureWarned {
            futureWarned = true
            let r = read.records[first]
            warnings.append(warning(read.lines[first], .journalFutureTime(TerminalSafe.text(r.id),
                time: Timestamp.format(r.time), others: inFuture.count - 1)))
            warnings.sort { $0.line < $1.line }
        }
        guard !wrong.isEmpty else { return (warnings, nil) }
        var kept = read.records
        for i in wrong.reversed() { kept.remove(at: i) }
        return (warnings, kept)
    }

    /// Warnings for ids given twice in a batch with different content. Costs a pass over the
    /// batch: call it only when the ledger took fewer records than it was given.
    func duplicates(_ read: Journal.ReadResult) -> [PlanDiagnostic] {
        var first: [String: Int] = [:]
        var warnings: [PlanDiagnostic] = []
        for (i, r) in read.records.enumerated() {
            if let j = first[r.id] {
                if read.records[j] != r {
                    warnings.append(warning(read.lines[i], .journalDuplicateID(TerminalSafe.text(r.id),
                        firstLine: read.lines[j])))
                }
            } else {
                first[r.id] = i
            }
        }
        return warnings
    }

    private func takesStatus(_ item: PlanIndex.Item) -> Bool {
        switch item {
        case .measure: return true
        case .indicator(let ind, _, _): return ind.isMilestone
        }
    }

    private func warning(_ line: Int, _ message: Message) -> PlanDiagnostic {
        PlanDiagnostic(file: file, line: line, column: 1, path: "", message: message.text())
    }
}
