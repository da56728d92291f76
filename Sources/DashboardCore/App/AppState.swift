import Catalogue
import PlanModel

/// The whole state of the dashboard UI: the plan's status and journal records, the screens
/// open (a stack whose bottom is the dashboard), the last search, a prompt being answered,
/// and the status-line message. Pure: a runner feeds it keys with `handle`, paints `render`,
/// carries out the returned effects and hands back what came of each with `take` (with the
/// fresh status); the state alone words what the user reads.
///
/// Runner contract: send `.resize(width:height:)` with the terminal size before the first
/// `render` and after every resize (mouse events are mapped to the layout of that size).
public struct AppState: Sendable {
    /// The smallest terminal the screens are laid out for; below it `render` shows only
    /// `终端窗口太小 (需要 60×16)`.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public private(set) var status: PlanStatus
    /// The plan's journal records, for item histories.
    public private(set) var ledger: ProgressLedger
    /// The plans the `p` picker offers (the runner lists them when it opens).
    public private(set) var plans: [PlanChoice] {
        didSet { updatePlansScreens() }
    }
    /// Shown in the status line until the next key.
    public private(set) var message: StatusMessage?
    /// Every problem met reading the journal (`w` lists them).
    public private(set) var warnings: [String] = []
    /// How the plans folder stands against its git remote (the dashboard's header shows it).
    public private(set) var sharing: Message?
    /// Whether styles may use colours; without, only bold, reverse, underline and dim.
    public let colors: Bool
    /// Who records this session's changes (the dashboard's header shows it); nil when unknown.
    public let user: String?
    /// The terminal size of the last `.resize` (80×24 until then).
    public private(set) var width = 80
    public private(set) var height = 24

    private var model: PlanViewModel
    /// What `/` searches: built once per plan.
    private var searchIndex: LazySearchIndex
    /// The plan's units in pinyin order: found once per plan, when first sorted by name.
    private var unitNames: UnitNameOrder
    private let theme: Theme
    private var stack: [any AppView]
    private var search: SearchResults?
    /// A question on the status line (`t`, or `n` in a task area), while it is being answered.
    private var prompt: Prompt?

    /// The dashboard on `status` (replayed from `ledger`), with `plans` for the picker;
    /// `colors: false` for monochrome terminals, `NO_COLOR` or `--no-color`.
    public init(status: PlanStatus, ledger: ProgressLedger = ProgressLedger(), plans: [PlanChoice] = [],
        colors: Bool = true, user: String? = nil) {
        self.status = status
        self.user = user
        self.ledger = ledger
        self.plans = plans
        self.colors = colors
        theme = Theme(colors: colors)
        unitNames = UnitNameOrder(status.units)
        model = PlanViewModel(status, names: unitNames)
        searchIndex = LazySearchIndex(status.plan)
        stack = [DashboardView(model)]
        refreshScreens()
    }

    private var context: ViewContext {
        ViewContext(model: model, searchIndex: searchIndex, ledger: ledger, warnings: warnings, sharing: sharing,
            user: user, theme: theme, width: width, height: height)
    }

