import Foundation

/// How a plan file names the notice it was imported from.
public enum NoticeSource {
    /// The notice's path relative to the plan file's folder (`sources/x.txt`, `../notices/x.docx`),
    /// so the plan and its notice can move together.
    public static func relativePath(of notice: URL, from plan: URL) -> String {
        let from = plan.deletingLastPathComponent().standardizedFileURL.pathComponents
        let to = notice.standardizedFileURL.pathComponents
        var shared = 0
        while shared < from.count, shared < to.count, from[shared] == to[shared] { shared += 1 }
        let parts = Array(repeating: "..", count: from.count - shared) + to[shared...]
        return parts.joined(separator: "/")
    }
}
