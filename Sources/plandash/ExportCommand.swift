import ArgumentParser
import Foundation
import PlanReports

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the whole plan model (sections → tasks → measures, targets → indicators, units).",
        discussion: "Example: plandash export hunan-2019-services --format json > plan.json")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @OptionGroup var plan: PlanArgument
    @Option(help: "Output format.") var format: Format = .json

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        Console.json(try PlanExport.json(session.plan))
        print()
    }
}
