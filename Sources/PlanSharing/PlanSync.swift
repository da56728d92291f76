import Catalogue
import Foundation
import PlanModel
import PlanStore

/// `plandash sync`: commits the plans folder's new journal lines, merges what the remote holds
/// (journals line by line, `merge=union`), checks that no record was lost, doubled or torn,
/// and pushes. Returns what happened as a `SyncReport`; throws a `SharingError` when it cannot.
public struct PlanSync: Sendable {
    public let folder: URL
    /// The remote to share with; nil picks the branch's upstream, `origin`, or the only remote.
    public let remote: String?
    public let environment: [String: String]

    public init(folder: URL, remote: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.folder = folder
        self.remote = remote
        self.environment = environment
    }

    /// How often a push rejected because another office pushed meanwhile is fetched, merged and tried again.
    static let attempts = 5

    public func run(progress: (SyncStep) -> Void = { _ in }) throws -> SyncReport {
        let repo = try PlansRepository(folder: folder, environment: environment)
        let lock = SyncLock(repo)
        defer { withExtendedLifetime(lock) {} }
        guard !repo.mergeInProgress else { throw SharingError.mergeInProgress(root: PlanFile.displayPath(repo.root)) }
        guard repo.journalsMergeByUnion() else { throw SharingError.journalsNotUnion(folder: PlanFile.displayPath(
            repo.folder)) }
        let user = PlanSession.currentUser(environment)
        try PlansRepository.ensureIdentity(repo.git, user: user)
        let branch = try repo.branch()
        let scratch = try Scratch()

        progress(.committing)
        var report = SyncReport(outcome: .noRemote)
        try commitLocal(repo, user: user, scratch: scratch, into: &report)
        guard let remote = repo.remote(named: remote, branch: branch) else { return report }
        report.outcome = .synced(remote: "\(remote)/\(branch)")
        let tracking = "refs/remotes/\(remote)/\(branch)"
        var lastSeen: String?
        for attempt in 1...PlanSync.attempts {
            progress(.fetching)
            try repo.git.run(["fetch", "-q", remote])
            let theirs = repo.commit(tracking)
            if let theirs, repo.git.value(["merge-base", "--is-ancestor", theirs, "HEAD"]) == nil {
                // Records appended meanwhile (by a dashboard or plandash set) go in first: git refuses
                // to merge into a journal with changes not committed.
                if repo.git.value(["status", "--porcelain", "--", "."]) != "" {
                    try commitLocal(repo, user: user, scratch: scratch, into: &report)
                }
                progress(.merging)
                if let conflict = try merge(repo, theirs: theirs, ref: tracking, remoteName: "\(remote)/\(branch)",
                    scratch: scratch,
                                            into: &report, progress: progress) {
                    report.outcome = conflict
                    return report
                }
            }
            progress(.pushing)
            let push = try repo.git.run(["push", "-q", remote, "HEAD:refs/heads/\(branch)"], check: false)
            if push.ok {
                if repo.git.value(["config", "branch.\(branch).remote"]) == nil {
                    try repo.git.run(["branch", "-q", "--set-upstream-to=\(remote)/\(branch)"], check: false)
                }
                return report
            }
            // Rejected: another office pushed in between. Merge its work and try again, unless the
            // remote did not move (then the refusal is something else, and git's words say what).
            try repo.git.run(["fetch", "-q", remote])
            let moved = repo.commit(tracking)
            if attempt == PlanSync.attempts || moved == theirs || moved == lastSeen {
                let command = "git push \(remote) HEAD:\(branch)" // not a message: the git command line
                throw SharingError.gitFailed(command: command, output: push.stderr)
            }
            lastSeen = theirs
        }
        return report
    }

