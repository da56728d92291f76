import PlanModel

/// What the runner must do outside the pure core after a key. After a change to the data it
/// calls `AppState.replaceStatus` with the fresh status and ledger, and sets `message` to say
/// what happened (`ChangeText` words it).
public enum AppEffect: Sendable, Equatable {
    /// Leave the program (restore the terminal).
    case quit
    /// Open another plan, then call `AppState.replaceStatus` with its status.
    case switchPlan(PlanChoice)
    /// Record a typed value for an item as of a day (`text` has passed `ValueInput`). The
    /// item held `expecting` when the editor opened: if it holds something else by now
    /// (another process), record nothing and hand the core the fresh status: the editor then
    /// asks before replacing it.
    case record(item: String, text: String, at: CalendarDate, expecting: ItemValue?)
    /// Move a milestone or measure from `from` to `to` (Space), as of a day; when the item
    /// no longer holds `from`, record nothing and show the fresh status.
    case cycle(item: String, from: WorkStatus?, to: WorkStatus, at: CalendarDate)
    /// Record a note with the item's current value (the value stays as it is).
    case note(item: String, note: String, at: CalendarDate)
    /// Undo the user's newest change not yet undone (a compensating record).
    case undo
    /// Redo the change most recently undone.
    case redo
    /// Show the plan as of a day; nil goes back to the day the dashboard opened on.
    case setAsOf(CalendarDate?)
    /// Write the Markdown bulletin of the plan as of the day shown, beside the plan file.
    case writeReport
}
