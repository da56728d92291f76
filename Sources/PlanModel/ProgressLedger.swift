/// All progress records of a plan, deduplicated by id and kept in replay order.
/// Answers "what was the value of this item as of that day" and "what would undo/redo do".
public struct ProgressLedger: Sendable, Equatable {
    public private(set) var records: [ProgressRecord] = []
    private var seen: Set<String> = []

    public init(_ records: [ProgressRecord] = []) {
        add(records)
    }

    /// Adds records not seen before (by id) and keeps replay order. Returns how many were new.
    @discardableResult
    public mutating func add(_ more: [ProgressRecord]) -> Int {
        let fresh = more.filter { seen.insert($0.id).inserted }
        guard !fresh.isEmpty else { return 0 }
        if let last = records.last, fresh.allSatisfy({ !ProgressRecord.replayOrder($0, last) }) {
            records.append(contentsOf: fresh.sorted(by: ProgressRecord.replayOrder))
        } else {
            records.append(contentsOf: fresh)
            records.sort(by: ProgressRecord.replayOrder)
        }
        return fresh.count
    }

    /// The value of each item as of a day (nil = every record), with the last record that set it.
    public func replay(asOf day: CalendarDate?) -> [String: ItemState] {
        var state: [String: ItemState] = [:]
        for r in records {
            if let day, r.at > day { break }
            if let v = r.new {
                state[r.item] = ItemState(value: v, record: r)
            } else {
                state[r.item] = nil
            }
        }
        return state
    }

    /// Every record about one item, in replay order.
    public func history(of item: String) -> [ProgressRecord] {
        records.filter { $0.item == item }
    }

    /// What `u` would undo for `user`: the newest of the user's changes not yet undone.
    public func undoCandidate(for user: String) -> ProgressRecord? {
        stacks(for: user).undo.last
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
