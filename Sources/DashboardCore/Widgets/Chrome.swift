import Foundation
import Catalogue
import PlanModel

/// The frame around every screen: the title bar, the subtitle row, the status line and the
/// key bar; and the message shown instead when the terminal is too small.
enum Chrome {
    static func drawHeader(_ header: ScreenHeader, into grid: inout CellGrid, theme: Theme) {
        let bar = theme.style(.titleBar)
        let width = grid.width
        let right = DisplayWidth.truncate(header.right, to: max(0, width / 2))
        let rightWidth = DisplayWidth.of(right)
        var line = StyledLine()
        line.append(" " + header.title, bar, width: max(0, width - rightWidth - 1))
        line.pad(1, bar)
        line.append(right, bar)
        grid.draw(line, x: 0, y: 0, width: width, fill: bar)
        grid.draw(header.subtitle, x: 1, y: 1, width: width - 1)
    }

    /// The status line at row `y` (the row above the key bar): the message, or else `text`. A
    /// message of several lines (git's own words after a failed sync) reads as one, its lines
    /// joined by ` · `.
    static func drawStatus(_ text: String, message: StatusMessage?, at y: Int, into grid: inout CellGrid,
        theme: Theme) {
        if let message {
            let style = message.isError ? theme.style(.error) : theme.style(.heading)
            let oneLine = message.text.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " · ")
            grid.draw(StyledLine(" " + oneLine + " ", style), x: 0, y: y, width: grid.width)
        } else {
            grid.draw(StyledLine(" " + text, theme.style(.label)), x: 0, y: y, width: grid.width)
        }
    }

    /// Key names in reverse video followed by their labels; pairs that do not fit are left out.
    static func drawKeyBar(_ hints: [KeyHint], into grid: inout CellGrid, theme: Theme) {
        var line = StyledLine()
        for hint in hints {
            let keys = hint.keys.text(), label = hint.label.text()
            let need = DisplayWidth.of(keys) + DisplayWidth.of(label) + 3
            if line.width + need > grid.width { break }
            line.append(keys, theme.style(.keyCap))
            line.append(" " + label + "  ")
        }
        grid.draw(line, x: 0, y: grid.height - 1, width: grid.width)
    }

    /// `终端窗口太小 (需要 W×H)`, centred, with the present size below it.
    static func tooSmall(width: Int, height: Int, need: (width: Int, height: Int), theme: Theme) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        let y = max(0, height / 2 - 1)
        grid.putCentered(Message.terminalTooSmall(width: need.width, height: need.height).text(), x: 0, y: y,
            width: width,
            style: theme.style(.heading))
        grid.putCentered(Message.terminalSizeNow(width: width, height: height).text(), x: 0, y: y + 1, width: width,
            style: theme.style(.label))
        return grid
    }
}
