import Catalogue
import PlanModel

/// What the runner must do outside the pure core after a key. It carries the effect out and
/// hands the core an `EffectResult` (with the fresh status) through `AppState.take`; the core
/// alone words what the user reads (Bubble Tea's Cmd → Msg → Update).
public enum AppEffect: Sendable, Equatable {
    /// Leave the program (restore the terminal).
    case quit
    /// List the plans of the plans folder for the picker (read only now, when it opens); the
    /// result is `.plansListed`.
    case listPlans
    /// Open another plan; the result is `.planOpened` with its status, or `.planNotOpened`.
    case switchPlan(PlanChoice)
    /// Record a change, unless the item no longer holds what the user saw.
    case record(Change)
    /// Undo the user's newest change not yet undone (a compensating record).
    case undo
    /// Redo the change most recently undone.
    case redo
    /// Show the plan as of a day; nil goes back to the day the dashboard opened on.
    case setAsOf(CalendarDate?)
    /// Write the Markdown bulletin of the plan as of the day shown, beside the plan file.
    case writeReport
    /// Exchange records with the other offices through git (`plandash sync`), in the background:
    /// the runner hands back its progress and its result as they come.
    case sync
}

/// A change the user made to one item, already checked (`ValueInput` for typed figures): the
/// value it takes (the same value with a note), as of a day, and the value the user saw it
/// hold. When the item holds something else by the time it is recorded (another process
/// changed it), nothing is recorded.
public struct Change: Sendable, Equatable {
    public var item: String
    public var value: ItemValue?
    public var note: String?
    public var at: CalendarDate
    public var expecting: ItemValue?

    public init(item: String, value: ItemValue?, note: String? = nil, at: CalendarDate, expecting: ItemValue?) {
        self.item = item
        self.value = value
        self.note = note
        self.at = at
        self.expecting = expecting
    }

    /// What the change is, for wording a conflict: a typed figure, a status, or a note.
    var kind: Kind {
        if note != nil, value == expecting { return .note }
        if case .status = value { return .status }
        return .figure
    }

    enum Kind { case figure, status, note }
}

/// What came of an effect, as the runner hands it back to `AppState.take`.
public enum EffectResult: Sendable, Equatable {
    /// The change was recorded as this record.
    case recorded(ProgressRecord)
    /// Nothing was recorded: the item held `current` (set by `by`) instead of what the change expected.
    case conflict(Change, current: ItemValue?, by: String?)
    /// The store refused or failed (its reason, already worded).
    case failed(String)
    /// The undo's compensating record, and what it said about the changes it passed over
    /// (someone else changed their item since).
    case undone(ProgressRecord?, skipped: [Message])
    case redone(ProgressRecord)
    case nothingToUndo
    case nothingToRedo
    /// The day shown changed (`isDefault`: back to the day the dashboard opened on).
    case asOfShown(isDefault: Bool)
    case reportWritten(path: String)
    /// The plans of the plans folder, for the picker.
    case plansListed([PlanChoice])
    /// Another plan is open (its status comes with the result).
    case planOpened
    case planNotOpened(location: String, reason: String)
    /// Records appended elsewhere were read.
    case pickedUp(count: Int)
    /// Every problem met reading the journal so far (on opening, or in records read since).
    case journalWarnings([String])
    /// Where a sync stands (`正在拉取…`), or that one is already running.
    case syncProgress(Message)
    /// A sync ended: what it did (`ok`), or why it stopped.
    case syncFinished(Message, ok: Bool)
    /// How the plans folder stands against its remote (`origin/main：待推送 1`), from the last
    /// fetch; nil when the folder is not shared through git.
    case sharing(Message?)
}
