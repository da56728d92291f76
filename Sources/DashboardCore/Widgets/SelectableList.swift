/// A list of rows with one selected, remembered by identity, never by position: when the rows
/// change underneath (another writer, a re-sort, another as-of day) the selection stays on the
/// same item, and falls on its neighbour only when that item is gone. It keeps the selection in
/// view, maps keys, the wheel and clicks to rows, and draws the visible rows with the `▸`
/// marker and reverse video, so every list screen only says what a row shows (like ratatui's
/// `List` with its `ListState`, or htop's `Panel`).
struct SelectableList<ID: Hashable & Sendable>: Sendable {
    /// The selected row's id; nil until a row is selected in a non-empty list.
    private(set) var selected: ID?
    /// Where the selection was last seen: looking it up costs nothing while the rows stay in
    /// place, and a selection whose row is gone falls on the row now at its place.
    private var hint = 0
    /// The first row shown.
    private(set) var top = 0

    init(selected: ID? = nil) {
        self.selected = selected
    }

    /// The selected row's index in `ids`: where its id is, else the row at its last place
    /// (the last row when the list got shorter); nil for an empty list.
    func index(in ids: [ID]) -> Int? {
        guard !ids.isEmpty else { return nil }
        if let selected {
            if ids.indices.contains(hint), ids[hint] == selected { return hint }
            if let i = ids.firstIndex(of: selected) { return i }
        }
        return min(max(hint, 0), ids.count - 1)
    }

    /// The selected id as it stands in `ids` (the neighbour when the selected row is gone).
    func current(in ids: [ID]) -> ID? {
        index(in: ids).map { ids[$0] }
    }

    /// Takes new rows: the selection stays on its item (or its neighbour) and in view.
    mutating func keep(in ids: [ID], rows: Int) {
        select(index: index(in: ids) ?? 0, in: ids, rows: rows)
    }

    /// Selects the row at `i` (clamped to the list) and scrolls it into view.
    mutating func select(index i: Int, in ids: [ID], rows: Int) {
        guard !ids.isEmpty else {
            hint = 0
            top = 0
            return
        }
        hint = min(max(i, 0), ids.count - 1)
        selected = ids[hint]
        top = visibleTop(rows: rows, count: ids.count, index: hint)
    }

    /// Selects the row of `id` when the list has it.
    mutating func select(_ id: ID, in ids: [ID], rows: Int) {
        guard let i = ids.firstIndex(of: id) else { return }
        select(index: i, in: ids, rows: rows)
    }

    /// The first row to show in `rows` rows so that row `index` is visible.
    private func visibleTop(rows: Int, count: Int, index: Int) -> Int {
        guard rows > 0, count > rows else { return 0 }
        var t = min(max(top, 0), count - rows)
        if index < t { t = index }
        if index >= t + rows { t = index - rows + 1 }
        return t
    }

    /// The first row shown in `rows` rows.
    func visibleTop(in ids: [ID], rows: Int) -> Int {
        visibleTop(rows: rows, count: ids.count, index: index(in: ids) ?? 0)
    }

    /// Arrow, vim, paging and home/end keys move the selection (paging moves the page and the
    /// selection together, so it never leaves the screen). False for any other key.
    mutating func navigate(_ key: Key, in ids: [ID], rows: Int) -> Bool {
        let i = index(in: ids) ?? 0
        let page = max(1, rows - 1)
        switch key {
        case .down, .char("j"): select(index: i + 1, in: ids, rows: rows)
        case .up, .char("k"): select(index: i - 1, in: ids, rows: rows)
        case .pageDown, .ctrl("f"):
            top = visibleTop(in: ids, rows: rows) + page
            select(index: i + page, in: ids, rows: rows)
        case .pageUp, .ctrl("b"):
            top = visibleTop(in: ids, rows: rows) - page
            select(index: i - page, in: ids, rows: rows)
        case .home, .char("g"): select(index: 0, in: ids, rows: rows)
        case .end, .char("G"): select(index: ids.count - 1, in: ids, rows: rows)
        default: return false
        }
        return true
    }

    /// The wheel moves the selection three rows; a click or double click selects the row
    /// under it and returns its id (nil outside the rows).
    mutating func mouse(_ event: MouseEvent, firstY: Int, in ids: [ID], rows: Int) -> ID? {
        let i = index(in: ids) ?? 0
        switch event.kind {
        case .wheelDown: select(index: i + 3, in: ids, rows: rows)
        case .wheelUp: select(index: i - 3, in: ids, rows: rows)
        case .click, .doubleClick:
            let row = visibleTop(in: ids, rows: rows) + (event.y - firstY)
            guard event.y >= firstY, event.y < firstY + rows, ids.indices.contains(row) else { return nil }
            select(index: row, in: ids, rows: rows)
            return ids[row]
        }
        return nil
    }

    /// Width of the marker column before each row.
    static var marker: Int { 2 }

    /// The column names above the rows, past the marker column: each fitted to its width and
    /// followed by a space, then `last`, which takes the rest of the row.
    static func header(_ columns: [(name: String, width: Int)], last: String, style: Style) -> StyledLine {
        var head = StyledLine()
        head.pad(marker)
        for column in columns {
            head.append(column.name, style, width: column.width)
            head.pad(1)
        }
        head.append(last, style)
        return head
    }

    /// Draws the visible rows from `y`, each as `line(index)` after the marker column; with
    /// `highlight` the selected row has the `▸` marker and shows in reverse video.
    func draw(_ ids: [ID], into grid: inout CellGrid, x: Int, y: Int, width: Int, rows: Int, highlight: Bool = true,
              line: (Int) -> StyledLine) {
        let top = visibleTop(in: ids, rows: rows)
        let chosen = highlight ? index(in: ids) : nil
        for (offset, i) in (top..<min(ids.count, top + rows)).enumerated() {
            var row = StyledLine()
            row.append(i == chosen ? "▸" : "", width: SelectableList.marker)
            row.append(line(i))
            grid.draw(row, x: x, y: y + offset, width: width)
            if i == chosen { grid.restyle(x: x, y: y + offset, count: width) { $0.reverse = true } }
        }
    }

    /// `first–last/count` of the rows shown, when they do not all fit.
    func range(in ids: [ID], rows: Int) -> String? {
        guard ids.count > rows, rows > 0 else { return nil }
        let top = visibleTop(in: ids, rows: rows)
        return "\(top + 1)–\(min(ids.count, top + rows))/\(ids.count)"
    }
}
