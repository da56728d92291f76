import CNcursesw

/// SIGILL, SIGTRAP, SIGSEGV, SIGABRT, SIGBUS and SIGFPE while the terminal UI runs: a Swift
/// trap or a crash restores the terminal first, then dies as it would have (the previous
/// handler, Swift's backtrace among them, runs on the raised signal), instead of leaving the
/// terminal in raw mode.
enum FatalSignals {
    /// Restores the terminal before any fatal signal from now on.
    static func restoreTerminalFirst() {
        pd_install_fatal_handlers()
    }

    /// Puts the previous handlers back (call when the terminal is restored).
    static func restorePrevious() {
        pd_restore_fatal_handlers()
    }

    /// Whether a fatal signal restores the terminal first right now.
    static func isHandled(_ signal: Int32) -> Bool {
        pd_fatal_handler_installed(signal) != 0
    }
}
