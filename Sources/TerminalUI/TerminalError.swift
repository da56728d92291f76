/// Why the terminal UI cannot start. Each description is one line for stderr.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (a pipe, a file, /dev/null).
    case notATerminal
    /// ncurses does not know the terminal type in `$TERM` (nil: `TERM` is not set).
    case unknownTerminal(term: String?)
    /// The terminal type cannot move the cursor (`TERM=dumb`), so it cannot show a full screen.
    case cannotAddressCursor(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "plandash: not a terminal (stdin/stdout must be a TTY); try plandash render or plandash summary"
        case .unknownTerminal(let term?):
            return """
                plandash: cannot start the terminal UI: unknown terminal type TERM=\(term); set TERM (e.g. \
                TERM=xterm-256color) or try plandash render or plandash summary
                """
        case .cannotAddressCursor(let term):
            return """
                plandash: cannot start the terminal UI: terminal type TERM=\(term) cannot move the cursor; use a full \
                terminal or try plandash render or plandash summary
                """
        case .unknownTerminal(nil):
            return """
                plandash: cannot start the terminal UI: TERM is not set; set TERM (e.g. TERM=xterm-256color) or try \
                plandash render or plandash summary
                """
        }
    }
}
