import Catalogue
import PlanModel

/// The inline editor of a numeric indicator's actual value. It checks what was typed with
/// `ValueInput` (once: the change it asks for carries the value) and remembers the value the
/// item held when it opened, so that a change made meanwhile by another process is never
/// replaced without the user seeing it and pressing Enter again.
struct ValueEditor: Sendable {
    let item: String
    private(set) var field: LineEditor
    /// The value the item held when the editor opened, or since the user was told it changed.
    private(set) var basis: ItemValue?
    /// A change has been sent to be recorded and its result has not come back.
    private(set) var pending = false
    /// The item changed under the editor and the user has not yet confirmed replacing it.
    private(set) var conflict = false
    /// The change warning is on the status line now (no other key since): Enter confirms.
    private(set) var warned = false
    /// The value typed may be a slip (far past the goal, a share over 100 %) and the question
    /// is on the status line now (no other key since): Enter records it.
    private(set) var questioned = false
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

    mutating func handle(_ key: Key, status: PlanStatus) -> Outcome {
        switch key {
        case .escape:
            return .close(nil)
        case .enter:
            return commit(status: status)
        default:
            warned = false
            questioned = false
            _ = field.handle(key)
            return .editing
        }
    }

    private mutating func commit(status: PlanStatus) -> Outcome {
        guard let found = status.index.items[item] else { return .close(nil) }
        let value: ItemValue
        switch ValueInput.entry(field.text, for: found) {
        case .refused(let problem):
            warned = false
            return .message(.error(.refused(item: item, reason: problem.message.text())))
        case .needsConfirmation(let v, let reason):
            guard questioned else {
                questioned = true
                return .message(.error(.confirmWithEnter(reason)))
            }
            value = v
        case .accepted(let v):
            value = v
        }
        if conflict && !warned {
            warned = true
            return .message(ValueEditor.warning(item, status: status))
        }
        if value == basis {
            return .close(.info(.unchanged(item: ChangeText.item(item, in: status), value: "\(value)")))
        }
        pending = true
        conflict = false
        warned = false
        questioned = false
        return .commit(.record(Change(item: item, value: value, at: status.asOf, expecting: basis)))
    }

    /// The item now holds `current` although the change sent expected otherwise (or another
    /// writer changed it while the user typed): it becomes the basis, and Enter must be
    /// pressed again, after the warning, to replace it.
    mutating func changedMeanwhile(to current: ItemValue?) {
        basis = current
        pending = false
        conflict = true
        warned = true
    }

    /// The change sent was refused: the editor stays open on what was typed.
    mutating func refused() {
        pending = false
    }

    /// Takes new data. True when the item changed to something else under the editor while
    /// no change of the user's was on its way.
    mutating func refresh(status: PlanStatus) -> Bool {
        let now = status.values[item]?.value
        guard !pending, now != basis else { return false }
        changedMeanwhile(to: now)
        return true
    }

    /// `412.5 → 500`: the change Enter would record, when what is typed is a valid value.
    func preview(status: PlanStatus) -> (old: String, new: String)? {
        guard let found = status.index.items[item], let value = ValueInput.entry(field.text,
            for: found).value else { return nil }
        return (basis.map { "\($0)" } ?? "—", "\(value)")
    }

    static func warning(_ item: String, status: PlanStatus) -> StatusMessage {
        .error(ChangeText.changedMeanwhile(item, in: status) + .replaceOrKeep)
    }
}
