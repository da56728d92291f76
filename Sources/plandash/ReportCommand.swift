import ArgumentParser
import Foundation
import PlanReports
import PlanStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the progress bulletin as of a day: Markdown, self-contained HTML with charts, CSV for Excel/WPS, or JSON.",
        discussion: """
        Prints to standard output unless -o names a file (written atomically). With -o and no --format, the file's extension picks the format (.md, .html, .csv, .json).

        Example: plandash report hunan-2019-services --as-of 2019-06-30 -o 通报-2019Q2.html
        """)

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Option(help: ArgumentHelp("Report format (default: md, or the -o file's extension).", valueName: "format"))
    var format: ReportFormat?
    @Option(name: .short, help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        let day = CommandSupport.defaultAsOf(session, try asOf.day(session))
        let target = output.map { URL(fileURLWithPath: $0) }
        let chosen = format ?? target.flatMap { ReportFormat(fileExtension: $0.pathExtension) } ?? .md
        let data = try ReportWriter.data(session.status(asOf: day), format: chosen)
        guard let target else {
            FileHandle.standardOutput.write(data)
            return
        }
        let protected = [session.url, session.journal.url].map(\.standardizedFileURL.path)
        if protected.contains(target.standardizedFileURL.path) {
            CommandSupport.printError("plandash: \(PlanFile.displayPath(target)) is the plan's own file: choose another path for the report")
            throw ExitCode(1)
        }
        do {
            try AtomicFile.write(data, to: target)
        } catch let e as StoreError {
            CommandSupport.printError("plandash: \(e)")
            throw ExitCode(1)
        }
        print("Wrote \(PlanFile.displayPath(target)): \(chosen.rawValue) report of \(session.plan.info.id) as of \(day)")
    }
}

extension ReportFormat: ExpressibleByArgument {}