    /// Makes every journal end with a newline, then commits the folder (journals and plan files)
    /// with a message naming who, how many records, which plans; adds what it committed to the report.
    private func commitLocal(_ repo: PlansRepository, user: String, scratch: Scratch,
        into report: inout SyncReport) throws {
        var committed: [SyncReport.PlanRecords] = []
        for name in repo.journals() {
            let url = repo.folder.appendingPathComponent(name)
            try PlanSync.endWithNewline(url)
            let known = try repo.show("HEAD", name).map { try JournalContents($0, scratch: scratch).ids } ?? []
            let now = try JournalContents((try? Data(contentsOf: url)) ?? Data(), scratch: scratch)
            let new = now.records.filter { !known.contains($0.id) }
            if !new.isEmpty {
                committed.append(.init(plan: PlanSync.planID(name), count: new.count,
                    users: PlanSync.distinct(new.map(\.user))))
            }
        }
        try repo.git.run(["add", "-A", "--", "."])
        let staged = (repo.git.value(["diff", "--cached", "--name-only", "--relative", "--", "."]) ?? "")
            .split(separator: "\n").map(String.init)
        let planFiles = staged.filter { !$0.hasSuffix(".progress.jsonl") }
        report.committed = PlanSync.combined(report.committed + committed)
        report.committedFiles = PlanSync.distinct(report.committedFiles + planFiles)
        guard !staged.isEmpty else { return }
        let message = Message.sharingCommitMessage(user: user, records: committed.reduce(0) { $0 + $1.count },
                                                   plans: committed.map(\.plan), files: planFiles)
        try repo.git.run(["commit", "-q", "-m", message.text(), "--", "."])
    }

    /// Merges the remote's commit. A conflict (a plan file changed on both sides) is undone and
    /// returned; a merge that lost, doubled or tore records is undone and thrown. Glued or
    /// repeated lines are mended in a commit of their own.
    private func merge(_ repo: PlansRepository, theirs: String, ref: String, remoteName: String, scratch: Scratch,
                       into report: inout SyncReport, progress: (SyncStep) -> Void) throws -> SyncReport.Outcome? {
        guard let before = repo.commit("HEAD") else { throw SharingError.detachedHead }
        let names = Set(repo.journals(at: before)).union(repo.journals(at: theirs)).sorted()
        let inputs = try names.map { name in
            (ours: try JournalContents(repo.show(before, name) ?? Data(), scratch: scratch),
             theirs: try JournalContents(repo.show(theirs, name) ?? Data(), scratch: scratch))
        }
        let merge = try repo.git.run(["merge", "--no-edit", "-q", "-m",
            Message.sharingMergeCommitMessage(remoteName).text(), ref], check: false)
        if !merge.ok {
            guard repo.mergeInProgress else {
                throw SharingError.gitFailed(command: "git merge \(remoteName)", // not a message: git command line
                    output: merge.stderr.isEmpty ? merge.text : merge.stderr)
            }
            let files = (repo.git.value(["diff", "--name-only",
                "--diff-filter=U"]) ?? "").split(separator: "\n").map(String.init)
            try repo.git.run(["merge", "--abort"])
            return .conflict(remote: remoteName, files: files, commands: PlanSync.resolution(root: repo.root,
                remote: remoteName, files: files))
        }
        progress(.checking)
        var mendedFiles: [String] = []
        var arrived: [SyncReport.ArrivedRecord] = []
        for (name, input) in zip(names, inputs) {
            let url = repo.folder.appendingPathComponent(name)
            var merged = try JournalContents((try? Data(contentsOf: url)) ?? Data(), scratch: scratch)
            let known = Set(input.ours.damaged + input.theirs.damaged)
            if let fix = merged.mended(keeping: known, scratch: scratch) {
                try AtomicFile.write(fix.data, to: url)
                merged = try JournalContents(fix.data, scratch: scratch)
                mendedFiles.append(name)
                if fix.split + fix.doubled > 0 {
                    report.mended.append(.init(plan: PlanSync.planID(name), gluedLinesSplit: fix.split,
                        repeatedLinesDropped: fix.doubled))
                }
            }
            let lost = input.ours.ids.union(input.theirs.ids).subtracting(merged.ids).count
            let ourCounts = input.ours.idCounts, theirCounts = input.theirs.idCounts
            let doubled = merged.idCounts.filter { $0.value > max(ourCounts[$0.key, default: 0], theirCounts[$0.key,
                default: 0], 1) }.count
            let torn = merged.damaged.filter { !known.contains($0) }.count + doubled
            if lost > 0 || torn > 0 {
                if !mendedFiles.isEmpty { try repo.git.run(["checkout", "-q", "--"] + mendedFiles) }
                try repo.git.run(["reset", "-q", "--keep", before])
                throw SharingError.mergeDamaged(journal: PlanFile.displayPath(url), lost: lost, torn: torn)
            }
            arrived += merged.records.filter { !input.ours.ids.contains($0.id) }
                .map { .init(plan: PlanSync.planID(name), record: $0) }
        }
        report.arrivedRecords += arrived
        if !mendedFiles.isEmpty {
            try repo.git.run(["add", "--"] + mendedFiles)
            try repo.git.run(["commit", "-q", "-m",
                Message.sharingMendCommitMessage(mendedFiles.map(PlanSync.planID)).text(), "--"] + mendedFiles)
        }
        let changed = (repo.git.value(["diff", "--name-only", "--relative", before, "HEAD", "--",
            "."]) ?? "").split(separator: "\n").map(String.init)
        report.changedFiles = PlanSync.distinct(report.changedFiles + changed)
        report.unloadable = PlanSync.unloadablePlans(repo.folder)
        return nil
    }

