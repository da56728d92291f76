import CNcursesw
import DashboardCore

/// A `Style` as curses draws it: attribute bits and a colour pair.
struct CursesStyle: Equatable {
    var attributes: attr_t
    var pair: Int16
}

/// Maps `Style`s to curses attributes and colour pairs, with or without colour.
///
/// Bold, reverse, dim and underline map to their attributes. With colour, the foreground and
/// background choose a pair (`ColorPairTable`). Without colour (monochrome terminal, `NO_COLOR`,
/// `--no-color`) the screen stays readable: a gray foreground is drawn dim and a coloured
/// background (a bar, a highlight) in reverse video. A gray foreground is also dim when the
/// terminal has no gray.
struct StyleMapper {
    /// nil when drawing without colour.
    private(set) var colors: ColorPairTable?
    private var cache: [Style: CursesStyle] = [:]

    init(colors: ColorPairTable?) {
        self.colors = colors
    }

    /// The attributes and pair for `style`, and a colour pair the caller must define first
    /// when this style is the first to need it.
    mutating func resolve(_ style: Style) -> (style: CursesStyle, newPair: ColorPairTable.Definition?) {
        if let known = cache[style] { return (known, nil) }
        var attributes = pd_a_normal()
        if style.bold { attributes |= pd_a_bold() }
        if style.underline { attributes |= pd_a_underline() }
        var dim = style.dim
        var reverse = style.reverse
        var pair: Int16 = 0
        var newPair: ColorPairTable.Definition?
        if var table = colors {
            if style.fg == .gray, !table.hasGray { dim = true }
            let foreground: Color = style.fg == .gray && !table.hasGray ? .normal : style.fg
            (pair, newPair) = table.pair(foreground: foreground, background: style.bg)
            colors = table
        } else {
            if style.fg == .gray { dim = true }
            if style.bg != .normal { reverse = true }
        }
        if dim { attributes |= pd_a_dim() }
        if reverse { attributes |= pd_a_reverse() }
        let resolved = CursesStyle(attributes: attributes, pair: pair)
        cache[style] = resolved
        return (resolved, newPair)
    }
}
