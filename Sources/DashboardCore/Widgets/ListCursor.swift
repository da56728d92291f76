/// A cursor over a list of rows and the first row shown, so the cursor stays in view.
struct ListCursor: Sendable, Equatable {
    var index = 0
    var top = 0

    /// Moves the cursor to `i`, clamped to the list.
    mutating func select(_ i: Int, count: Int, rows: Int) {
        index = count == 0 ? 0 : min(max(i, 0), count - 1)
        top = visibleTop(rows: rows, count: count)
    }

    /// The first row to show so that the cursor is visible in `rows` rows.
    func visibleTop(rows: Int, count: Int) -> Int {
        guard rows > 0, count > rows else { return 0 }
        var t = min(max(top, 0), count - rows)
        if index < t { t = index }
        if index >= t + rows { t = index - rows + 1 }
        return t
    }

    /// Arrow, vim, paging and home/end keys. Returns false for any other key.
    mutating func navigate(_ key: Key, count: Int, rows: Int) -> Bool {
        let page = max(1, rows - 1)
        switch key {
        case .down, .char("j"): select(index + 1, count: count, rows: rows)
        case .up, .char("k"): select(index - 1, count: count, rows: rows)
        case .pageDown, .ctrl("f"):
            top = visibleTop(rows: rows, count: count) + page
            select(index + page, count: count, rows: rows)
        case .pageUp, .ctrl("b"):
            top = visibleTop(rows: rows, count: count) - page
            select(index - page, count: count, rows: rows)
        case .home, .char("g"): select(0, count: count, rows: rows)
        case .end, .char("G"): select(count - 1, count: count, rows: rows)
        default: return false
        }
        return true
    }

    /// The wheel moves the cursor three rows.
    mutating func wheel(_ kind: MouseEvent.Kind, count: Int, rows: Int) {
        switch kind {
        case .wheelDown: select(index + 3, count: count, rows: rows)
        case .wheelUp: select(index - 3, count: count, rows: rows)
        case .click, .doubleClick: break
        }
    }

    /// The list row under screen row `y` of a list drawn from row `firstY`, if any.
    func row(atY y: Int, firstY: Int, rows: Int, count: Int) -> Int? {
        let i = visibleTop(rows: rows, count: count) + (y - firstY)
        return y >= firstY && y < firstY + rows && i < count ? i : nil
    }
}
