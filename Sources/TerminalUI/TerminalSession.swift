import DashboardCore

/// The full-screen terminal UI: starts ncurses, paints what `render` draws, feeds keys to
/// `handle`, and restores the terminal when it ends, however it ends.
public enum TerminalSession {
    /// Runs the terminal UI until `handle` returns false, Ctrl-C is pressed, input goes away,
    /// or SIGINT/SIGTERM/SIGHUP arrives. Ctrl-Z suspends it (the shell's prompt comes back) until
    /// `fg`, which repaints it at the terminal's size then.
    ///
    /// Paints `render(width, height)` at once, then for each key (a resize is the key
    /// `.resize(width:height:)`, a mouse event `.mouse`) calls `handle` and paints again; only
    /// cells that changed reach the terminal. About every `tickMilliseconds` (also while keys
    /// keep coming) it calls `tick`, and repaints when `tick` returns true.
    ///
    /// - Parameter colors: false draws without colour (as does `NO_COLOR` or a monochrome terminal).
    /// - Throws: `TerminalError` when stdin/stdout is not a terminal or `TERM` is unknown (before
    ///   the screen is touched), or what a closure throws (after the terminal is restored).
    ///   After a quit signal the terminal is restored and the signal delivered again.
    public static func run(colors: Bool,
                           tickMilliseconds: Int = 500,
                           render: (_ width: Int, _ height: Int) throws -> CellGrid,
                           handle: (Key) throws -> Bool,
                           tick: () throws -> Bool) throws {
        QuitSignals.record()
        defer { QuitSignals.restoreAndDeliver() }
        FatalSignals.restoreTerminalFirst()
        defer { FatalSignals.restorePrevious() }
        let terminal = try CursesTerminal(colors: colors, inputTimeout: Int32(tickMilliseconds))
        defer { terminal.close() }
        let painter = Painter(terminal: terminal)
        func paint() throws {
            let size = terminal.size
            painter.paint(try render(size.width, size.height), size: size)
        }

        let clock = ContinuousClock()
        let interval = Duration.milliseconds(tickMilliseconds)
        var inputEnd = InputEndDetector(timeout: interval)
        var lastTick = clock.now
        var paste = PasteCollector()
        try paint()
        while QuitSignals.received == nil {
            let asked = clock.now
            switch terminal.read() {
            case .none:
                if inputEnd.error(after: clock.now - asked) { return }
            case .code(let code, let isKeyCode):
                inputEnd.input()
                let key: Key?
                switch paste.take(code: code, isKeyCode: isKeyCode) {
                case .collected: key = nil
                case .pasted(let text): key = .paste(text)
                case .key: key = KeyTranslation.key(code: code, isKeyCode: isKeyCode, size: { terminal.size },
                    mouse: terminal.mouseEvent)
                }
                if let key {
                    if key == .ctrl("c") { return }
                    if key == .ctrl("z") {
                        terminal.suspend()
                        painter.invalidate()
                        let size = terminal.size
                        _ = try handle(.resize(width: size.width, height: size.height))
                        try paint()
                        continue
                    }
                    if case .resize = key { painter.invalidate() }
                    guard try handle(key) else { return }
                    try paint()
                }
            }
            if clock.now - lastTick >= interval {
                lastTick = clock.now
                if try tick() { try paint() }
            }
        }
    }
}
