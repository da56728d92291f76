/// Scrolling a page of text (help, history) by keys and the mouse wheel, clamped to the content.
enum PageScroll {
    /// The top line after a scrolling key (j k ↑ ↓, PgUp PgDn, Space, Ctrl-F/B, g G, Home End),
    /// or nil when the key does not scroll.
    static func top(after key: Key, from top: Int, page: Int, maxTop: Int) -> Int? {
        let moved: Int
        switch key {
        case .down, .char("j"): moved = top + 1
        case .up, .char("k"): moved = top - 1
        case .pageDown, .ctrl("f"), .char(" "): moved = top + page
        case .pageUp, .ctrl("b"): moved = top - page
        case .home, .char("g"): moved = 0
        case .end, .char("G"): moved = maxTop
        default: return nil
        }
        return min(max(0, moved), maxTop)
    }

    /// The top line after a wheel turn (three lines a notch); clicks leave it.
    static func top(after event: MouseEvent.Kind, from top: Int, maxTop: Int) -> Int {
        switch event {
        case .wheelDown: return min(top + 3, maxTop)
        case .wheelUp: return max(top - 3, 0)
        case .click, .doubleClick: return top
        }
    }
}
