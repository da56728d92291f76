import Foundation
import Testing

/// A folder of committed golden files that output is compared with, byte for byte.
/// `UPDATE_GOLDEN=1 swift test` rewrites the files instead. A mismatch is reported with the
/// rows that differ, between bars so trailing spaces show.
public struct GoldenFolder: Sendable {
    public let url: URL

    /// The `Golden` folder beside the calling file.
    public init(besides filePath: String = #filePath) {
        url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// Screen or report lines, each ended by a line break.
    public func check(lines: [String], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        check(Data((lines.joined(separator: "\n") + "\n").utf8), name, sourceLocation: sourceLocation)
    }

    public func check(_ actual: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = url.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            do { try actual.write(to: file) } catch {
                Issue.record("cannot write \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? Data(contentsOf: file) else {
            Issue.record("missing golden file Golden/\(name): run UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let text = Self.diff(expected: String(decoding: expected, as: UTF8.self), actual: String(decoding: actual, as: UTF8.self),
                             name: name)
        Issue.record(Comment(rawValue: text), sourceLocation: sourceLocation)
    }

    /// The rows that differ, expected above actual, between bars so trailing spaces show; at most 12.
    public static func diff(expected: String, actual: String, name: String) -> String {
        // By scalars, so CRLF rows (CSV) split too; a CR shows before the closing bar.
        let e = rows(expected), a = rows(actual)
        var out = ["Golden/\(name) differs (UPDATE_GOLDEN=1 swift test to accept):"]
        var shown = 0
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? e[i] : "<no row>"
            let al = i < a.count ? a[i] : "<no row>"
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
        if e.count != a.count { out.append("(\(e.count) rows expected, \(a.count) produced)") }
        if shown == 0 { out.append("(same rows; the bytes differ, e.g. line ends or a byte order mark)") }
        return out.joined(separator: "\n")
    }

    private static func rows(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    }
}
