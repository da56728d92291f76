import ArgumentParser
import Catalogue
import Foundation
import PlanReports
import PlanStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: """
            Write the progress bulletin as of a day: Markdown, self-contained HTML with charts, CSV for Excel/WPS, or \
            JSON.
            """,
        discussion: """
        Prints to standard output unless -o names a file (written atomically). With -o and no --format, the file's \
        extension picks the format (.md, .html, .csv, .json).

        Example: plandash report hunan-2019-services --as-of 2019-06-30 -o 通报-2019Q2.html
        """)

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Option(help: ArgumentHelp("Report format (default: md, or the -o file's extension).", valueName: "format"))
    var format: ReportFormat?
    @Option(name: .short,
        help: ArgumentHelp("Write the report to this file instead of standard output (- for standard output).",
        valueName: "file"))
    var output: String?
    @Flag(help: "Replace the -o file if it exists.")
    var force = false

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        let day = CommandSupport.defaultAsOf(session, try asOf.day(session))
        let target = output.flatMap { $0 == OutputFile.standardOutputName ? nil : URL(fileURLWithPath: $0) }
        let chosen = format ?? target.flatMap { ReportFormat(fileExtension: $0.pathExtension) } ?? .md
        let data = try ReportWriter.data(session.status(asOf: day), format: chosen)
        guard let target else {
            // Markdown and CSV carry plan text as it is: each line is made terminal-safe.
            // HTML escapes every control itself; JSON its C0 controls (Console.json the rest).
            switch chosen {
            case .md, .csv: Console.document(data)
            case .html: Console.escaped(data)
            case .json: Console.json(data)
            }
            return
        }
        let protected = [session.url, session.journal.url].map(\.standardizedFileURL.path)
        if protected.contains(target.standardizedFileURL.path) {
            throw CommandFailure(Message.outputIsPlanFile(PlanFile.displayPath(target)))
        }
        try OutputFile.write(data, to: target, force: force)
        Console.out("""
            Wrote \(PlanFile.displayPath(target)): \(chosen.rawValue) report of \(session.plan.info.id) as of \(day)
            """)
    }
}

extension ReportFormat: ExpressibleByArgument {}
