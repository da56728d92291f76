import PlanModel

/// The inline editor of a numeric indicator's actual value. It checks what was typed with
/// `ValueInput` (as `plandash set` does) and remembers the value the item held when it opened,
/// so that a change made meanwhile by another process is never replaced without the user
/// seeing it and pressing Enter again.
struct ValueEditor: Sendable {
    let item: String
    private(set) var field: LineEditor
    /// The value the item held when the editor opened, or since the user was told it changed.
    private(set) var basis: ItemValue?
    /// The value sent to be recorded; the editor closes once the status shows it.
    private(set) var pending: ItemValue?
    /// The item changed under the editor and the user has not yet confirmed replacing it.
    private(set) var conflict = false
    /// The change warning is on the status line now (no other key since): Enter confirms.
    private(set) var warned = false
    /// Untouched since it opened: the present value shows selected, and typing replaces it
    /// (moving or deleting first edits it instead), as in a spreadsheet cell.
    var untouched: Bool { field.isSelected }

    /// What a key did to the editor.
    enum Outcome: Sendable {
        case editing
        case message(StatusMessage)
        case commit(AppEffect)
        case close(StatusMessage?)
    }

    /// Opens on the item's present value, the figure without its unit, cursor at the end.
    init(item: String, value: ItemValue?) {
        self.item = item
        basis = value
        field = LineEditor(value?.number.map { NumberText.format($0, maxFractionDigits: 6) } ?? "", selected: true)
    }

    mutating func handle(_ key: Key, status: PlanStatus, ledger: ProgressLedger) -> Outcome {
        switch key {
        case .escape:
            return .close(nil)
        case .enter:
            return commit(status: status, ledger: ledger)
        default:
            warned = false
            _ = field.handle(key)
            return .editing
        }
    }

    private mutating func commit(status: PlanStatus, ledger: ProgressLedger) -> Outcome {
        guard let found = status.index.items[item] else { return .close(nil) }
        let value: ItemValue
        switch ValueInput.value(field.text, for: found) {
        case .failure(let problem):
            warned = false
            return .message(.error("\(item): \(problem)"))
        case .success(let v):
            value = v
        }
        if conflict && !warned {
            warned = true
            return .message(.error(ValueEditor.warning(item, status: status, ledger: ledger)))
        }
        if value == basis {
            return .close(.info("\(ChangeText.item(item, in: status)): \(value) (unchanged)"))
        }
        pending = value
        conflict = false
        warned = false
        return .commit(.record(item: item, text: field.text, at: status.asOf, expecting: basis))
    }

    /// Takes new data. Returns false when the value sent to be recorded is now shown (the edit
    /// is done); a message when the item changed to something else under the editor.
    mutating func refresh(status: PlanStatus, ledger: ProgressLedger) -> (open: Bool, notice: StatusMessage?) {
        let now = status.values[item]?.value
        if let pending, now == pending { return (false, nil) }
        guard now != basis else { return (true, nil) }
        basis = now
        pending = nil
        conflict = true
        warned = true
        return (true, .error(ValueEditor.warning(item, status: status, ledger: ledger)))
    }

    static func warning(_ item: String, status: PlanStatus, ledger: ProgressLedger) -> String {
        ChangeText.changedMeanwhile(item, in: status, ledger: ledger) + ": Enter again to replace it, Esc to keep it"
    }
}
