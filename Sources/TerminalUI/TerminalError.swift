import Catalogue

/// Why the terminal UI cannot start. Each description is one line for stderr.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (a pipe, a file, /dev/null).
    case notATerminal
    /// ncurses does not know the terminal type in `$TERM` (nil: `TERM` is not set).
    case unknownTerminal(term: String?)
    /// The terminal type cannot move the cursor (`TERM=dumb`), so it cannot show a full screen.
    case cannotAddressCursor(term: String)

    public var message: Message {
        switch self {
        case .notATerminal: return .terminalNotATerminal
        case .unknownTerminal(let term?): return .terminalUnknown(term)
        case .cannotAddressCursor(let term): return .terminalCannotAddressCursor(term)
        case .unknownTerminal(nil): return .terminalTermNotSet
        }
    }

    public var description: String { message.text() }
}
