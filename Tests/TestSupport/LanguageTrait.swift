import Catalogue
import Testing

/// Runs a test, or every test of a suite, with texts in one language whatever the environment's
/// `LANG` or `PLANDASH_LANG`: `@Suite(.language(.zh))` for tests that read Chinese screens.
public struct LanguageTrait: TestTrait, SuiteTrait, TestScoping {
    public let language: Language

    public var isRecursive: Bool { true }

    public func provideScope(for test: Test, testCase: Test.Case?,
        performing function: @Sendable () async throws -> Void) async throws {
        try await Language.$chosen.withValue(language) { try await function() }
    }
}

extension Trait where Self == LanguageTrait {
    /// Texts in `language` while the test runs.
    public static func language(_ language: Language) -> Self { LanguageTrait(language: language) }
}
