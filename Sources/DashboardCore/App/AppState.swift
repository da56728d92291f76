import PlanModel

/// The whole state of the dashboard UI: the plan's status and journal records, the screens
/// open (a stack whose bottom is the dashboard), the last search, a prompt being answered,
/// and the status-line message. Pure: a runner feeds it keys with `handle`, paints `render`,
/// performs the returned effects, and calls `replaceStatus` when the data changes.
///
/// Runner contract: send `.resize(width:height:)` with the terminal size before the first
/// `render` and after every resize (mouse events are mapped to the layout of that size).
public struct AppState: Sendable {
    /// The smallest terminal the screens are laid out for; below it `render` shows only
    /// `terminal too small (need 60×16)`.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public private(set) var status: PlanStatus
    /// The plan's journal records, for item histories.
    public private(set) var ledger: ProgressLedger
    /// The plans the `p` picker offers (the runner fills it from the plans folder).
    public var plans: [PlanChoice] {
        didSet { updatePlansScreens() }
    }
    /// Shown in the status line until the next key; the runner may set it (e.g. "journal
    /// reloaded"), and the core sets it for search positions and problems.
    public var message: StatusMessage?
    /// Whether styles may use colours; without, only bold, reverse, underline and dim.
    public let colors: Bool
    /// The terminal size of the last `.resize` (80×24 until then).
    public private(set) var width = 80
    public private(set) var height = 24

    private var model: PlanViewModel
    private let theme: Theme
    private var stack: [any AppView]
    private var search: SearchResults?
    /// A question on the status line (`t`, or `n` in a task area), while it is being answered.
    private var prompt: Prompt?

    /// The dashboard on `status` (replayed from `ledger`), with `plans` for the picker;
    /// `colors: false` for monochrome terminals, `NO_COLOR` or `--no-color`.
    public init(status: PlanStatus, ledger: ProgressLedger = ProgressLedger(), plans: [PlanChoice] = [], colors: Bool = true) {
        self.status = status
        self.ledger = ledger
        self.plans = plans
        self.colors = colors
        theme = Theme(colors: colors)
        model = PlanViewModel(status)
        stack = [DashboardView(model)]
        refreshScreens(previous: nil)
    }

    private var context: ViewContext {
        ViewContext(model: model, ledger: ledger, theme: theme, width: width, height: height)
    }

    private var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }

    // MARK: keys

    /// Applies a key (or resize, or mouse event) and returns what the runner must do.
    public mutating func handle(_ key: Key) -> [AppEffect] {
        if case .resize(let w, let h) = key {
            width = max(0, w)
            height = max(0, h)
            refreshScreens(previous: nil)
            return []
        }
        message = nil
        if prompt != nil { return answerPrompt(key) }
        let ctx = context
        let action: ViewAction
        if case .mouse(let event) = key {
            guard !isTooSmall else { return [] }
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
        case .char("p"): show(PlansView.self) { [plans] in PlansView($0, plans: plans) }
        case .char("/"): stack.append(SearchView(context))
        case .char("n"), .char("]"): stepSearch(1)
        case .char("N"), .char("["): stepSearch(-1)
        case .char("u"): return [.undo]
        case .ctrl("r"): return [.redo]
        case .char("x"): return [.writeReport]
        case .char("t"): prompt = Prompt(.asOf, label: "截至日期 YYYY-MM-DD (空 = 默认):", text: status.asOf.description)
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
            switch p.answer(asOf: status.asOf) {
            case .success(let effect):
                prompt = nil
                return [effect]
            case .failure(let problem):
                message = .error(problem.description)
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
            message = .info("没有搜索结果: 按 / 搜索")
            return
        }
        results.step(delta)
        search = results
        openResult(results)
    }

    /// Opens the task area of the current result, in place of a task detail already on top.
    private mutating func openResult(_ results: SearchResults) {
        let entry = model.search.entries[results.hits[results.current]]
        let view = TaskDetailView(task: entry.taskID, select: entry.itemID, context)
        if stack.count > 1, stack[stack.count - 1] is TaskDetailView {
            stack[stack.count - 1] = view
        } else {
            stack.append(view)
        }
        message = .info("结果 \(results.current + 1)/\(results.hits.count) “\(results.query)” · \(entry.kind.rawValue) · ] 下一个 · [ 上一个")
    }

    // MARK: direct navigation

    /// Opens a screen as if the user had navigated to it. Returns false (and changes nothing)
    /// for a task id the plan does not have.
    @discardableResult
    public mutating func open(_ destination: Destination) -> Bool {
        switch destination {
        case .dashboard: stack.removeSubrange(1...)
        case .departments: show(DepartmentsView.self) { DepartmentsView($0) }
        case .help: show(HelpView.self) { _ in HelpView() }
        case .plans: show(PlansView.self) { [plans] in PlansView($0, plans: plans) }
        case .search: stack.append(SearchView(context))
        case .task(let id):
            guard model.tasks[id] != nil else { return false }
            stack.append(TaskDetailView(task: id, context))
        }
        return true
    }

    /// The ids of the plan's task areas, in file order (for messages naming valid ids).
    public var taskIDs: [String] { status.plan.tasks.map(\.id) }

    // MARK: data changes

    /// Takes a new status (journal appended, as-of date changed, another plan) and the ledger
    /// it was replayed from (nil keeps the records held for the same plan, and holds none for
    /// another). On the same plan every screen stays, with cursors on the same items; a
    /// screen whose item is gone closes; an open value editor whose item changed meanwhile
    /// says so (in `message`). Another plan starts again at its dashboard.
    public mutating func replaceStatus(_ status: PlanStatus, ledger: ProgressLedger? = nil) {
        let previous = model
        let samePlan = status.plan.info.id == self.status.plan.info.id
        self.status = status
        self.ledger = ledger ?? (samePlan ? self.ledger : ProgressLedger())
        model = PlanViewModel(status)
        if samePlan {
            search?.rerun(in: model.search)
            refreshScreens(previous: previous)
        } else {
            stack = [DashboardView(model)]
            search = nil
            prompt = nil
            refreshScreens(previous: nil)
        }
    }

    private mutating func refreshScreens(previous: PlanViewModel?) {
        let ctx = context
        for i in stack.indices {
            guard stack[i].refresh(ctx, previous: previous) else {
                stack.removeSubrange(max(1, i)...)
                message = .info("打开的条目已不在计划中,已返回")
                break
            }
            if let notice = stack[i].takeNotice() { message = notice }
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
            return Chrome.tooSmall(width: width, height: height, need: (AppState.minimumWidth, AppState.minimumHeight), theme: theme)
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
