import CNcursesw
import DashboardCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's terminal under ncurses, set up for a full-screen dashboard: raw keys, no echo,
/// keypad and mouse, hidden cursor, colour when wanted. `close()` restores it exactly.
final class CursesTerminal {
    /// What one `wget_wch` call gave.
    enum Input {
        /// A character (`isKeyCode` false) or a key code (`KEY_CODE_YES`).
        case code(UInt32, isKeyCode: Bool)
        /// `ERR`: the timeout passed, or input is gone.
        case none
    }

    let window: UnsafeMutablePointer<WINDOW>
    /// Colour pairs to use; nil when drawing without colour.
    let colors: ColorPairTable?
    private let screen: OpaquePointer
    private var isOpen = true

    /// Starts ncurses on stdin/stdout. `colors` false (or `NO_COLOR` set, or a terminal without
    /// colour) draws without colour. `inputTimeout` is how long a read waits for a key (ms).
    init(colors wantColors: Bool, inputTimeout: Int32) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        TerminalLocale.setUp()
        let term = getenv("TERM").map { String(cString: $0) }
        guard let screen = newterm(nil, pd_stdout(), pd_stdin()) else {
            throw TerminalError.unknownTerminal(term: term)
        }
        guard pd_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw TerminalError.cannotAddressCursor(term: term ?? "")
        }
        self.screen = screen
        window = pd_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        leaveok(window, true)
        curs_set(0)
        set_escdelay(25)
        wtimeout(window, inputTimeout)
        mousemask(MouseTranslation.mask, nil)
        mouseinterval(MouseTranslation.clickInterval)
        pd_bracketed_paste(1)
        colors = wantColors && !Self.noColorRequested && has_colors() ? Self.startColor() : nil
    }

    /// `NO_COLOR` set to anything but the empty string (https://no-color.org).
    static var noColorRequested: Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }

    private static func startColor() -> ColorPairTable {
        start_color()
        let defaults = use_default_colors() == OK
        return ColorPairTable(colorCount: Int(pd_colors()), pairLimit: Int(pd_color_pairs()), defaultColors: defaults)
    }

    /// The terminal's size in columns and rows.
    var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Waits up to the input timeout for a key.
    func read() -> Input {
        var ch: wint_t = 0
        switch wget_wch(window, &ch) {
        case KEY_CODE_YES: return .code(ch, isKeyCode: true)
        case OK: return .code(ch, isKeyCode: false)
        default: return .none
        }
    }

    /// The pending mouse report as a `MouseEvent` (after `KEY_MOUSE`).
    func mouseEvent() -> MouseEvent? {
        var report = MEVENT()
        guard getmouse(&report) == OK else { return nil }
        return MouseTranslation.event(buttons: report.bstate, x: Int(report.x), y: Int(report.y))
    }

    /// Ctrl-Z: gives the terminal back to the shell as it was (cursor, modes, no mouse or paste
    /// reporting), stops the process, and on `fg` takes the terminal again; the caller repaints.
    func suspend() {
        pd_bracketed_paste(0)
        mousemask(0, nil)
        curs_set(1)
        endwin()
        JobControl.stop()
        wrefresh(window)
        curs_set(0)
        mousemask(MouseTranslation.mask, nil)
        pd_bracketed_paste(1)
    }

    /// Restores the terminal: cursor, modes, mouse reporting, then frees the screen.
    func close() {
        guard isOpen else { return }
        isOpen = false
        pd_bracketed_paste(0)
        mousemask(0, nil)
        curs_set(1)
        endwin()
        delscreen(screen)
    }
}
