import PlanModel

/// A one-line text field: the text, and a cursor between its Characters (so a CJK character,
/// or a letter with its accent, moves and deletes as one). The inline value editor and the
/// status-line prompts both use it; it draws into a given number of columns, scrolling
/// sideways to keep the cursor in view.
struct LineEditor: Sendable, Equatable {
    private(set) var characters: [Character]
    /// 0…characters.count: the cursor sits before `characters[cursor]`.
    private(set) var cursor: Int
    /// The whole text is selected, as a field opens on a present value: typing replaces it,
    /// while any other editing key keeps it and edits it.
    private(set) var isSelected: Bool

    /// A field holding `text`, the cursor after its last character, selected when `selected` and not empty.
    init(_ text: String = "", selected: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        isSelected = selected && !text.isEmpty
    }

    var text: String { String(characters) }

    /// Editing keys: typing (and pasting) inserts at the cursor; ←/→, Home/End and Ctrl-A/Ctrl-E move;
    /// Backspace and Delete remove the character before / under the cursor; Ctrl-U clears
    /// before the cursor, Ctrl-K after it. Returns false for any other key.
    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char, .paste:
            if isSelected {
                characters = []
                cursor = 0
            }
        default: break
        }
        isSelected = false
        switch key {
        case .char(let c):
            characters.insert(c, at: cursor)
            cursor += 1
        case .paste(let text):
            characters.insert(contentsOf: text, at: cursor)
            cursor += text.count
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .ctrl("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeSubrange(cursor...)
        default:
            return false
        }
        return true
    }

    /// What shows in `width` columns: the characters from the first one shown, and the
    /// column of the cursor within the field. The window starts at the first character unless
    /// the cursor would then fall past the right edge; then it starts just far enough along
    /// that the cursor (one column past the end when at the end) is the last thing in view.
    func window(width: Int) -> (first: Int, cursorColumn: Int) {
        let cursorWidth = cursor < characters.count ? max(1, DisplayWidth.of(characters[cursor])) : 1
        let before = characters[..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        if before + cursorWidth <= width { return (0, before) }
        var first = cursor
        var used = cursorWidth
        while first > 0, used + DisplayWidth.of(characters[first - 1]) <= width {
            first -= 1
            used += DisplayWidth.of(characters[first])
        }
        return (first, used - cursorWidth)
    }

    /// Draws the field at (x, y), exactly `width` columns: the visible text in `style` (or in
    /// `selection` when the whole text is shown selected), the cell (or wide glyph) under the
    /// cursor in `cursorStyle`, the rest blank in `style`.
    func draw(into grid: inout CellGrid, x: Int, y: Int, width: Int, style: Style, cursorStyle: Style,
        selection: Style? = nil) {
        guard width > 0 else { return }
        let textStyle = selection ?? style
        let (first, cursorColumn) = window(width: width)
        grid.fill(x: x, y: y, count: width, style: style)
        var col = x
        var i = first
        while i < characters.count {
            let w = DisplayWidth.of(characters[i])
            if col + w > x + width { break }
            col = grid.put(String(characters[i]), x: col, y: y, style: i == cursor ? cursorStyle : textStyle,
                maxWidth: x + width - col)
            i += 1
        }
        if cursor == characters.count {
            grid.put(" ", x: x + cursorColumn, y: y, style: cursorStyle, maxWidth: x + width - (x + cursorColumn))
        }
    }
}
