import Foundation

/// Runs the built `plandash` binary, as a user would from a shell.
public enum Binary {
    /// The plandash executable SwiftPM built beside the test bundle.
    public static let url: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("plandash"),
            Bundle.main.bundleURL.appendingPathComponent("plandash"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("plandash"),
            TestWorkspace.repo.appendingPathComponent(".build/debug/plandash"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs plandash with arguments (and optional stdin) to completion.
    public static func run(_ args: [String], stdin: String? = nil, cwd: URL? = nil, env: [String: String] = [:]) throws
        -> Result {
        let p = process(args, cwd: cwd, env: env)
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }

    /// The process for plandash with arguments, in `cwd` (default: the repository), without the
    /// plan variables of the environment running the tests.
    public static func process(_ args: [String], cwd: URL? = nil, env: [String: String] = [:]) -> Process {
        let p = Process()
        p.executableURL = url
        p.arguments = args
        var environment = ProcessInfo.processInfo.environment
        environment["PLANDASH_PLAN"] = nil
        environment["PLANDASH_PLANS"] = nil
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        p.currentDirectoryURL = cwd ?? TestWorkspace.repo
        return p
    }

    /// A fresh folder with a `Plans/` copy of the Hunan plan; returns the plan file's URL.
    public static func hunanCopy() throws -> URL {
        try TestWorkspace.hunanCopy(in: TestWorkspace.folder("plandash-cli", subfolder: "Plans"))
    }
}
