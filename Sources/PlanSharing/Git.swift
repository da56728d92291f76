import Catalogue
import Foundation

/// Runs `git` in a folder as a subprocess and captures what it prints. Git never asks for a
/// password on the terminal (`GIT_TERMINAL_PROMPT=0`), never opens an editor for a merge, and
/// speaks the user's language: its own Chinese translation (`LANGUAGE=zh_CN` in the always
/// present C.UTF-8 locale) under a Chinese plandash, English otherwise.
struct Git: Sendable {
    let folder: URL
    let executable: URL
    let environment: [String: String]

    /// What one git command did.
    struct Output: Sendable {
        var status: Int32
        var data: Data
        var stderr: String
        var ok: Bool { status == 0 }
        /// Standard output as text, without the final newline.
        var text: String {
            let s = String(decoding: data, as: UTF8.self)
            return s.hasSuffix("\n") ? String(s.dropLast()) : s
        }
    }

    /// Git for a folder; throws `SharingError.gitMissing` when no `git` is on the PATH.
    init(folder: URL, environment: [String: String]) throws {
        guard let found = Git.find(environment["PATH"] ?? "/usr/bin:/bin") else { throw SharingError.gitMissing }
        self.folder = folder
        self.executable = found
        var env = environment
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["GIT_MERGE_AUTOEDIT"] = "no"
        env["LC_ALL"] = "C.UTF-8"
        env["LANGUAGE"] = Language.current == .zh ? "zh_CN" : "en"
        env["PLANDASH_LANG"] = Language.current.rawValue
        self.environment = env
    }

    private static func find(_ path: String) -> URL? {
        path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("git") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `git ARGS`; unless `check` is false, a failure throws `SharingError.gitFailed` with git's words.
    @discardableResult
    func run(_ args: [String], check: Bool = true) throws -> Output {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        p.environment = environment
        p.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch { throw SharingError.gitMissing }
        // Standard error is read on another thread, so neither pipe can fill up and stall git.
        let errorText = ErrorCollector(err.fileHandleForReading)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let output = Output(status: p.terminationStatus, data: data, stderr: errorText.wait())
        if check && !output.ok {
            throw SharingError.gitFailed(command: (["git"] + args).joined(separator: " "),
                output: output.stderr.isEmpty ? output.text : output.stderr)
        }
        return output
    }

    /// The text of `git ARGS`, or nil when git fails (an absent ref or setting).
    func value(_ args: [String]) -> String? {
        guard let out = try? run(args, check: false), out.ok else { return nil }
        return out.text
    }
}

/// Reads a pipe to its end on a background thread.
private final class ErrorCollector: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written before `done` is signalled, read only after.
    private var data = Data()

    init(_ handle: FileHandle) {
        DispatchQueue.global().async { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
