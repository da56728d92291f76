import Foundation
@testable import PlanSharing
import PlanStore
import TestSupport

/// A temporary world of offices sharing one plan through git: a bare remote on a "shared disk"
/// and clones, driven by real git and the real plandash binary. Git reads no global or system
/// config, so the tests do not depend on the machine's.
final class Offices {
    static let plan = "hunan-2019-services"

    let root: URL
    let remote: URL
    let environment: [String: String]

    /// nil (after printing why) when git is not installed.
    static func make() throws -> Offices? {
        guard (try? Git(folder: URL(fileURLWithPath: "/"), environment: ProcessInfo.processInfo.environment)) != nil else {
            print("skipped: git not installed")
            return nil
        }
        return try Offices()
    }

    private init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("plandash-sharing-\(UUID().uuidString)")
        remote = root.appendingPathComponent("remote.git")
        var env = ProcessInfo.processInfo.environment
        env["GIT_CONFIG_GLOBAL"] = "/dev/null"
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["PLANDASH_LANG"] = "zh"
        env["PLANDASH_PLAN"] = nil
        env["PLANDASH_PLANS"] = nil
        environment = env
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git(["init", "-q", "--bare", "-b", "main", remote.path], in: root)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func folder(_ office: String) -> URL { root.appendingPathComponent(office) }
    func planFile(_ office: String) -> URL { folder(office).appendingPathComponent("\(Offices.plan).yaml") }
    func journal(_ office: String) -> Journal { Journal(forPlan: planFile(office)) }

    /// The first office: the Hunan plan in a folder made shareable with `plandash init`, then synced to the remote.
    func founding(_ office: String, user: String) throws {
        try FileManager.default.createDirectory(at: folder(office), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestWorkspace.repo.appendingPathComponent("Plans/\(Offices.plan).yaml"), to: planFile(office))
        _ = try plandash(["init", folder(office).path], as: user).succeeded()
        try git(["remote", "add", "origin", remote.path], in: folder(office))
        _ = try plandash(["sync", folder(office).path], as: user).succeeded()
    }

    /// Another office: a clone of the remote.
    func joining(_ office: String) throws {
        try git(["clone", "-q", remote.path, folder(office).path], in: root)
    }

    @discardableResult
    func git(_ args: [String], in folder: URL) throws -> Git.Output {
        try Git(folder: folder, environment: environment).run(args)
    }

    /// Runs the plandash binary as `user` in the test root, in `language` (`PLANDASH_LANG`).
    func plandash(_ args: [String], as user: String, stdin: String? = nil, language: String = "zh") throws
        -> Binary.Result {
        var env = environment(user)
        env["PLANDASH_LANG"] = language
        return try Binary.run(args, stdin: stdin, cwd: root, env: env)
    }

    /// A plandash process as `user`, not started.
    func process(_ args: [String], as user: String) -> Process {
        Binary.process(args, cwd: root, env: environment(user))
    }

    private func environment(_ user: String) -> [String: String] {
        var env = environment
        env["PLANDASH_USER"] = user
        return env
    }

    /// Runs plandash processes at the same moment; true when every one exited 0.
    func together(_ runs: [(args: [String], user: String)]) throws -> Bool {
        let processes = runs.map { process($0.args, as: $0.user) }
        for p in processes {
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
        }
        for p in processes { p.waitUntilExit() }
        return processes.allSatisfy { $0.terminationStatus == 0 }
    }

    /// Records values in an office with `plandash set --batch` (lines `ID<TAB>VALUE<TAB>NOTE`);
    /// returns the ids of the records plandash acknowledged.
    func set(_ office: String, as user: String, at day: String, _ lines: [String]) throws -> [String] {
        let run = try plandash(["set", planFile(office).path, "--batch", "-", "--at", day], as: user, stdin: lines.joined(separator: "\n") + "\n").succeeded()
        return run.stdout.split(separator: "\n").map { String($0.split(separator: " ").last!) }
    }
}

extension Binary.Result {
    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// The run, or an error with its output when it did not exit 0.
    func succeeded() throws -> Binary.Result {
        guard status == 0 else { throw Failed(description: "plandash exited \(status): \(stdout)\(stderr)") }
        return self
    }
}
