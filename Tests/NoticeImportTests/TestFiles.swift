import Foundation
import NoticeImport
import PlanModel

/// Paths of the repository's files and the test fixtures, found from this source file.
enum TestFiles {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedNotice = packageRoot.appendingPathComponent("Plans/sources/hunan-2019-services.txt")
    static let referencePlan = packageRoot.appendingPathComponent("Plans/hunan-2019-services.yaml")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }
    static func fixture(_ name: String) throws -> String { try text(fixtures.appendingPathComponent(name)) }

    /// Imports text and returns the result, or records why it failed.
    static func imported(_ text: String, id: String? = "test-plan") -> ImportedPlan? {
        switch NoticeImporter.importPlan(text: text, id: id) {
        case .imported(let p): return p
        case .failed: return nil
        }
    }
}
