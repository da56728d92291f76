import CNcursesw
import DashboardCore

/// Colour pairs handed out on first use, one for each foreground/background combination the
/// screens ask for (pair 0 is the terminal's default colours).
struct ColorPairTable {
    /// A pair just handed out, which the caller must define with `init_pair`.
    struct Definition: Equatable {
        var pair: Int16
        var foreground: Int16
        var background: Int16
    }

    /// `COLORS`: 8 on basic terminals, 256 on most.
    let colorCount: Int
    /// `COLOR_PAIRS`: how many pairs the terminal has, pair 0 included.
    let pairLimit: Int
    /// Whether `use_default_colors()` succeeded, so `.normal` can stay the terminal's own colour.
    let defaultColors: Bool

    private var pairs: [Int: Int16] = [:]

    init(colorCount: Int, pairLimit: Int, defaultColors: Bool) {
        self.colorCount = colorCount
        self.pairLimit = min(pairLimit, Int(Int16.max))
        self.defaultColors = defaultColors
    }

    /// Whether the terminal shows `.gray` as a colour of its own (bright black needs 16 colours).
    var hasGray: Bool { colorCount >= 16 }

    /// The pair for `foreground` on `background`, and its definition when it is new. When the
    /// terminal runs out of pairs, later combinations get pair 0.
    mutating func pair(foreground: Color, background: Color) -> (pair: Int16, new: Definition?) {
        if foreground == .normal, background == .normal, defaultColors { return (0, nil) }
        let key = Int(foreground.rawValue) << 8 | Int(background.rawValue)
        if let pair = pairs[key] { return (pair, nil) }
        let next = pairs.count + 1
        guard next < pairLimit else { return (0, nil) }
        let pair = Int16(next)
        pairs[key] = pair
        return (pair, Definition(pair: pair, foreground: number(foreground, background: false),
                                 background: number(background, background: true)))
    }

    /// The curses colour number of `color`: -1 is the terminal's default; without default
    /// colours `.normal` is white on black; without 16 colours a gray background is white
    /// (a gray foreground is drawn dim in the default colour by `StyleMapper`).
    func number(_ color: Color, background: Bool) -> Int16 {
        switch color {
        case .normal: return defaultColors ? -1 : Int16(background ? COLOR_BLACK : COLOR_WHITE)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        case .gray: return hasGray ? 8 : (background ? Int16(COLOR_WHITE) : number(.normal, background: false))
        }
    }
}
