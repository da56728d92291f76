import Catalogue
import PlanModel

/// What every screen reads while it handles a key or draws: the derived plan data, the
/// journal's records (for histories), the styles, and the terminal size with the body area
/// between the header and the bars.
struct ViewContext: Sendable {
    let model: PlanViewModel
    /// The plan's search index (built once per plan).
    let searchIndex: LazySearchIndex
    let ledger: ProgressLedger
    /// Problems met reading the journal, in full.
    let warnings: [String]
    /// How the plans folder stands against its git remote; nil when it is not shared.
    let sharing: Message?
    /// Who records this session's changes; nil when not known.
    let user: String?
    let theme: Theme
    let width: Int
    let height: Int

    /// The plan's search index, built on first use.
    var search: SearchIndex { searchIndex.index }

    /// The rows between the two header rows and the status and key bars.
    var body: Rect { Rect(x: 0, y: 2, width: width, height: max(0, height - 4)) }
}

/// What a screen asks the app to do after a key.
enum ViewAction: Sendable {
    /// The key was used; nothing more to do.
    case handled
    /// The screen does not use the key: the app's global keys get it.
    case unhandled
    case push(any AppView)
    case pop
    case effect(AppEffect)
    /// Show a line in the status bar (a refused input, a hint).
    case message(StatusMessage)
    /// Ask on the status line (a note, a date).
    case prompt(Prompt)
    /// Leave the search screen for its selected result, keeping the results for `n`/`N`.
    case jump(SearchResults)
}

/// The two header rows of a screen.
struct ScreenHeader: Sendable {
    var title: String
    var right: String
    var subtitle: StyledLine
}

/// One screen of the app: it handles keys and draws its body; the app draws the header,
/// status line and key bar around it.
protocol AppView: Sendable {
    mutating func handle(_ key: Key, _ ctx: ViewContext) -> ViewAction
    /// Clicks, double clicks and the wheel, at a cell of the grid.
    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction
    func draw(into grid: inout CellGrid, _ ctx: ViewContext)
    func header(_ ctx: ViewContext) -> ScreenHeader
    /// The status line when no message is shown (position, counts).
    func status(_ ctx: ViewContext) -> String
    /// The keys shown in the key bar.
    var keyBar: [KeyHint] { get }
    /// Re-derives what the screen holds after the status or the size changed; the selection
    /// stays on the same item (screens select by identity).
    mutating func refresh(_ ctx: ViewContext) -> RefreshOutcome
    /// Takes what came of an effect the screen asked for (an edit recorded or refused).
    mutating func settle(_ result: EffectResult)
}

extension AppView {
    mutating func settle(_ result: EffectResult) {}
}

/// What a screen says after `refresh`.
enum RefreshOutcome: Sendable, Equatable {
    case kept
    /// What the screen shows is no longer in the plan: it closes.
    case gone
    /// The item under an open editor changed meanwhile (another writer).
    case changedUnderEditor(String)
}
