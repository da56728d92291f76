import Foundation
import TestSupport

/// Runs the built `plandash` in a subprocess under resource limits (`ulimit -v` for memory,
/// `ulimit -t` for CPU seconds), so a runaway ends in a refusal the test sees instead of
/// taking the machine; output goes to files, so no pipe can fill and stall it.
enum Plandash {
    struct Run {
        var status: Int32
        /// Ended by a signal (a crash, or a limit reached) rather than by exiting.
        var crashed: Bool
        var stdout: String
        var stderr: String
        var all: String { stdout + stderr }
    }

    /// Runs plandash with `args` in `dir`, limited to `memoryMB` of address space and `cpuSeconds`.
    static func run(_ args: [String], in dir: URL, memoryMB: Int = 400, cpuSeconds: Int = 30, stdin: String = "",
                    env: [String: String] = [:]) throws -> Run {
        let outURL = dir.appendingPathComponent(".out-\(UUID().uuidString)")
        let errURL = dir.appendingPathComponent(".err-\(UUID().uuidString)")
        let inURL = dir.appendingPathComponent(".in-\(UUID().uuidString)")
        try Data(stdin.utf8).write(to: inURL)
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { for u in [outURL, errURL, inURL] { try? FileManager.default.removeItem(at: u) } }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "ulimit -v \(memoryMB * 1024); ulimit -t \(cpuSeconds); exec \"$0\" \"$@\"", Binary.url.path] + args
        var environment = ProcessInfo.processInfo.environment
        environment["PLANDASH_PLAN"] = nil
        environment["PLANDASH_PLANS"] = nil
        environment["PLANDASH_LANG"] = "en"
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        p.currentDirectoryURL = dir
        p.standardInput = try FileHandle(forReadingFrom: inURL)
        p.standardOutput = try FileHandle(forWritingTo: outURL)
        p.standardError = try FileHandle(forWritingTo: errURL)
        try p.run()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, crashed: p.terminationReason == .uncaughtSignal,
                   stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A fresh folder holding `Plans/`; returns the folder.
    static func workspace() throws -> URL {
        try TestWorkspace.folder("plandash-hostile", subfolder: "Plans").deletingLastPathComponent()
    }

    /// The bundled Hunan plan's text.
    static func hunanText() throws -> String {
        try String(contentsOf: TestWorkspace.hunanPlan, encoding: .utf8)
    }

    /// A workspace with the Hunan plan, its lines edited by `edits` (each old line must be there).
    static func hunanWorkspace(_ edits: [(String, String)] = []) throws -> (dir: URL, plan: URL) {
        let dir = try workspace()
        var text = try hunanText()
        for (old, new) in edits {
            precondition(text.contains(old), "the Hunan plan lacks \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let plan = dir.appendingPathComponent("Plans/hunan-2019-services.yaml")
        try Data(text.utf8).write(to: plan)
        return (dir, plan)
    }
}
