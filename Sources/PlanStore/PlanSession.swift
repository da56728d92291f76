import Foundation
import PlanModel

/// An open plan: the plan file, its journal and the replayed ledger. Every change goes
/// through `record`, which appends to the journal before the ledger sees it.
public final class PlanSession: @unchecked Sendable {
    public let url: URL
    public let plan: Plan
    public let index: PlanIndex
    public let journal: Journal
    public private(set) var ledger = ProgressLedger()
    /// Problems met while reading the journal (torn lines, unknown ids), kept for display.
    public private(set) var warnings: [PlanDiagnostic] = []
    /// Who is making changes: `$PLANDASH_USER`, else `$USER`, else `unknown`.
    public let user: String
    /// When this session's last record was made.
    private var lastTime: Date?

    /// Opens a plan file and replays its journal. The journal is read, and its records put in
    /// replay order, on another thread while the plan file is parsed: neither needs the other,
    /// and for large plans each takes seconds.
    public init(url: URL, user: String = PlanSession.currentUser()) throws {
        self.url = url
        let journal = Journal(forPlan: url)
        let opening = JournalOpening(journal)
        self.plan = try PlanFile.load(url)
        self.index = PlanIndex(plan)
        self.journal = journal
        self.user = user
        (warnings, ledger) = opening.wait()
        warnUnknownItems(ledger.records)
    }

    public static func currentUser(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for key in ["PLANDASH_USER", "USER", "LOGNAME"] { if let u = env[key], !u.isEmpty { return u } }
        return "unknown"
    }

    /// Reads records appended since the last look (by any process). Returns how many were new.
    @discardableResult
    public func refresh(final: Bool = false) -> Int {
        let read = journal.readNew(final: final)
        warnings += read.warnings
        warnUnknownItems(read.records)
        return ledger.add(read.records)
    }

    private func warnUnknownItems(_ records: [ProgressRecord]) {
        for i in records.indices where index.items[records[i].item] == nil {
            let r = records[i]
            warnings.append(PlanDiagnostic(file: PlanFile.displayPath(journal.url), line: 0, column: 1, path: "",
                                           message: "record \(r.id) names \(r.item), which the plan no longer has: kept, not shown"))
        }
    }

    /// The day a new record stands for when none is given: today, or the plan's last day once its year is over.
    public func defaultDay(today: CalendarDate = .today()) -> CalendarDate {
        min(today, plan.info.yearEnd)
    }

    /// Checks `text` against the item and records it. Throws a user-facing error for an
    /// unknown id or refused input; nothing is written then.
    @discardableResult
    public func record(item: String, text: String, note: String? = nil, at day: CalendarDate? = nil) throws -> ProgressRecord {
        guard let found = index.items[item] else { throw StoreError(unknownItemMessage(item)) }
        switch ValueInput.value(text, for: found) {
        case .success(let v): return try record(item: item, value: v, note: note, at: day)
        case .failure(let problem): throw StoreError("\(item): \(problem)")
        }
    }

    /// Records a value (nil clears it) for an item, as of `day`. `id` and `user` replace the random
    /// id and the session's user (a collected form's record is made in the unit's name, with an
    /// id derived from the file, so collecting it again adds nothing).
    @discardableResult
    public func record(item: String, value: ItemValue?, note: String? = nil, at day: CalendarDate? = nil,
                       undoes: String? = nil, redoes: String? = nil, id: String? = nil, user: String? = nil) throws -> ProgressRecord {
        refresh()
        let day = day ?? defaultDay()
        return try append(item: item, old: ledger.state(of: item, asOf: day)?.value, new: value, note: note, at: day,
                          undoes: undoes, redoes: redoes, id: id, user: user)
    }

