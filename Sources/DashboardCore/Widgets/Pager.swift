import Catalogue

/// A page of lines that scrolls (help, an item's history): keys and the wheel move its top
/// line, always clamped to the content, so every pager scrolls alike.
struct Pager: Sendable, Equatable {
    /// The first line shown.
    private(set) var top = 0

    /// The last possible top line for `lines` lines in `rows` rows.
    static func maxTop(lines: Int, rows: Int) -> Int { max(0, lines - rows) }

    /// Scrolls by a key (j k ↑ ↓, PgUp PgDn, Space, Ctrl-F/B, g G, Home End); false for any other key.
    mutating func handle(_ key: Key, lines: Int, rows: Int) -> Bool {
        let page = max(1, rows - 1)
        let last = Pager.maxTop(lines: lines, rows: rows)
        switch key {
        case .down, .char("j"): top += 1
        case .up, .char("k"): top -= 1
        case .pageDown, .ctrl("f"), .char(" "): top += page
        case .pageUp, .ctrl("b"): top -= page
        case .home, .char("g"): top = 0
        case .end, .char("G"): top = last
        default: return false
        }
        top = min(max(0, top), last)
        return true
    }

    /// The wheel scrolls three lines a notch; clicks leave the page as it is.
    mutating func mouse(_ kind: MouseEvent.Kind, lines: Int, rows: Int) {
        switch kind {
        case .wheelDown: top += 3
        case .wheelUp: top -= 3
        case .click, .doubleClick: break
        }
        top = min(max(0, top), Pager.maxTop(lines: lines, rows: rows))
    }

    /// Keeps the top within the content after it or the rows changed; `stickToEnd` keeps a
    /// page that showed the end showing it (a history growing at the bottom).
    mutating func clamp(lines: Int, rows: Int, stickToEnd: Bool = false) {
        let last = Pager.maxTop(lines: lines, rows: rows)
        top = stickToEnd ? last : min(top, last)
    }

    /// Opens at the end of the content.
    mutating func showEnd(lines: Int, rows: Int) {
        top = Pager.maxTop(lines: lines, rows: rows)
    }

    /// The top line for drawing `lines` lines in `rows` rows.
    func visibleTop(lines: Int, rows: Int) -> Int { min(top, Pager.maxTop(lines: lines, rows: rows)) }

    /// Whether the last line shows.
    func atEnd(lines: Int, rows: Int) -> Bool { top >= Pager.maxTop(lines: lines, rows: rows) }

    /// `行 first–last/count`, the lines shown.
    func position(lines: Int, rows: Int, noun: Message) -> Message {
        let t = visibleTop(lines: lines, rows: rows)
        return noun + .verbatim(" \(min(lines, t + 1))–\(min(lines, t + rows))/\(lines)")
    }
}
