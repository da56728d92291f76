import Foundation
import PlanModel

/// ArgumentParser wraps help text by counting characters; a Chinese character takes two columns,
/// so its lines can run past the terminal. This breaks every line wider than the terminal again
/// by display columns, keeping an option's description in its column.
enum HelpLayout {
    /// The column where ArgumentParser starts an argument's or option's description.
    static let descriptionColumn = 26

    /// `text` with no line wider than `width` columns.
    static func fitted(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { row -> [String] in
            let line = String(row)
            guard DisplayWidth.of(line) > width else { return [line] }
            let prefix = labelPrefix(line)
            let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
            let pieces = DisplayWidth.wrap(String(line.dropFirst(prefix.count)), to: max(20, width - indent.count))
            return pieces.enumerated().map { ($0.offset == 0 ? prefix : indent) + $0.element }
        }.joined(separator: "\n")
    }

    /// The part of a line kept before its wrapped text: an entry's label column, else the
    /// line's indent (an example, a continuation), or nothing for a line of running text.
    private static func labelPrefix(_ line: String) -> String {
        let head = line.prefix(descriptionColumn)
        if head.count == descriptionColumn, head.hasPrefix("  "), head.hasSuffix("  "),
           DisplayWidth.of(head) == descriptionColumn { return String(head) }
        return String(line.prefix { $0 == " " })
    }

    /// The terminal's width as ArgumentParser reads it: `COLUMNS`, else the terminal's, else 80.
    static var terminalWidth: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }
}
