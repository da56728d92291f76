import DashboardCore

/// One glyph to write: its character and style at column `x`, `width` columns wide.
struct PaintGlyph: Equatable {
    var x: Int
    var character: Character
    var style: Style
    var width: Int
}

/// Changed glyphs side by side on row `y`, written left to right from the first one's column.
struct PaintRun: Equatable {
    var y: Int
    var glyphs: [PaintGlyph]

    var x: Int { glyphs[0].x }
}

/// What to write to turn the terminal from the `old` screen into the `new` one, clipped to the
/// terminal's size. Pure: the painter only carries it out.
///
/// - Only glyphs with a changed cell are written; unchanged rows produce nothing.
/// - A run always begins on a glyph's first column: a wide glyph is written whole, continuation
///   cells never start a write, and a changed right half makes its left half part of the run.
///   Since a changed cell in the old screen's wide glyph also changes its left half's glyph,
///   no write begins on the right half of a wide glyph already on the terminal.
/// - A wide glyph that would cross the right edge is written as a space.
/// - The glyph ending in the bottom-right cell is never part of a run (writing there would
///   scroll the terminal); it is `corner`, inserted last with `mvwins_wch`.
struct PaintPlan: Equatable {
    var runs: [PaintRun] = []
    /// The glyph ending in the bottom-right cell, alone in its run, when it has to be painted.
    var corner: PaintRun?

    /// Plans the writes for `new` on a `width`×`height` terminal now showing `old` (nil when
    /// its content is unknown, as after a resize: then everything is written).
    init(from old: CellGrid?, to new: CellGrid, width: Int, height: Int) {
        let known = old.flatMap { $0.width == new.width && $0.height == new.height ? $0 : nil }
        let columns = min(width, new.width)
        for y in 0..<min(height, new.height) {
            if let known, Self.rowsEqual(known, new, y) { continue }
            var run: [PaintGlyph] = []
            var x = 0
            while x < columns {
                let cell = new[x, y]
                if cell.isContinuation { x += 1; continue }
                let wide = x + 1 < new.width && new[x + 1, y].isContinuation
                let span = wide ? 2 : 1
                let glyph = x + span > width
                    ? PaintGlyph(x: x, character: " ", style: cell.style, width: 1)
                    : PaintGlyph(x: x, character: cell.character, style: cell.style, width: span)
                let changed = known.map { Self.changed($0, new, y: y, x: x, span: span) } ?? true
                if !changed {
                    flush(&run, y)
                } else if y == height - 1, x + glyph.width == width {
                    flush(&run, y)
                    corner = PaintRun(y: y, glyphs: [glyph])
                } else {
                    run.append(glyph)
                }
                x += span
            }
            flush(&run, y)
        }
    }

    private mutating func flush(_ run: inout [PaintGlyph], _ y: Int) {
        if !run.isEmpty { runs.append(PaintRun(y: y, glyphs: run)) }
        run = []
    }

    private static func changed(_ old: CellGrid, _ new: CellGrid, y: Int, x: Int, span: Int) -> Bool {
        (x..<min(x + span, new.width)).contains { old[$0, y] != new[$0, y] }
    }

    private static func rowsEqual(_ old: CellGrid, _ new: CellGrid, _ y: Int) -> Bool {
        let row = y * new.width
        return old.cells[row..<(row + new.width)] == new.cells[row..<(row + new.width)]
    }
}