    /// Appends one record (durable when this returns) and reads it back into the ledger;
    /// `id` and `user` default to a new id and the session's user.
    private func append(item: String, old: ItemValue?, new: ItemValue?, note: String?, at day: CalendarDate,
                        undoes: String? = nil, redoes: String? = nil, id: String? = nil, user: String? = nil) throws -> ProgressRecord {
        let r = ProgressRecord(id: id ?? UUID().uuidString.lowercased(), time: nextTime(), user: user ?? self.user, item: item, old: old, new: new,
                               note: note?.isEmpty == true ? nil : note, at: day, undoes: undoes, redoes: redoes)
        try journal.append(r)
        refresh()
        return r
    }

    /// Records a change only if the item still holds `expecting` as of `day` (after reading
    /// what other processes appended): one lookup, then the append. When it holds something
    /// else, nothing is written and what it holds comes back.
    public func recordIfUnchanged(item: String, expecting: ItemValue?, value: ItemValue?, note: String? = nil,
                                  at day: CalendarDate) throws -> RecordOutcome {
        refresh()
        let current = ledger.state(of: item, asOf: day)
        guard current?.value == expecting else { return .changedMeanwhile(current) }
        return .recorded(try append(item: item, old: current?.value, new: value, note: note, at: day))
    }

    /// Now, or a millisecond after this session's previous record if that is later: journal
    /// lines keep milliseconds, and two records in one millisecond would replay (and undo) in
    /// the order of their random ids rather than the order they were made.
    private func nextTime() -> Date {
        var time = Date()
        if let last = lastTime, time < last.addingTimeInterval(0.001) { time = last.addingTimeInterval(0.001) }
        lastTime = time
        return time
    }

    /// Undoes the user's newest change not yet undone, with a compensating record.
    /// Returns nil when there is nothing to undo.
    public func undo() throws -> ProgressRecord? {
        refresh()
        guard let last = ledger.undoCandidate(for: user) else { return nil }
        if let now = ledger.state(of: last.item, asOf: last.at), now.value != last.new, now.record.id != last.id {
            throw StoreError("cannot undo \(last.item): \(now.record.user) changed it since, to \(now.value)")
        }
        return try record(item: last.item, value: last.old, note: "undo", at: last.at, undoes: last.id)
    }

    /// Re-applies the change most recently undone.
    public func redo() throws -> ProgressRecord? {
        refresh()
        guard let last = ledger.redoCandidate(for: user) else { return nil }
        return try record(item: last.item, value: last.new, note: "redo", at: last.at, redoes: last.id)
    }

    /// The status of the plan as of a day.
    public func status(asOf day: CalendarDate) -> PlanStatus {
        PlanStatus(plan: plan, ledger: ledger, asOf: day, index: index)
    }

    private func unknownItemMessage(_ item: String) -> String {
        let near = index.items.keys.filter { $0.hasPrefix(item.prefix(3)) }.sorted().prefix(5)
        let hint = near.isEmpty ? "" : " (ids like it: \(near.joined(separator: ", ")))"
        return "no indicator or measure \"\(item)\" in plan \(plan.info.id)\(hint)"
    }
}

/// What came of `PlanSession.recordIfUnchanged`.
public enum RecordOutcome: Sendable, Equatable {
    /// The record appended.
    case recorded(ProgressRecord)
    /// Nothing was written: the item holds this (nil: nothing) instead of what was expected.
    case changedMeanwhile(ItemState?)
}

/// A journal being read, and its ledger built, on a background thread.
private final class JournalOpening: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written by the background thread before it signals `done`, read only after.
    private var warnings: [PlanDiagnostic] = []
    private var ledger = ProgressLedger()

    init(_ journal: Journal) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let read = journal.readNew(final: true)
            warnings = read.warnings
            ledger = ProgressLedger(read.records)
            done.signal()
        }
    }

    /// The journal's warnings and ledger, once read.
    func wait() -> ([PlanDiagnostic], ProgressLedger) {
        done.wait()
        return (warnings, ledger)
    }
}

extension CalendarDate {
    /// Today in the local time zone.
    public static func today() -> CalendarDate {
        var t = time(nil)
        var parts = tm()
        localtime_r(&t, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}
