import PlanModel

/// Colours a cell may ask for; the backend maps them to the terminal's palette (or ignores them).
public enum Color: UInt8, Sendable, Equatable, CaseIterable {
    case normal, red, green, yellow, blue, magenta, cyan, white, gray
}

/// How a cell is drawn.
public struct Style: Sendable, Equatable, Hashable {
    public var fg: Color
    public var bg: Color
    public var bold: Bool
    public var reverse: Bool
    public var dim: Bool
    public var underline: Bool

    public init(fg: Color = .normal, bg: Color = .normal, bold: Bool = false, reverse: Bool = false, dim: Bool = false,
        underline: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
    }

    public static let plain = Style()
}

/// One terminal cell: a character and its style. The cell right of a wide character is a
/// continuation (`isContinuation`), which backends skip.
public struct Cell: Sendable, Equatable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A grid of cells: what a screen renders into and a backend paints. Writes are clipped to
/// the grid; a wide character never straddles the right edge, and writing over half of a
/// wide character blanks the other half.
public struct CellGrid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` at column `x` of row `y`, clipped to `maxWidth` columns (and the grid).
    /// Returns the column after the last character written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var col = x
        // Nothing that a terminal would act on reaches a cell: controls show as `\e`, `\n`, ….
        for ch in TerminalSafe.text(text) {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > limit { break }
            if col >= 0 { set(ch, x: col, y: y, w: w, style: style) }
            col += w
        }
        return col
    }

    /// Fills `count` columns from `x` with a character (a space by default) in a style.
    public mutating func fill(x: Int, y: Int, count: Int, style: Style = .plain, with ch: Character = " ") {
        guard y >= 0, y < height else { return }
        var col = max(0, x)
        let end = min(width, x + count)
        let w = max(1, DisplayWidth.of(ch))
        while col + w <= end {
            set(ch, x: col, y: y, w: w, style: style)
            col += w
        }
        while col < end { set(" ", x: col, y: y, w: 1, style: style); col += 1 }
    }

    /// Re-styles cells without changing their characters (for highlighting a row).
    public mutating func restyle(x: Int, y: Int, count: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for col in max(0, x)..<min(width, x + count) { change(&cells[y * width + col].style) }
    }

    private mutating func set(_ ch: Character, x: Int, y: Int, w: Int, style: Style) {
        let row = y * width
        // Break up any wide character this write overlaps only in part.
        for col in x..<(x + w) {
            if cells[row + col].isContinuation, col == x, col > 0 {
                cells[row + col - 1] = Cell(" ", style: cells[row + col - 1].style)
            }
            if col == x + w - 1, col + 1 < width, cells[row + col + 1].isContinuation {
                cells[row + col + 1] = Cell(" ", style: cells[row + col + 1].style)
            }
        }
        cells[row + x] = Cell(ch, style: style)
        if w == 2 { cells[row + x + 1] = Cell(" ", style: style, isContinuation: true) }
    }

    /// The grid as plain text lines, each exactly `width` columns (what `render` prints).
    public var lines: [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width {
                let c = cells[y * width + x]
                if !c.isContinuation { s.append(c.character) }
            }
            return s
        }
    }
}
