import Foundation
import PlanStore

/// Where a shared plans folder stands against its remote, as of the last fetch: read from the
/// local repository only (never the network), cheap enough for the dashboard's header.
public struct SharingStatus: Sendable, Equatable {
    /// The remote branch compared with, e.g. `origin/main`.
    public var remote: String
    /// Local commits the remote does not have yet.
    public var ahead: Int
    /// Remote commits (as of the last fetch) not merged here yet.
    public var behind: Int
    /// Whether the folder holds changes not yet committed (new journal lines, an edited plan).
    public var unsynced: Bool
    /// When the remote was last fetched (by sync or by git), if ever.
    public var lastFetch: Date?

    /// The status of the folder holding plans; nil when it is not under git or has no remote
    /// branch to compare with. Runs three local git commands (a few milliseconds); call it
    /// when a plan opens and after a sync, not per frame.
    public static func read(folder: URL,
        environment: [String: String] = ProcessInfo.processInfo.environment) -> SharingStatus? {
        guard let repo = try? PlansRepository(folder: folder, environment: environment),
              let branch = try? repo.branch(), let remote = repo.remote(named: nil, branch: branch) else { return nil }
        let tracking = "refs/remotes/\(remote)/\(branch)"
        guard repo.commit(tracking) != nil,
              let counts = repo.git.value(["rev-list", "--left-right", "--count", "HEAD...\(tracking)"])?
                  .split(whereSeparator: { $0 == "\t" || $0 == " " }).compactMap({ Int($0) }),
                      counts.count == 2 else { return nil }
        let dirty = !(repo.git.value(["status", "--porcelain", "--untracked-files=all", "--", "."]) ?? "").isEmpty
        let fetched = try? FileManager.default.attributesOfItem(atPath: repo.gitDir.appendingPathComponent("FETCH_HEAD")
            .path)[.modificationDate] as? Date
        return SharingStatus(remote: "\(remote)/\(branch)", ahead: counts[0], behind: counts[1], unsynced: dirty,
            lastFetch: fetched)
    }
}
