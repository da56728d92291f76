// not messages: developer tool; its output is for developers and README's English benchmark table

import ArgumentParser
import Foundation
import PlanModel
import PlanStore

/// `plandash-bench`: how load, frames, keystrokes, edits and reports cost as plans grow.
@main
struct PlandashBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plandash-bench",
        abstract: """
            Measure load, frame, keystroke, edit and report costs on the real plan and on synthetic plans 1×…1000× \
            its size.
            """,
        discussion: """
        Build and run in release mode from the repository root:
          swift build -c release && swift run -c release plandash-bench [--sizes 1,10,100,1000] [--runs 5]
        Synthetic plans and their journals (10 records per indicator) are written to a temporary folder
        and removed afterwards; each plan is measured in a process of its own, so its peak memory is its own.
        Progress goes to standard error, the table to standard output.
        """)

    @Option(help: ArgumentHelp("Plan sizes to generate, as multiples of the real plan.", valueName: "n,n,…"),
            transform: { text in
                let sizes = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard !sizes.isEmpty, sizes.allSatisfy({ ($0 ?? 0) >= 1 }) else {
                    throw ValidationError(
                        "--sizes expects whole numbers from 1 up, separated by commas, found \"\(text)\"")
                }
                return sizes.compactMap { $0 }.sorted()
            })
    var sizes: [Int] = [1, 10, 100, 1000]

    @Option(help: """
        Runs of each slow measure (load, status, reports); quick ones (frames, keys, edits, process) run five times \
        as often.
        """)
    var runs = 5

    @Option(help: ArgumentHelp("The real plan the synthetic ones copy.", valueName: "file"))
    var plan = "Plans/hunan-2019-services.yaml"

    @Option(help: ArgumentHelp("The plandash binary whose start-to-exit time is measured (default: beside this one).",
        valueName: "file"))
    var plandash: String?

    @Flag(help: "Keep the generated plans and journals and print where they are.")
    var keep = false

    @Option(help: .hidden) var measure: String?
    @Option(help: .hidden) var label = ""
    @Option(help: .hidden) var figures: String?

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs expects a whole number from 1 up") }
    }

    func run() throws {
        if let measure, let figures {
            let result = try PlanBenchmark.run(label: label, planURL: URL(fileURLWithPath: measure), runs: runs,
                quickRuns: runs * 5)
            try JSONEncoder().encode(result).write(to: URL(fileURLWithPath: figures))
            return
        }
        let realURL = URL(fileURLWithPath: plan)
        let base = try PlanFile.load(realURL)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plandash-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            if keep { Progress.say("kept \(folder.path)") } else { try? FileManager.default.removeItem(at: folder) }
        }
        let me = Bundle.main.executableURL?.path ?? CommandLine.arguments[0]
        func measured(_ label: String, _ url: URL) throws -> PlanFigures {
            Progress.say("\(label): measuring \(url.lastPathComponent)")
            let out = folder.appendingPathComponent("figures.json")
            let status = try Subprocess.run(me, ["--measure", url.path, "--label", label, "--runs", "\(runs)",
                "--figures", out.path], quiet: true)
            guard status == 0 else { throw BenchError(
                "measuring \(url.lastPathComponent) failed (exit status \(status))") }
            return try JSONDecoder().decode(PlanFigures.self, from: Data(contentsOf: out))
        }

        let realCopy = try Workspace.copyReal(realURL, into: folder)
        var columns = [try measured("real", realCopy)]
        for size in sizes {
            let (url, took) = try Sample.once { try Workspace.generate(base, size: size, into: folder) }
            Progress.say("\(size)×: plan and journal written in \(Format.seconds(took))")
            columns.append(try measured("\(size)×", url))
            if !keep { try Workspace.remove(url) }
        }
        let binary = plandash ??
            URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("plandash").path
        let process = try ProcessTiming.render(binary: binary, plan: realCopy, runs: runs * 5)
        Progress.say("plans folder: the real plan alone, and among 499 others")
        let crowded = try PlansFolderBenchmark.run(real: realURL, in: folder, others: 499, runs: runs * 5)
        print(ResultTable.render(columns, sizes: [nil] + sizes, process: process, runs: runs))
        print("""
            Open the real plan and draw its first frame, as plandash does: alone in Plans/ \
            \(Format.sample(crowded.alone)); 
            """
              + "among \(crowded.others + 1) plans \(Format.sample(crowded.crowded)).")
    }
}

/// Progress lines on standard error, so standard output holds only the table.
enum Progress {
    static func say(_ text: String) {
        FileHandle.standardError.write(Data("plandash-bench: \(text)\n".utf8))
    }
}
