import Catalogue
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
    /// Problems met while reading the journal (torn lines, unknown ids, wrong kinds, future
    /// times, duplicate ids), each with its journal line, kept for display.
    public private(set) var warnings: [PlanDiagnostic] = []
    /// Who is making changes: `$PLANDASH_USER`, else `$USER`, else `unknown`.
    public let user: String
    /// When this user's last record was made (by this session or, as read from the journal,
    /// any other): the user's records keep the order they were made in, which undo follows,
    /// even when one of them had to be stamped after a record from a clock running ahead.
    private var lastTime: Date?
    /// The clock records are stamped with (injected by tests).
    private let clock: @Sendable () -> Date
    /// Changes an undo has already said it skipped, so that it says so once.
    private var reportedSkips: Set<String> = []
    /// Whether records dated in the future were warned about, so that it is said once.
    private var futureWarned = false
    /// The error the journal last gave on a refresh, so that each is said once.
    private var readError: String?

    /// Opens a plan file and replays its journal. The journal is read, and its records put in
    /// replay order, on another thread while the plan file is parsed: neither needs the other,
    /// and for large plans each takes seconds.
    /// A journal that cannot be read (or is a directory or symlink) is an error.
    public init(url: URL, user: String = PlanSession.currentUser(),
        clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.url = url
        let journal = Journal(forPlan: url)
        let opening = JournalOpening(journal)
        self.plan = try PlanFile.load(url)
        self.index = PlanIndex(plan)
        self.journal = journal
        self.user = user
        self.clock = clock
        let read = try opening.wait()
        warnings = read.warnings
        let (found, kept) = check.check(read.read, futureWarned: &futureWarned)
        warnings += found
        ledger = kept.map { ProgressLedger($0) } ?? read.ledger
        noteOwnTimes(ledger.records)
        if ledger.records.count < (kept?.count ?? read.read.records.count) { warnings += check.duplicates(read.read) }
    }

    private var check: JournalCheck {
        JournalCheck(index: index, file: PlanFile.displayPath(journal.url), now: clock())
    }

    /// Who records: `PLANDASH_USER`, else the login name (`USER`, `LOGNAME`), else the host's
    /// user database entry for this process's user id; `unknown` only when none of them names anyone.
    public static func currentUser(_ env: [String: String] = ProcessInfo.processInfo.environment,
                                   userDatabase: () -> String? = PlanSession.userDatabaseName) -> String {
        for key in ["PLANDASH_USER", "USER", "LOGNAME"] { if let u = env[key], !u.isEmpty { return u } }
        if let u = userDatabase(), !u.isEmpty { return u }
        return "unknown"
    }

    /// This process's user name in the host's user database (`getpwuid(getuid())`).
    public static func userDatabaseName() -> String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }

    /// Reads records appended since the last look (by any process). Returns how many were new.
    /// A journal that became unreadable meanwhile reads as nothing new and adds a warning (once).
    @discardableResult
    public func refresh(final: Bool = false) -> Int {
        let read: Journal.ReadResult
        do {
            read = try journal.readNew(final: final)
            readError = nil
        } catch {
            if readError != "\(error)" {
                readError = "\(error)"
                warnings.append(PlanDiagnostic(file: PlanFile.displayPath(journal.url), line: 1, column: 1, path: "",
                    message: "\(error)"))
            }
            return 0
        }
        warnings += read.warnings
        let (found, kept) = check.check(read, futureWarned: &futureWarned)
        warnings += found
        let records = kept ?? read.records
        noteOwnTimes(records)
        let readBefore = records.filter { ledger.contains(id: $0.id) }
        let added = ledger.add(records)
        if added < records.count { warnings += check.duplicates(read) + duplicatesOfEarlierReads(readBefore, in: read) }
        return added
    }

    /// Warnings for records whose id an earlier read already gave, with different content. Looks
    /// through the ledger and the journal for the earlier one: rare, and only then paid for.
    private func duplicatesOfEarlierReads(_ again: [ProgressRecord], in read: Journal.ReadResult) -> [PlanDiagnostic] {
        again.compactMap { r in
            guard let first = ledger.records.first(where: { $0.id == r.id }), first != r,
                  let i = read.records.firstIndex(of: r) else { return nil }
            let firstLine = (try? journal.line(ofID: r.id)) ?? 0
            return PlanDiagnostic(file: PlanFile.displayPath(journal.url), line: read.lines[i], column: 1, path: "",
                                  message: Message.journalDuplicateID(TerminalSafe.text(r.id),
                                      firstLine: firstLine).text())
        }
    }

    private func noteOwnTimes(_ records: [ProgressRecord]) {
        for r in records where r.user == user && lastTime.map({ r.time > $0 }) ?? true { lastTime = r.time }
    }

    /// The item an id names, or an error saying which ids are like it.
    public func item(_ id: String) throws -> PlanIndex.Item {
        guard let found = index.items[id] else { throw StoreError(unknownItemMessage(id)) }
        return found
    }

    /// The day a new record stands for when none is given: today, or the plan's last day once its year is over.
    public func defaultDay(today: CalendarDate = .today()) -> CalendarDate {
        min(today, plan.info.yearEnd)
    }

    /// Checks `text` against the item and records it. Throws a user-facing error for an
    /// unknown id or refused input; nothing is written then.
    @discardableResult
    public func record(item: String, text: String, note: String? = nil,
        at day: CalendarDate? = nil) throws -> ProgressRecord {
        switch ValueInput.value(text, for: try self.item(item)) {
        case .success(let v): return try record(item: item, value: v, note: note, at: day)
        case .failure(let problem): throw StoreError("\(item): \(problem)")
        }
    }

    /// Records a value (nil clears it) for an item, as of `day`. `id` and `user` replace the random
    /// id and the session's user (a collected form's record is made in the unit's name, with an
    /// id derived from the file, so collecting it again adds nothing).
    @discardableResult
    public func record(item: String, value: ItemValue?, note: String? = nil, at day: CalendarDate? = nil,
                       undoes: String? = nil, redoes: String? = nil, id: String? = nil,
                           user: String? = nil) throws -> ProgressRecord {
        refresh()
        let day = day ?? defaultDay()
        return try append(item: item, old: ledger.state(of: item, asOf: day)?.value, new: value, note: note, at: day,
                          undoes: undoes, redoes: redoes, id: id, user: user)
    }

    /// Appends a record made now (see `nextTime`) and reads it back into the ledger (durable
    /// when this returns); `id` and `user` default to a new id and the session's user.
    private func append(item: String, old: ItemValue?, new: ItemValue?, note: String?, at day: CalendarDate,
                        undoes: String? = nil, redoes: String? = nil, id: String? = nil,
                            user: String? = nil) throws -> ProgressRecord {
        let r = ProgressRecord(id: id ?? UUID().uuidString.lowercased(),
            time: nextTime(after: ledger.latestTime(of: item)),
                               user: user ?? self.user, item: item, old: old, new: new,
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

    /// Now, or a millisecond after this session's previous record or the item's latest record
    /// if that is later: a new record replays after every record already made about its item,
    /// whatever this machine's clock says (a record from a clock running ahead would otherwise
    /// mask it), so the value the user is told is the value that stands. Journal lines keep
    /// milliseconds, and two records in one millisecond would replay (and undo) in the order of
    /// their random ids rather than the order they were made.
    private func nextTime(after itemLatest: Date?) -> Date {
        var time = clock()
        for earlier in [lastTime, itemLatest].compactMap({ $0 }) where time < earlier.addingTimeInterval(0.001) {
            time = earlier.addingTimeInterval(0.001)
        }
        lastTime = time
        return time
    }

    /// What an undo did: the compensating record (nil when nothing was left to undo) and the
    /// changes it passed over because someone else changed their item since, each said once.
    public struct UndoOutcome: Sendable {
        public var record: ProgressRecord?
        public var skipped: [SkippedUndo]
    }

    /// A change undo passed over: the user's change and the value someone else put there since.
    public struct SkippedUndo: Sendable, Equatable {
        public var change: ProgressRecord
        /// What the item holds now (nil: cleared) and the record that set it.
        public var standing: ItemState?

        /// `skipped kw1.t1.i3: li changed it since, to 500`.
        public var message: Message {
            .undoSkipped(TerminalSafe.text(change.item), by: TerminalSafe.text(standing?.record.user ?? "?"),
                         to: standing.map { "\($0.value)" } ?? "—")
        }
    }

    /// Undoes the user's newest change not yet undone, with a compensating record. A change
    /// whose item someone else changed since is passed over (and reported once) and the next
    /// one is undone; the same holds after a restart, as the stack is rebuilt from the journal.
    public func undoChange() throws -> UndoOutcome {
        refresh()
        var skipped: [SkippedUndo] = []
        for change in ledger.undoCandidates(for: user) {
            let now = ledger.state(of: change.item, asOf: change.at)
            if now?.value != change.new, now?.record.id != change.id {
                if reportedSkips.insert(change.id).inserted { skipped.append(SkippedUndo(change: change,
                    standing: now)) }
                continue
            }
            let r = try record(item: change.item, value: change.old, note: "undo", at: change.at, undoes: change.id)
            return UndoOutcome(record: r, skipped: skipped)
        }
        return UndoOutcome(record: nil, skipped: skipped)
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
        return Message.unknownItem(TerminalSafe.text(item), plan: TerminalSafe.text(plan.info.id),
            near: near.map(TerminalSafe.text)).text()
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
    private var result: Result<(read: Journal.ReadResult, ledger: ProgressLedger),
        Error> = .failure(CancellationError())

    /// The warnings are worded in the language of the caller's task, not of the background thread.
    init(_ journal: Journal) {
        let language = Language.current
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Language.$chosen.withValue(language) {
                Result {
                    let read = try journal.readNew(final: true)
                    return (read, ProgressLedger(read.records))
                }
            }
            done.signal()
        }
    }

    /// The journal's lines read and its ledger, once read; the error if it could not be read.
    func wait() throws -> (read: Journal.ReadResult, warnings: [PlanDiagnostic], ledger: ProgressLedger) {
        done.wait()
        let (read, ledger) = try result.get()
        return (read, read.warnings, ledger)
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
