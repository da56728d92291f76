import CNcursesw
import DashboardCore

/// Paints `CellGrid`s on the terminal, writing only the glyphs that changed since the last one
/// (see `PaintPlan`), with the wide-character curses calls.
final class Painter {
    private let terminal: CursesTerminal
    private var styles: StyleMapper
    private var previous: CellGrid?
    private var previousSize: (width: Int, height: Int)?

    init(terminal: CursesTerminal) {
        self.terminal = terminal
        styles = StyleMapper(colors: terminal.colors)
    }

    /// Forgets what is on the terminal: the next paint clears it and writes every cell
    /// (after a resize).
    func invalidate() {
        previous = nil
    }

    /// Paints `grid` on the terminal of `size` and shows it.
    func paint(_ grid: CellGrid, size: (width: Int, height: Int)) {
        let window = terminal.window
        if previousSize.map({ $0 != size }) ?? true { previous = nil }
        if previous == nil {
            werase(window)
            clearok(window, true)
        }
        let plan = PaintPlan(from: previous, to: grid, width: size.width, height: size.height)
        for run in plan.runs {
            for glyph in run.glyphs {
                for (offset, var cell) in cells(glyph).enumerated() {
                    mvwadd_wch(window, Int32(run.y), Int32(glyph.x + offset), &cell)
                }
            }
        }
        if let corner = plan.corner, let glyph = corner.glyphs.first {
            // Inserting pushes the old content off the edge instead of moving the cursor past
            // the bottom-right cell (which would scroll): the last cell goes in first.
            for var cell in cells(glyph).reversed() {
                mvwins_wch(window, Int32(corner.y), Int32(glyph.x), &cell)
            }
        }
        wnoutrefresh(window)
        doupdate()
        previous = grid
        previousSize = size
    }

    /// The curses cells for a glyph: one, or as many spaces as the glyph is wide when curses
    /// would measure its character differently from the screen (a control character, an emoji
    /// the C library counts as narrow), so it cannot shift the rest of the row.
    private func cells(_ glyph: PaintGlyph) -> [cchar_t] {
        let (style, newPair) = styles.resolve(glyph.style)
        if let p = newPair { init_pair(p.pair, p.foreground, p.background) }
        let scalars = glyph.character.unicodeScalars.prefix(Int(CCHARW_MAX) - 1).map { wchar_t(bitPattern: $0.value) }
        guard let first = scalars.first, pd_wcwidth(first) == glyph.width else {
            return Array(repeating: cell([0x20], style), count: glyph.width)
        }
        return [cell(scalars, style)]
    }

    private func cell(_ scalars: [wchar_t], _ style: CursesStyle) -> cchar_t {
        var cell = cchar_t()
        setcchar(&cell, scalars + [0], style.attributes, style.pair, nil)
        return cell
    }
}