    /// Replays every plan of the folder as plandash will: plans whose file no longer loads.
    private static func unloadablePlans(_ folder: URL) -> [SyncReport.PlanProblem] {
        PlanLocator(folder: folder).planFiles().compactMap { url in
            do {
                _ = try PlanSession(url: url)
                return nil
            } catch {
                let first = Message.reason(for: error).text().split(separator: "\n").first.map(String.init) ?? ""
                return .init(plan: url.deletingPathExtension().lastPathComponent, problem: first)
            }
        }
    }

    /// The shell lines that finish a conflicted merge by hand; the files are edited between the
    /// merge (second line) and the add (third).
    static func resolution(root: URL, remote: String, files: [String]) -> [String] {
        let quoted = files.map(shellQuoted).joined(separator: " ")
        return ["cd \(shellQuoted(root.path))", "git merge \(shellQuoted(remote))", // not a message: shell commands
                "git add \(quoted)", "git commit --no-edit", "plandash sync"] // not a message: shell commands
    }

    static func shellQuoted(_ s: String) -> String {
        s.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) } ? s : "'" + s.replacingOccurrences(of: "'",
            with: "'\\''") + "'"
    }

    /// Appends a newline to a journal whose last line lacks one (a single O_APPEND write, safe
    /// beside a plandash appending at the same time), so no merged line can be glued to it.
    static func endWithNewline(_ url: URL) throws {
        guard let data = try? Data(contentsOf: url), !JournalContents.endsWithNewline(data) else { return }
        let fd = open(url.path, O_WRONLY | O_APPEND)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var newline: UInt8 = 0x0A
        _ = write(fd, &newline, 1)
        _ = fsync(fd)
    }

    /// Committed records added up per plan.
    static func combined(_ all: [SyncReport.PlanRecords]) -> [SyncReport.PlanRecords] {
        var out: [SyncReport.PlanRecords] = []
        for r in all {
            if let i = out.firstIndex(where: { $0.plan == r.plan }) {
                out[i].count += r.count
                out[i].users = distinct(out[i].users + r.users)
            } else {
                out.append(r)
            }
        }
        return out
    }

    static func planID(_ journalName: String) -> String { String(journalName.dropLast(".progress.jsonl".count)) }

    static func distinct(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
