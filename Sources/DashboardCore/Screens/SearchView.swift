import Catalogue
import PlanModel

/// `/`: an incremental search over task areas, measures, targets, indicators and units.
/// Every key edits the query or moves in the results; Enter opens the selected result's task area.
struct SearchView: AppView {
    private(set) var results: SearchResults
    /// The selected result, by its entry in the search index.
    private(set) var list = SelectableList<Int>()

    init(_ ctx: ViewContext) {
        results = SearchResults(query: "", in: ctx.search)
    }

    private func listRows(_ ctx: ViewContext) -> Int { ctx.body.height }

    private mutating func edit(_ query: String, _ ctx: ViewContext) {
        results = SearchResults(query: query, in: ctx.search)
        list = SelectableList()
    }

    mutating func handle(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        let rows = listRows(ctx)
        let hits = results.hits
        switch key {
        case .escape: return .pop
        case .enter: return jump()
        case .backspace, .delete:
            guard !results.query.isEmpty else { return .handled }
            edit(String(results.query.dropLast()), ctx)
        case .ctrl("u"): edit("", ctx)
        case .ctrl("n"): _ = list.navigate(.down, in: hits, rows: rows)
        case .ctrl("p"): _ = list.navigate(.up, in: hits, rows: rows)
        case .char(let c): edit(results.query + String(c), ctx)
        case .paste(let text): edit(results.query + text, ctx)
        case .up, .down, .pageUp, .pageDown, .home, .end: _ = list.navigate(key, in: hits, rows: rows)
        default: break
        }
        return .handled
    }

    private func jump() -> ViewAction {
        guard let i = list.index(in: results.hits) else { return .handled }
        var chosen = results
        chosen.current = i
        return .jump(chosen)
    }

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        let hit = list.mouse(event, firstY: ctx.body.y, in: results.hits, rows: listRows(ctx))
        return hit != nil && event.kind == .doubleClick ? jump() : .handled
    }

    mutating func refresh(_ ctx: ViewContext) -> RefreshOutcome {
        results.rerun(in: ctx.search)
        list.keep(in: results.hits, rows: listRows(ctx))
        return .kept
    }

    func header(_ ctx: ViewContext) -> ScreenHeader {
        var sub = StyledLine()
        sub.append("/ ", Style(bold: true))
        sub.append(results.query, Style(bold: true))
        sub.append(" ", ctx.theme.style(.focus))
        let count: Message = results.query.isEmpty ? .searchScreenTypeWords : .searchScreenResults(results.hits.count)
        sub.append("   " + count.text(), ctx.theme.style(.label))
        return ScreenHeader(title: Message.searchScreenTitle.text(),
            right: Message.asOfRight(ctx.model.status.asOf.description).text(), subtitle: sub)
    }

    func status(_ ctx: ViewContext) -> String {
        (results.hits.isEmpty ? Message.searchScreenEscCancels
            : .searchScreenPosition((list.index(in: results.hits) ?? 0) + 1, of: results.hits.count)).text()
    }

    var keyBar: [KeyHint] {
        [KeyHint(Message.keyTyping, .keyBarSearch), KeyHint("↑↓", .keyBarResults), KeyHint("Enter", .keyBarOpen),
         KeyHint("C-u", .keyBarClear), KeyHint("Esc", .keyBarCancel)]
    }

    /// The widest kind's name and a space (5 columns in Chinese).
    private static var kindWidth: Int {
        SearchIndex.Kind.allCases.map { DisplayWidth.of($0.label.text()) }.max()! + 1
    }
    /// Columns for the task area's title: wide enough for most titles when there is room.
    private static func taskWidth(_ width: Int) -> Int { width >= 100 ? 28 : 12 }

    func draw(into grid: inout CellGrid, _ ctx: ViewContext) {
        let body = ctx.body
        let theme = ctx.theme
        let entries = ctx.search.entries
        let taskWidth = SearchView.taskWidth(body.width)
        let kindWidth = SearchView.kindWidth
        let textX = SelectableList<Int>.marker + kindWidth + taskWidth
        list.draw(results.hits, into: &grid, x: body.x, y: body.y, width: body.width, rows: listRows(ctx)) { i in
            let entry = entries[results.hits[i]]
            var line = StyledLine()
            line.append(entry.kind.label.text(), Style(bold: true), width: kindWidth)
            // A task names itself, and a unit names its task area in its context.
            line.append(entry.kind == .task || entry.kind == .unit ? "" : entry.taskTitle, theme.style(.label),
                width: taskWidth - 1)
            line.pad(1)
            return SearchView.snippet(entry, context: SearchView.context(entry, ctx.model.status), query: results.query,
                                      room: body.width - textX, into: line, theme: theme)
        }
    }

    /// What follows an entry's text, dimmed: for an indicator its current value beside its goal
    /// (`未填报 / ≥550亿元`), for a unit its role in its task area (`牵头 …`), else the entry's own context.
    static func context(_ entry: SearchIndex.Entry, _ status: PlanStatus) -> String {
        if entry.kind == .unit { return Message.screenUnitRole(leads: entry.leads).text() + " " + entry.context }
        guard entry.kind == .indicator, let id = entry.itemID,
            case .indicator(let indicator, _, _)? = status.index.items[id]
        else { return entry.context }
        return Message.searchValueAndGoal(IndicatorTable.actualText(indicator, status), goal: entry.context).text()
    }

    /// The entry's text with the match highlighted, starting a little before the match when
    /// the match would fall past the first third of the room; then its context, dimmed.
    static func snippet(_ entry: SearchIndex.Entry, context: String, query: String, room: Int, into line: StyledLine,
        theme: Theme) -> StyledLine {
        var line = line
        let text = entry.text
        guard let match = SearchIndex.highlight(query, in: text) else {
            line.append(text)
            if !context.isEmpty { line.append("  " + context, theme.style(.label)) }
            return line
        }
        var before = String(text[..<match.lowerBound])
        if DisplayWidth.of(before) > room / 3 {
            // Keep about a quarter of the room before the match.
            var kept = ""
            for c in before.reversed() {
                if DisplayWidth.of(kept) + DisplayWidth.of(c) > room / 4 { break }
                kept.insert(c, at: kept.startIndex)
            }
            before = "…" + kept
        }
        line.append(before)
        line.append(String(text[match]), theme.style(.match))
        line.append(String(text[match.upperBound...]))
        if !context.isEmpty { line.append("  " + context, theme.style(.label)) }
        return line
    }
}
