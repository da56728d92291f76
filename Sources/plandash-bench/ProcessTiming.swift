// not messages: developer tool; its output is for developers and README's English benchmark table

import Foundation

/// The whole process, start to exit: what a user waits for from pressing Enter at the shell.
enum ProcessTiming {
    /// `plandash render PLAN --screen dashboard` run `runs` times, its output discarded;
    /// nil (with a note) when the binary is not built.
    static func render(binary: String, plan: URL, runs: Int) throws -> Sample? {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            Progress.say("no \(binary): build it (swift build -c release) to time plandash render start to exit")
            return nil
        }
        let arguments = ["render", plan.path, "--screen", "dashboard"]
        guard try Subprocess.run(binary, arguments, quiet: true) == 0 else {
            throw BenchError("\(binary) \(arguments.joined(separator: " ")) failed")
        }
        return try Sample.measure(runs: runs) {
            _ = try Subprocess.run(binary, arguments, quiet: true)
        }
    }
}
