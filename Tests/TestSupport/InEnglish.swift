import Catalogue
import Testing

/// Runs a test, or every test of a suite, with texts in English (`Language.$chosen`), for tests
/// that assert today's English wording of messages made in-process.
public struct InEnglish: TestTrait, SuiteTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func provideScope(for test: Test, testCase: Test.Case?,
        performing function: @Sendable () async throws -> Void) async throws {
        try await Language.$chosen.withValue(.en) { try await function() }
    }
}

extension Trait where Self == InEnglish {
    /// Texts in English for this test or suite.
    public static var inEnglish: InEnglish { InEnglish() }
}
