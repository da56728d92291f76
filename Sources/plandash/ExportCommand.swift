import ArgumentParser
import Catalogue
import Foundation
import PlanReports

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Message.helpExportAbstract.text(),
        discussion: Message.helpExportDiscussion.text())

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @OptionGroup var plan: PlanArgument
    @Option(help: ArgumentHelp(Message.helpExportFormat.text())) var format: Format = .json

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        Console.json(try PlanExport.json(session.plan))
        print()
    }
}
