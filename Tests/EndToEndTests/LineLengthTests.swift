import Foundation
import TestSupport
import Testing

/// Every line of every Swift file under Sources fits the line length `.ci/swift-format.json`
/// sets, counted in characters as an editor counts columns of code.
@Suite struct LineLengthTests {
    @Test func sourceLinesFitTheConfiguredLength() throws {
        let config = TestWorkspace.repo.appendingPathComponent(".ci/swift-format.json")
        let settings = try JSONSerialization.jsonObject(with: Data(contentsOf: config)) as? [String: Any]
        let limit = try #require(settings?["lineLength"] as? Int)
        let sources = TestWorkspace.repo.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 100)
        var long: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() where line.count > limit {
                long.append("\(file.path.dropFirst(sources.path.count + 1)):\(index + 1): \(line.count) columns")
            }
        }
        #expect(long.isEmpty, "lines over \(limit) columns:\n\(long.joined(separator: "\n"))")
    }
}
