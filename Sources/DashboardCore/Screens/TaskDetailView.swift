import Catalogue
import PlanModel

/// One task area in full: measures, targets with indicators, units. A cursor moves over the
/// measures and indicators (by id, so it survives data changes); the body scrolls, and the
/// selected item is always on screen. Enter (or `e`) edits the selected figure in place and
/// opens the history of a milestone or measure; Space moves a milestone or measure on; `n`
/// notes, `h` shows the item's history. Before anything is recorded the status line says what
/// will change: the item, its old value and the new one.
struct TaskDetailView: AppView {
    let taskID: String
    /// The measure or indicator under the cursor.
    private(set) var selected: String?
    private(set) var top = 0
    private var document: TaskDetailDocument
    /// The inline editor, while a value is being typed.
    private(set) var editor: ValueEditor?

    /// Opens task `task`, with the cursor on `item` when given (else the first item).
    /// The task must exist in `ctx.model`.
    init(task: String, select item: String? = nil, _ ctx: ViewContext) {
        taskID = task
        document = TaskDetailDocument(task: ctx.model.task(task)!.task, model: ctx.model, theme: ctx.theme,
            width: ctx.width)
        selected = item.flatMap { document.itemLines[$0] != nil ? $0 : nil } ?? document.items.first
        if item != nil { reveal(rows: ctx.body.height) }
    }

    private func maxTop(rows: Int) -> Int { max(0, document.lines.count - rows) }

    /// Scrolls so the selected item shows, with the heading or sentence before it when it fits.
    private mutating func reveal(rows: Int) {
        guard let selected, let r = document.itemLines[selected] else { return }
        if r.lines.lowerBound < top {
            top = r.lines.upperBound - r.context <= rows ? r.context : r.lines.lowerBound
        } else if r.lines.upperBound > top + rows {
            top = min(r.lines.lowerBound, r.lines.upperBound - rows)
        }
        top = min(max(0, top), maxTop(rows: rows))
    }

    private func visibleTop(rows: Int) -> Int { min(max(0, top), maxTop(rows: rows)) }

    /// After scrolling, keeps the cursor on an item whose first line (where its `▸` is) is in
    /// view: the first one shown, or the last one when scrolling up. When none starts on the
    /// page, the page moves back to the selected item: the selection never leaves the screen.
    private mutating func keepSelectionInView(rows: Int, preferLast: Bool) {
        let range = top..<(top + rows)
        if let s = selected, let r = document.itemLines[s], range.contains(r.lines.lowerBound) { return }
        let visible = document.items.filter { document.itemLines[$0].map { range.contains($0.lines.lowerBound) } ??
            false }
        if let pick = preferLast ? visible.last : visible.first {
            selected = pick
        } else {
            reveal(rows: rows)
        }
    }

    private mutating func scroll(by delta: Int, rows: Int) {
        top = min(max(0, visibleTop(rows: rows) + delta), maxTop(rows: rows))
        keepSelectionInView(rows: rows, preferLast: delta < 0)
    }

    private mutating func step(_ delta: Int, rows: Int) {
        let items = document.items
        guard let s = selected, let i = items.firstIndex(of: s) else {
            scroll(by: delta, rows: rows)
            return
        }
        let next = i + delta
        if items.indices.contains(next) {
            selected = items[next]
            reveal(rows: rows)
        } else {
            scroll(by: delta, rows: rows)
        }
    }

    mutating func handle(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        if editor != nil { return edit(key, ctx) }
        let rows = ctx.body.height
        switch key {
        case .enter, .char("e"): return open(key, ctx)
        case .char(" "): return cycle(ctx)
        case .char("n"): return notePrompt(ctx)
        case .char("h"): return history(ctx)
        case .down, .char("j"): step(1, rows: rows)
        case .up, .char("k"): step(-1, rows: rows)
        case .pageDown, .ctrl("f"): scroll(by: max(1, rows - 1), rows: rows)
        case .pageUp, .ctrl("b"): scroll(by: -max(1, rows - 1), rows: rows)
        case .home, .char("g"):
            top = 0
            selected = document.items.first
        case .end, .char("G"):
            top = maxTop(rows: rows)
            selected = document.items.last
        default: return .unhandled
        }
        return .handled
    }