    private var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }

    // MARK: keys

    /// Applies a key (or resize, or mouse event) and returns what the runner must do.
    public mutating func handle(_ key: Key) -> [AppEffect] {
        if case .resize(let w, let h) = key {
            width = max(0, w)
            height = max(0, h)
            refreshScreens()
            return []
        }
        message = nil
        // Nothing acts on a screen the user cannot see: only help and quitting.
        if isTooSmall {
            switch key {
            case .char("?"), .function(1): show(HelpView.self) { _ in HelpView() }
            case .char("q"): return [.quit]
            default: break
            }
            return []
        }
        if prompt != nil { return answerPrompt(key) }
        let ctx = context
        let action: ViewAction
        if case .mouse(let event) = key {
            action = stack[stack.count - 1].mouse(event, ctx)
        } else {
            action = stack[stack.count - 1].handle(key, ctx)
        }
        if case .unhandled = action { return global(key) }
        return apply(action)
    }

    /// Keys every screen shares, when the screen itself does not use them.
    private mutating func global(_ key: Key) -> [AppEffect] {
        switch key {
        case .char("q"):
            if stack.count == 1 { return [.quit] }
            stack.removeLast()
        case .escape, .backspace:
            if stack.count > 1 { stack.removeLast() }
        case .char("?"), .function(1): show(HelpView.self) { _ in HelpView() }
        case .char("d"): show(DepartmentsView.self) { DepartmentsView($0) }
        case .char("w"): show(WarningsView.self) { WarningsView($0) }
        case .char("o"): show(ChaseView.self) { ChaseView($0) }
        case .char("r"): show(ReportingView.self) { ReportingView($0) }
        case .char("p"):
            show(PlansView.self) { [plans] in PlansView($0, plans: plans) }
            return [.listPlans]
        case .char("/"): stack.append(SearchView(context))
        case .char("n"), .char("]"): stepSearch(1)
        case .char("N"), .char("["): stepSearch(-1)
        case .char("u"): return [.undo]
        case .ctrl("r"): return [.redo]
        case .char("x"): return [.writeReport]
        case .char("S"): return [.sync]
        case .char("t"): prompt = Prompt(.asOf, label: .editorAsOfPrompt, text: status.asOf.description)
        default: break
        }
        return []
    }

    /// Keys while a prompt is open: they edit its field; Enter answers, Esc drops it.
    private mutating func answerPrompt(_ key: Key) -> [AppEffect] {
        guard var p = prompt else { return [] }
        switch key {
        case .escape:
            prompt = nil
        case .enter:
            let answer = p.answer(asOf: status.asOf, plan: status.plan.info)
            prompt = p
            switch answer {
            case .success(let effect):
                prompt = nil
                return [effect]
            case .failure(let problem):
                message = .error(problem.message)
            }
        case .mouse:
            break
        default:
            _ = p.field.handle(key)
            prompt = p
        }
        return []
    }

    private mutating func apply(_ action: ViewAction) -> [AppEffect] {
        switch action {
        case .handled, .unhandled: break
        case .push(let view): stack.append(view)
        case .pop: if stack.count > 1 { stack.removeLast() }
        case .effect(let effect): return [effect]
        case .message(let m): message = m
        case .prompt(let p): prompt = p
        case .jump(let results):
            // The results stay below the task area: Esc goes back to them.
            search = results
            openResult(results)
        }
        return []
    }

    /// Goes back to the open screen of type `T`, or opens a new one.
    private mutating func show<T: AppView>(_ type: T.Type, _ make: (ViewContext) -> T) {
        if let i = stack.lastIndex(where: { $0 is T }) {
            stack.removeSubrange((i + 1)...)
        } else {
            stack.append(make(context))
        }
    }

    private mutating func stepSearch(_ delta: Int) {
        guard var results = search, !results.hits.isEmpty else {
            message = .info(.noSearchResults)
            return
        }
        results.step(delta)
        search = results
        openResult(results)
    }

    /// Opens the task area of the current result, in place of a task detail already on top.
    private mutating func openResult(_ results: SearchResults) {
        let entry = searchIndex.index.entries[results.hits[results.current]]
        let view = TaskDetailView(task: entry.taskID, select: entry.itemID, context)
        if stack.count > 1, stack[stack.count - 1] is TaskDetailView {
            stack[stack.count - 1] = view
        } else {
            stack.append(view)
        }
        message = .info(.searchPosition(results.current + 1, of: results.hits.count, query: results.query,
            kind: entry.kind.label.text()))
    }

    // MARK: direct navigation

    /// Opens a screen as if the user had navigated to it. Returns false (and changes nothing)
    /// for a task id the plan does not have.
    @discardableResult
    public mutating func open(_ destination: Destination) -> Bool {
        switch destination {
        case .dashboard: stack.removeSubrange(1...)
        case .departments: show(DepartmentsView.self) { DepartmentsView($0) }
        case .overdue: show(ChaseView.self) { ChaseView($0) }
        case .reporting: show(ReportingView.self) { ReportingView($0) }
        case .help: show(HelpView.self) { _ in HelpView() }
        case .plans: show(PlansView.self) { [plans] in PlansView($0, plans: plans) }
        case .search: stack.append(SearchView(context))
        case .task(let id):
            guard model.task(id) != nil else { return false }
            stack.append(TaskDetailView(task: id, context))
        }
        return true
    }

    /// The ids of the plan's task areas, in file order (for messages naming valid ids).
    public var taskIDs: [String] { status.plan.tasks.map(\.id) }

    // MARK: data changes

    /// Takes what came of an effect (or of the runner's own look at the journal) with the
    /// status and ledger as they are now (nil keeps those held): the screens follow the data,
    /// the screen that asked settles, and the status line says what happened.
    public mutating func take(_ result: EffectResult, status: PlanStatus? = nil, ledger: ProgressLedger? = nil) {
        switch result {
        case .journalWarnings(let all): warnings = all
        case .plansListed(let list): plans = list
        case .sharing(let standing): sharing = standing
        default: break
        }
        if let status { replace(status, ledger: ledger) }
        if !stack.isEmpty { stack[stack.count - 1].settle(result) }
        if let said = say(result) { message = said }
    }

    /// The status line for a result; nil leaves it as it is.
    private func say(_ result: EffectResult) -> StatusMessage? {
        switch result {
        case .recorded(let r): return .info(ChangeText.recorded(r, in: status))
        case .conflict(let change, _, _):
            let what = ChangeText.changedMeanwhile(change.item, in: status)
            switch change.kind {
            case .figure: return .error(what + .replaceOrKeep)
            case .status: return .error(what + .spaceMovesOnFromThere)
            case .note: return .error(what + .noteNotKept)
            }
        case .failed(let reason): return .error(.verbatim(TerminalSafe.text(reason)))
        case .undone(let r, let skipped):
            let said = skipped.reduce(r.map { ChangeText.undone($0,
                in: status) } ?? .nothingToUndo) { $0 + .verbatim(" · ") + $1 }
            return skipped.isEmpty ? .info(said) : .error(said)
        case .redone(let r): return .info(ChangeText.redone(r, in: status))
        case .nothingToUndo: return .info(.nothingToUndo)
        case .nothingToRedo: return .info(.nothingToRedo)
        case .asOfShown(let isDefault): return .info(.showingAsOf(status.asOf.description, isDefault: isDefault))
        case .reportWritten(let path): return .info(.reportWritten(TerminalSafe.text(path)))
        case .planOpened: return .info(.planOpened(title: status.plan.info.title, id: status.plan.info.id))
        case .planNotOpened(let location, let reason):
            return .error(.planNotOpened(TerminalSafe.text(location), reason: TerminalSafe.text(reason)))
        case .pickedUp(let count):
            // What the screens said about it (an edited item changed meanwhile) goes first.
            return message == nil ? .info(.pickedUp(count)) : nil
        case .syncProgress(let step): return .info(step)
        case .syncFinished(let said, let ok): return ok ? .info(said) : .error(said)
        case .sharing, .plansListed: return nil
        case .journalWarnings(let all):
            guard let first = all.first else { return nil }
            return .error(.journalWarningsMore(first: TerminalSafe.text(first), more: all.count - 1))
        }
    }

    /// Takes a new status (journal appended, as-of date changed, another plan) and the ledger
    /// it was replayed from (nil keeps the records held for the same plan, and holds none for
    /// another). On the same plan every screen stays, its selection on the same items; a
    /// screen whose item is gone closes; an open value editor whose item changed meanwhile
    /// says so. Another plan starts again at its dashboard.
    private mutating func replace(_ status: PlanStatus, ledger: ProgressLedger?) {
        let samePlan = status.plan.info.id == self.status.plan.info.id
        // The same plan value shares its storage, so this costs nothing while the plan stays.
        let planChanged = status.plan != self.status.plan
        self.status = status
        self.ledger = ledger ?? (samePlan ? self.ledger : ProgressLedger())
        if planChanged { unitNames = UnitNameOrder(status.units) }
        model = PlanViewModel(status, names: unitNames)
        if planChanged {
            searchIndex = LazySearchIndex(status.plan)
            if search != nil { search?.rerun(in: searchIndex.index) }
        }
        if !samePlan {
            stack = [DashboardView(model)]
            search = nil
            prompt = nil
        }
        refreshScreens()
    }

    private mutating func refreshScreens() {
        let ctx = context
        for i in stack.indices {
            switch stack[i].refresh(ctx) {
            case .kept:
                continue
            case .gone:
                stack.removeSubrange(max(1, i)...)
                message = .info(.openItemGone)
                return
            case .changedUnderEditor(let item):
                message = ValueEditor.warning(item, status: status)
            }
        }
    }

    private mutating func updatePlansScreens() {
        let ctx = context
        for i in stack.indices {
            guard var view = stack[i] as? PlansView else { continue }
            view.update(plans: plans, ctx)
            stack[i] = view
        }
    }

    // MARK: drawing

    /// The screen at a size: what the runner paints (only the difference to the last one).
    /// Every row is exactly `width` columns.
    public func render(width: Int, height: Int) -> CellGrid {
        guard width == self.width, height == self.height else {
            var resized = self
            _ = resized.handle(.resize(width: width, height: height))
            return resized.render(width: width, height: height)
        }
        if isTooSmall {
            return Chrome.tooSmall(width: width, height: height, need: (AppState.minimumWidth, AppState.minimumHeight),
                theme: theme)
        }
        let ctx = context
        let view = stack[stack.count - 1]
        var grid = CellGrid(width: width, height: height)
        Chrome.drawHeader(view.header(ctx), into: &grid, theme: theme)
        view.draw(into: &grid, ctx)
        if let prompt {
            // The question takes the status line; a message about the answer takes the key bar.
            prompt.draw(into: &grid, y: height - 2, theme: theme)
            if let message {
                Chrome.drawStatus("", message: message, at: height - 1, into: &grid, theme: theme)
            } else {
                Chrome.drawKeyBar(KeyHelp.editor, into: &grid, theme: theme)
            }
        } else {
            Chrome.drawStatus(view.status(ctx), message: message, at: height - 2, into: &grid, theme: theme)
            Chrome.drawKeyBar(view.keyBar, into: &grid, theme: theme)
        }
        return grid
    }
}
