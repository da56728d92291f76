import Foundation

/// All progress records of a plan, deduplicated by id and kept in replay order.
/// Answers "what was the value of this item as of that day" and "what would undo/redo do".
/// An index of each item's records makes one item's value a walk over that item's records
/// only, so an edit costs the same whatever the size of the journal.
public struct ProgressLedger: Sendable, Equatable {
    public private(set) var records: [ProgressRecord] = []
    private var seen: Set<String> = []
    /// For each item, the position in `records` of its last record.
    private var latest: [String: Int] = [:]
    /// For each record, the position of the same item's record before it, or -1.
    private var earlier: [Int] = []

    public init(_ records: [ProgressRecord] = []) {
        add(records)
    }

    /// Adds records not seen before (by id) and keeps replay order. Returns how many were new.
    /// Records that come after every known one (the usual case) are appended; records that
    /// belong earlier are merged with the known records after them, which are taken off the
    /// end and put back. Either way the cost follows the records moved, not the ledger's size.
    @discardableResult
    public mutating func add(_ more: [ProgressRecord]) -> Int {
        seen.reserveCapacity(seen.count + more.count)
        let isNew = more.map { seen.insert($0.id).inserted }
        var fresh = isNew.allSatisfy { $0 } ? more : zip(more, isNew).filter(\.1).map(\.0)
        guard !fresh.isEmpty else { return 0 }
        if zip(fresh, fresh.dropFirst()).contains(where: { ProgressRecord.replayOrder($1, $0) }) {
            fresh = ProgressLedger.sorted(fresh)
        }
        if records.isEmpty {
            records = fresh
            rebuildIndex()
            return fresh.count
        }
        let cut = firstIndex(after: fresh[0])
        let tail = removeTail(from: cut)
        var (i, j) = (0, 0)
        while i < tail.count || j < fresh.count {
            if j == fresh.count || (i < tail.count && ProgressRecord.replayOrder(tail[i], fresh[j])) {
                append(tail[i])
                i += 1
            } else {
                append(fresh[j])
                j += 1
            }
        }
        return fresh.count
    }

    /// The position of the first record that replays after `r` (binary search).
    private func firstIndex(after r: ProgressRecord) -> Int {
        var (low, high) = (0, records.count)
        while low < high {
            let mid = (low + high) / 2
            if ProgressRecord.replayOrder(r, records[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// Takes the records from `cut` on off the end, unlinking them from the index.
    private mutating func removeTail(from cut: Int) -> [ProgressRecord] {
        let tail = Array(records[cut...])
        for i in stride(from: records.count - 1, through: cut, by: -1) {
            let item = records[i].item
            if earlier[i] >= 0 { latest[item] = earlier[i] } else { latest[item] = nil }
        }
        records.removeSubrange(cut...)
        earlier.removeSubrange(cut...)
        return tail
    }

    /// Records in replay order. Sorts positions by precomputed keys, then moves each record
    /// once: sorting the records themselves copies (and retains) every record at each step.
    private static func sorted(_ records: [ProgressRecord]) -> [ProgressRecord] {
        let keys = records.map { (day: $0.at.dayNumber, time: $0.time) }
        let order = records.indices.sorted { a, b in
            if keys[a].day != keys[b].day { return keys[a].day < keys[b].day }
            if keys[a].time != keys[b].time { return keys[a].time < keys[b].time }
            return records[a].id < records[b].id
        }
        return order.map { records[$0] }
    }

    private mutating func append(_ r: ProgressRecord) {
        earlier.append(latest.updateValue(records.count, forKey: r.item) ?? -1)
        records.append(r)
    }

    private mutating func rebuildIndex() {
        latest.removeAll(keepingCapacity: true)
        earlier = []
        earlier.reserveCapacity(records.count)
        for i in records.indices {
            earlier.append(latest.updateValue(i, forKey: records[i].item) ?? -1)
        }
    }

    /// The value of one item as of a day (nil = every record), with the record that set it;
    /// nil when it has none or was cleared. Walks only that item's records, newest first.
    public func state(of item: String, asOf day: CalendarDate?) -> ItemState? {
        guard var i = latest[item] else { return nil }
        if let day {
            while i >= 0, records[i].at > day { i = earlier[i] }
        }
        guard i >= 0, let value = records[i].new else { return nil }
        return ItemState(value: value, record: records[i])
    }

    /// The value of each item as of a day (nil = every record), with the last record that set it.
    public func replay(asOf day: CalendarDate?) -> [String: ItemState] {
        var state: [String: ItemState] = [:]
        state.reserveCapacity(latest.count)
        for item in latest.keys {
            if let s = self.state(of: item, asOf: day) { state[item] = s }
        }
        return state
    }

    /// Every record about one item, in replay order.
    public func history(of item: String) -> [ProgressRecord] {
        var found: [ProgressRecord] = []
        var i = latest[item] ?? -1
        while i >= 0 {
            found.append(records[i])
            i = earlier[i]
        }
        return found.reversed()
    }

    /// Whether a record with this id was added (ids are unique: a second one is dropped).
    public func contains(id: String) -> Bool {
        seen.contains(id)
    }

    /// The latest time any record about `item` was recorded (whatever day it stands for):
    /// a new record about it must come after, whatever the clock says.
    public func latestTime(of item: String) -> Date? {
        var i = latest[item] ?? -1
        var newest: Date?
        while i >= 0 {
            if newest.map({ records[i].time > $0 }) ?? true { newest = records[i].time }
            i = earlier[i]
        }
        return newest
    }

    /// What `u` would undo for `user`: the newest of the user's changes not yet undone.
    public func undoCandidate(for user: String) -> ProgressRecord? {
        stacks(for: user).undo.last
    }

    /// The user's changes not yet undone, newest first: what successive undos would take back.
    public func undoCandidates(for user: String) -> [ProgressRecord] {
        stacks(for: user).undo.reversed()
    }

    /// What Ctrl-R would redo for `user`: the change most recently undone and not redone since.
    public func redoCandidate(for user: String) -> ProgressRecord? {
        stacks(for: user).redo.last
    }

    /// The undo and redo stacks, rebuilt from the journal in the order changes were recorded,
    /// so they survive a restart.
    private func stacks(for user: String) -> (undo: [ProgressRecord], redo: [ProgressRecord]) {
        var undo: [ProgressRecord] = []
        var redo: [ProgressRecord] = []
        let mine = records.filter { $0.user == user }.sorted { ($0.time, $0.id) < ($1.time, $1.id) }
        let byID = Dictionary(mine.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for r in mine {
            if let target = r.undoes {
                if let i = undo.lastIndex(where: { $0.id == target }) {
                    undo.remove(at: i)
                    if let original = byID[target] { redo.append(original) }
                }
            } else if let target = r.redoes {
                if let i = redo.lastIndex(where: { $0.id == target }) {
                    redo.remove(at: i)
                    undo.append(r)
                }
            } else {
                undo.append(r)
                redo.removeAll()
            }
        }
        return (undo, redo)
    }
}

/// An item's replayed value and the record that set it (for "last update").
public struct ItemState: Sendable, Equatable {
    public var value: ItemValue
    public var record: ProgressRecord

    public init(value: ItemValue, record: ProgressRecord) {
        self.value = value
        self.record = record
    }
}