    // MARK: editing

    /// Enter or `e`: the inline editor for a figure; for a milestone or measure, Enter opens
    /// its history (Space, not Enter, changes its state) and `e` says so.
    private mutating func open(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        guard let selected else { return .handled }
        switch ctx.model.status.index.items[selected] {
        case .indicator(let ind, _, _) where !ind.isMilestone:
            reveal(rows: ctx.body.height)
            editor = ValueEditor(item: selected, value: ctx.model.status.values[selected]?.value)
            return .handled
        case .indicator, .measure:
            return key == .enter ? history(ctx) : .message(.info(.spaceChangesStatus))
        case nil:
            return .handled
        }
    }

    private func history(_ ctx: ViewContext) -> ViewAction {
        guard let selected else { return .handled }
        return .push(HistoryView(item: selected, ctx))
    }

    /// What Space would make of the selected milestone or measure: `未开始 → 推进中`.
    private func nextStatus(_ ctx: ViewContext) -> (from: String, to: String)? {
        guard let selected else { return nil }
        switch ctx.model.status.index.items[selected] {
        case .indicator(let ind, _, _) where !ind.isMilestone: return nil
        case nil: return nil
        default:
            let from = ctx.model.status.values[selected]?.value.status ?? .notStarted
            return ("\(ItemValue.status(from))", "\(ItemValue.status(from.next))")
        }
    }

    /// Space: not started → in progress → done → not started, for milestones and measures.
    private func cycle(_ ctx: ViewContext) -> ViewAction {
        guard let selected else { return .handled }
        let status = ctx.model.status
        if case .indicator(let ind, _, _) = status.index.items[selected], !ind.isMilestone {
            return .message(.info(.spaceIsForStatuses))
        }
        let from = status.values[selected]?.value
        let to = ItemValue.status((from?.status ?? .notStarted).next)
        return .effect(.record(Change(item: selected, value: to, at: status.asOf, expecting: from)))
    }

    private func notePrompt(_ ctx: ViewContext) -> ViewAction {
        guard let selected else { return .handled }
        return .prompt(Prompt(.note(item: selected, basis: ctx.model.status.values[selected]?.value),
                              label: .editorNotePrompt(ChangeText.item(selected, in: ctx.model.status))))
    }

    private mutating func edit(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        if case .mouse = key { return .handled }
        guard var ed = editor else { return .unhandled }
        let outcome = ed.handle(key, status: ctx.model.status)
        editor = ed
        switch outcome {
        case .editing: return .handled
        case .message(let m): return .message(m)
        case .commit(let effect): return .effect(effect)
        case .close(let m):
            editor = nil
            return m.map(ViewAction.message) ?? .handled
        }
    }

    /// The editor closes once its change is recorded, asks again when the item changed
    /// meanwhile, and stays open on what was typed when the change was refused.
    mutating func settle(_ result: EffectResult) {
        guard var ed = editor else { return }
        switch result {
        case .recorded(let r) where r.item == ed.item:
            editor = nil
            return
        case .conflict(let change, let current, _) where change.item == ed.item:
            ed.changedMeanwhile(to: current)
        case .failed:
            ed.refused()
        default:
            return
        }
        editor = ed
    }

