import Foundation
import Testing

/// Compares output with a committed golden file under `Golden/`. With `UPDATE_GOLDEN=1` in
/// the environment it rewrites the file instead. On a mismatch it reports the first differing
/// lines with their numbers, so the change can be read in the test log.
enum GoldenFile {
    static let folder = Fixtures.testsFolder.appendingPathComponent("Golden")

    static func check(_ actual: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("missing golden file Golden/\(name): run UPDATE_GOLDEN=1 swift test --filter PlanReportsTests", sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        Issue.record("Golden/\(name) differs (UPDATE_GOLDEN=1 to accept):\n\(diff(expected, actual))", sourceLocation: sourceLocation)
    }

    /// The lines that differ, as `-` expected / `+` actual with line numbers; at most 20 of them.
    static func diff(_ expected: Data, _ actual: Data) -> String {
        let a = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let b = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(a.count, b.count) {
            let old = i < a.count ? a[i] : nil
            let new = i < b.count ? b[i] : nil
            guard old != new else { continue }
            if let old { out.append("-\(i + 1): \(old)") }
            if let new { out.append("+\(i + 1): \(new)") }
            if out.count >= 40 { out.append("…"); break }
        }
        if a.count != b.count { out.append("(\(a.count) lines expected, \(b.count) produced)") }
        if out.isEmpty { out.append("(same lines; the bytes differ, e.g. line ends or a byte order mark)") }
        return out.joined(separator: "\n")
    }
}
