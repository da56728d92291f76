import Testing
@testable import TerminalUI

@Suite struct InputEndDetectorTests {
    /// What the detector says after `ERR`s that took these times, in order.
    func verdicts(_ detector: inout InputEndDetector, _ elapsed: [Duration]) -> [Bool] {
        elapsed.map { detector.error(after: $0) }
    }

    @Test func timeoutsNeverEndInput() {
        var detector = InputEndDetector(timeout: .milliseconds(500))
        let results = verdicts(&detector, Array(repeating: .milliseconds(500), count: 100))
        #expect(!results.contains(true))
    }

    @Test func repeatedImmediateErrorsEndInput() {
        var detector = InputEndDetector(timeout: .milliseconds(500), quickErrorLimit: 3)
        #expect(verdicts(&detector, [.zero, .milliseconds(1), .zero]) == [false, false, true])
    }

    @Test func aKeyOrATimeoutStartsTheCountAgain() {
        var detector = InputEndDetector(timeout: .milliseconds(500), quickErrorLimit: 2)
        #expect(verdicts(&detector, [.zero]) == [false])
        detector.input()
        #expect(verdicts(&detector, [.zero, .milliseconds(499), .zero, .zero]) == [false, false, false, true])
    }
}