    // MARK: mouse and data

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        if editor != nil { return .handled }
        let body = ctx.body
        switch event.kind {
        case .wheelDown: scroll(by: 3, rows: body.height)
        case .wheelUp: scroll(by: -3, rows: body.height)
        case .click, .doubleClick:
            let i = visibleTop(rows: body.height) + event.y - body.y
            if body.contains(x: event.x, y: event.y), document.lines.indices.contains(i),
                let item = document.lines[i].item {
                selected = item
            }
        }
        return .handled
    }

    mutating func refresh(_ ctx: ViewContext) -> RefreshOutcome {
        guard let task = ctx.model.task(taskID)?.task else { return .gone }
        document = TaskDetailDocument(task: task, model: ctx.model, theme: ctx.theme, width: ctx.width)
        if selected.map({ document.itemLines[$0] == nil }) ?? true { selected = document.items.first }
        top = visibleTop(rows: ctx.body.height)
        reveal(rows: ctx.body.height)
        guard var ed = editor else { return .kept }
        guard document.itemLines[ed.item] != nil else {
            editor = nil
            return .kept
        }
        let changed = ed.refresh(status: ctx.model.status)
        editor = ed
        return changed ? .changedUnderEditor(ed.item) : .kept
    }

    func header(_ ctx: ViewContext) -> ScreenHeader {
        let model = ctx.model
        guard let (s, task) = model.task(taskID) else { return ScreenHeader(title: taskID, right: "",
            subtitle: StyledLine()) }
        let theme = ctx.theme
        let row = model.rows[taskID]
        let c = row?.counts.completion
        var sub = StyledLine()
        sub.append("\(s + 1) \(model.panes[s].title)", theme.style(.label))
        sub.append(" › " + Message.screenColumnCompletion.text() + " ")
        if let f = c?.fraction {
            let style = theme.completion(f, overdue: (row?.counts.overdue ?? 0) > 0)
            sub.append(ProgressBar.text(f, width: 10), style)
            sub.append(" " + NumberText.percent(f), style)
        } else {
            sub.append(Message.standingNotReported.text(), theme.style(.label))
        }
        sub.append(Message.taskScreenCounts(reported: c?.reported ?? 0, of: c?.total ?? 0, lead: task.lead ?? "—")
            .text())
        return ScreenHeader(title: "\(task.id) \(task.title)",
            right: Message.asOfRight(model.status.asOf.description).text(), subtitle: sub)
    }

    func status(_ ctx: ViewContext) -> String {
        if let editor, case .indicator(let ind, _, _) = ctx.model.status.index.items[editor.item] {
            let name = ChangeText.item(editor.item, in: ctx.model.status)
            if !editor.untouched, let change = editor.preview(status: ctx.model.status) {
                return (Message.willRecord(item: name, old: change.old, new: change.new)
                    + .editorGoal(ind.goalText, unit: nil, untouched: false)).text()
            }
            return (Message.editorItem(name) + .editorGoal(ind.goalText, unit: ind.unit, untouched: editor.untouched))
                .text()
        }
        let rows = ctx.body.height
        let t = visibleTop(rows: rows)
        let count = document.lines.count
        let position = Message.screenLines + .verbatim(" \(min(count, t + 1))–\(min(count, t + rows))/\(count)")
        guard let selected else { return position.text() }
        let space = nextStatus(ctx).map { " · " + Message.spaceWouldRecord(from: $0.from, to: $0.to).text() } ?? ""
        return (position + .taskScreenSelected(selected)).text() + space
    }

    var keyBar: [KeyHint] {
        if editor != nil { return KeyHelp.editor }
        return [KeyHint("↑↓", .keyBarEntries), KeyHint("Enter", .keyBarEditOrHistory), KeyHint("Space", .keyBarStatus),
                KeyHint("n", .keyBarNote), KeyHint("h", .keyBarHistory), KeyHint("u", .keyBarUndo),
                KeyHint("Esc", .keyBarBack), KeyHint("?", .keyBarHelp), KeyHint("t", .keyBarDate),
                KeyHint("x", .keyBarReport), KeyHint("] [", .keyBarResults), KeyHint("d", .keyBarDepartments),
                KeyHint("/", .keyBarSearch)]
    }

    func draw(into grid: inout CellGrid, _ ctx: ViewContext) {
        let body = ctx.body
        let t = visibleTop(rows: body.height)
        for (offset, i) in (t..<min(document.lines.count, t + body.height)).enumerated() {
            let line = document.lines[i]
            let y = body.y + offset
            grid.draw(line.text, x: body.x, y: y, width: body.width)
            if let item = line.item, item == selected {
                if document.itemLines[item]?.lines.lowerBound == i { grid.put("▸", x: body.x, y: y) }
                grid.restyle(x: body.x, y: y, count: body.width) { $0.reverse = true }
                if let editor, editor.item == item {
                    let cell = document.editColumns
                    editor.field.draw(into: &grid, x: body.x + cell.lowerBound, y: y, width: min(cell.count,
                        body.width - cell.lowerBound),
                                      style: Style(bold: true, underline: true), cursorStyle: ctx.theme.style(.focus),
                                      selection: editor.untouched ? Style(bold: true, reverse: true) : nil)
                }
            }
        }
    }
}
