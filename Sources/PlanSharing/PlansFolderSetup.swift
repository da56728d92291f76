import Catalogue
import Foundation
import PlanStore

/// `plandash init`: makes a folder a plans folder shared through git. Creates the repository
/// when the folder is under none, sets the attributes journals need (`merge=union`) and plan
/// files as text, ignores generated reports, and commits. Running it again changes nothing.
public enum PlansFolderSetup {
    /// What `initialize` did.
    public struct Result: Sendable, Equatable {
        /// A new repository was made in the folder (rather than joining the one it is in).
        public var createdRepository = false
        /// Files written or extended: `.gitattributes`, `.gitignore`.
        public var wroteFiles: [String] = []
        /// Files in the commit made, 0 when nothing needed committing.
        public var committedFiles = 0

        /// Whether the folder was already set up and nothing changed.
        public var unchanged: Bool { !createdRepository && wroteFiles.isEmpty && committedFiles == 0 }
    }

    /// Lines `.gitattributes` needs: journals merge line by line, plan files are text with LF ends.
    static let attributeLines = [
        "*.progress.jsonl merge=union text eol=lf", // not a message: a .gitattributes line git reads
        "*.yaml text eol=lf", // not a message: a .gitattributes line git reads
        "*.yml text eol=lf", // not a message: a .gitattributes line git reads
    ]

    /// Lines `.gitignore` needs: reports written beside the plans, and unfinished atomic writes.
    static let ignoreLines = ["*.report-*.md", "*.report-*.html", "*.report-*.csv", "*.report-*.json", ".*.tmp"]

    public static func initialize(folder: URL,
        environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Result {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let folder = try PlansRepository.existingFolder(folder)
        let git = try Git(folder: folder, environment: environment)
        var result = Result()
        if git.value(["rev-parse", "--show-toplevel"]) == nil {
            try git.run(["init", "-q", "-b", "main"])
            result.createdRepository = true
        }
        try refuseConflictingAttributes(git, folder: folder)
        if try addMissing(attributeLines, to: folder.appendingPathComponent(".gitattributes"),
            header: Message.sharingAttributesHeader) {
            result.wroteFiles.append(".gitattributes")
        }
        if try addMissing(ignoreLines, to: folder.appendingPathComponent(".gitignore"),
            header: Message.sharingIgnoreHeader) {
            result.wroteFiles.append(".gitignore")
        }
        try PlansRepository.ensureIdentity(git, user: PlanSession.currentUser(environment))
        try git.run(["add", "-A", "--", "."])
        let staged = (git.value(["diff", "--cached", "--name-only", "--", "."]) ?? "").split(separator: "\n")
        if !staged.isEmpty {
            try git.run(["commit", "-q", "-m", Message.sharingInitCommitMessage.text(), "--", "."])
            result.committedFiles = staged.count
        }
        return result
    }

    /// Refuses a repository whose attributes would merge journals another way than line by line,
    /// or treat journals or plan files as binary.
    private static func refuseConflictingAttributes(_ git: Git, folder: URL) throws {
        let probes = ["plan.progress.jsonl", "plan.yaml"]
        let report = git.value(["check-attr", "merge", "text", "--"] + probes) ?? ""
        for line in report.split(separator: "\n") {
            let parts = line.components(separatedBy: ": ")
            guard parts.count == 3 else { continue }
            let (path, attribute, value) = (parts[0], parts[1], parts[2])
            let journal = path.hasSuffix(".progress.jsonl")
            let bad = (attribute == "merge" && journal && !["union", "unspecified"].contains(value))
                || (attribute == "merge" && !journal && value == "union")
                || (attribute == "text" && value == "unset")
            if bad {
                throw SharingError.attributesConflict(path: PlanFile.displayPath(folder.appendingPathComponent(path)),
                    attribute: attribute, value: value)
            }
        }
    }

    /// Appends the lines a file lacks (creating it under a comment header); true when it wrote.
    private static func addMissing(_ lines: [String], to url: URL, header: Message) throws -> Bool {
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let present = Set(existing.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = lines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return false }
        var text = existing
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        if existing.isEmpty { text += "# " + header.text() + "\n" }
        text += missing.joined(separator: "\n") + "\n"
        try AtomicFile.write(Data(text.utf8), to: url)
        return true
    }
}
