#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-Z under raw keys: the terminal driver sends no SIGTSTP, so the dashboard stops itself
/// the way the shell's job control expects.
enum JobControl {
    /// Stops the process with SIGTSTP's default action (whatever handler ncurses installed is
    /// set aside meanwhile) and returns when it is continued (`fg`, SIGCONT).
    /// The signal is unblocked meanwhile too: a blocked mask is inherited from whoever started us.
    static func stop() {
        let previous = signal(SIGTSTP, SIG_DFL)
        var stopSignal = sigset_t(), mask = sigset_t()
        sigemptyset(&stopSignal)
        sigaddset(&stopSignal, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &stopSignal, &mask)
        raise(SIGTSTP)
        pthread_sigmask(SIG_SETMASK, &mask, nil)
        signal(SIGTSTP, previous)
    }
}
