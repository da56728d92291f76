import ArgumentParser
import Catalogue
import Foundation
import PlanReports
import PlanStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: Message.helpReportAbstract.text(),
        discussion: Message.helpReportDiscussion.text())

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Option(help: ArgumentHelp(Message.helpReportFormat.text(), valueName: "format"))
    var format: ReportFormat?
    @Option(name: .short,
        help: ArgumentHelp(Message.helpReportOutput.text(),
        valueName: "file"))
    var output: String?
    @Flag(help: ArgumentHelp(Message.helpReplaceOutput.text()))
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
        Console.out(Message.reportWrote(PlanFile.displayPath(target), format: chosen.rawValue,
            plan: session.plan.info.id, day: day.description).text())
    }
}

extension ReportFormat: ExpressibleByArgument {}
