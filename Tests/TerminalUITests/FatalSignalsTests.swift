import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import TerminalUI

/// While the terminal UI runs, a trap or crash restores the terminal before the process dies;
/// afterwards the handlers that were there before (Swift's backtracer among them) are back.
@Suite(.serialized) struct FatalSignalsTests {
    static let fatal: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE]

    func handler(_ sig: Int32) -> UnsafeMutableRawPointer? {
        var now = sigaction()
        sigaction(sig, nil, &now)
        return unsafeBitCast(now.__sigaction_handler.sa_handler, to: UnsafeMutableRawPointer?.self)
    }

    @Test func everyFatalSignalRestoresTheTerminalWhileTheUIRuns() {
        let before = Self.fatal.map(handler)
        FatalSignals.restoreTerminalFirst()
        for sig in Self.fatal { #expect(FatalSignals.isHandled(sig), "signal \(sig)") }
        FatalSignals.restorePrevious()
        for sig in Self.fatal { #expect(!FatalSignals.isHandled(sig), "signal \(sig)") }
        #expect(Self.fatal.map(handler) == before)
    }
}
