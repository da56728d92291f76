import Foundation
import PlanStore

/// A plans folder under git: its repository, who commits in it, which remote it shares with.
struct PlansRepository {
    let folder: URL
    let git: Git
    /// The repository's `.git` folder (for the sync lock and to see a merge in progress).
    let gitDir: URL
    /// The top of the working tree (the plans folder itself after `plandash init`).
    let root: URL

    /// The repository holding `folder`; throws when the folder is missing or not under git.
    init(folder: URL, environment: [String: String]) throws {
        self.folder = try PlansRepository.existingFolder(folder)
        git = try Git(folder: self.folder, environment: environment)
        guard let top = git.value(["rev-parse", "--show-toplevel"]), let dir = git.value(["rev-parse",
            "--absolute-git-dir"]) else {
            throw SharingError.notARepository(folder: PlanFile.displayPath(folder))
        }
        root = URL(fileURLWithPath: top)
        gitDir = URL(fileURLWithPath: dir)
    }

    static func existingFolder(_ folder: URL) throws -> URL {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else {
            throw SharingError.notAFolder(path: PlanFile.displayPath(folder))
        }
        return folder.standardizedFileURL
    }

    /// Gives this repository (never the user's global config) a committer when git knows none:
    /// the plandash user, so commits say who recorded what.
    static func ensureIdentity(_ git: Git, user: String) throws {
        if git.value(["config", "user.name"])?.isEmpty ?? true { try git.run(["config", "user.name", user]) }
        if git.value(["config", "user.email"])?.isEmpty ?? true { try git.run(["config", "user.email",
            "\(user)@plandash.invalid"]) }
    }

    /// The branch HEAD is on.
    func branch() throws -> String {
        guard let name = git.value(["symbolic-ref", "--short", "-q", "HEAD"]),
            !name.isEmpty else { throw SharingError.detachedHead }
        return name
    }

    /// The remote to share with: the one named, else the branch's upstream remote, else
    /// `origin`, else the only remote; nil when the repository has none.
    func remote(named: String?, branch: String) -> String? {
        if let named { return named }
        if let upstream = git.value(["config", "branch.\(branch).remote"]), !upstream.isEmpty { return upstream }
        let remotes = (git.value(["remote"]) ?? "").split(separator: "\n").map(String.init)
        if remotes.contains("origin") { return "origin" }
        return remotes.count == 1 ? remotes[0] : nil
    }

    /// The journals in the plans folder, by name.
    func journals() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".progress.jsonl") && !$0.hasPrefix(".") }.sorted()
    }

    /// The journals a commit holds in the plans folder, by name.
    func journals(at rev: String) -> [String] {
        let listed = git.value(["ls-tree", "--name-only", rev, "--", "."]) ?? ""
        return listed.split(separator: "\n").map { String($0.split(separator: "/").last ?? $0) }
            .filter { $0.hasSuffix(".progress.jsonl") }
    }

    /// A file of the plans folder as a commit holds it; nil when it holds none.
    func show(_ rev: String, _ name: String) -> Data? {
        guard let out = try? git.run(["show", "\(rev):./\(name)"], check: false), out.ok else { return nil }
        return out.data
    }

    /// Whether a merge waits to be finished by hand.
    var mergeInProgress: Bool { FileManager.default.fileExists(atPath: gitDir.appendingPathComponent("MERGE_HEAD")
        .path) }

    /// The commit a ref names, or nil.
    func commit(_ ref: String) -> String? { git.value(["rev-parse", "--verify", "-q", ref + "^{commit}"]) }

    /// Whether git would merge the folder's journals line by line.
    func journalsMergeByUnion() -> Bool {
        git.value(["check-attr", "merge", "--", "plan.progress.jsonl"])?.hasSuffix(": merge: union") ?? false
    }
}
