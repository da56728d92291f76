import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGINT, SIGTERM and SIGHUP while the terminal UI runs: recorded, so the run loop can stop
/// and restore the terminal first, then delivered as they would have been.
enum QuitSignals {
    /// Records the quit signals from now on (instead of dying with the terminal in raw mode).
    /// Installed before ncurses starts, so ncurses keeps its own handlers off them.
    static func record() {
        pd_install_quit_handlers()
    }

    /// The quit signal received since `record()`, if any.
    static var received: Int32? {
        let sig = pd_quit_signal()
        return sig == 0 ? nil : sig
    }

    /// Puts the previous handlers back and, when a quit signal came, raises it again so the
    /// process ends the way its sender asked (call after the terminal is restored).
    static func restoreAndDeliver() {
        let pending = received
        pd_restore_quit_handlers()
        if let pending { raise(pending) }
    }
}
