import Foundation
import Testing

/// Compares screen text with a committed file under Golden/; `UPDATE_GOLDEN=1 swift test`
/// rewrites the files instead.
enum Golden {
    static func check(_ lines: [String], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = Fixture.goldenFolder.appendingPathComponent(name)
        let actual = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            do { try actual.write(to: url, atomically: true, encoding: .utf8) } catch {
                Issue.record("cannot write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file Golden/\(name): run UPDATE_GOLDEN=1 swift test --filter GoldenTests", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        Issue.record(Comment(rawValue: diff(expected: expected, actual: actual, name: name)), sourceLocation: sourceLocation)
    }

    /// The rows that differ, expected above actual, between bars so trailing spaces show.
    static func diff(expected: String, actual: String, name: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out = ["screen differs from Golden/\(name) (UPDATE_GOLDEN=1 swift test to accept):"]
        var shown = 0
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? String(e[i]) : "<no row>"
            let al = i < a.count ? String(a[i]) : "<no row>"
            guard el != al else { continue }
            shown += 1
            if shown > 12 {
                out.append("… and more rows")
                break
            }
            out.append("row \(i + 1):")
            out.append("  expected |\(el)|")
            out.append("  actual   |\(al)|")
        }
        return out.joined(separator: "\n")
    }
}
