import ArgumentParser
import PlanModel
import PlanReports
import PlanStore

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: """
            Summarise a plan: sections, task areas, measures, targets, indicators, deadlines by month, units, \
            completion.
            """,
        discussion: "Example: plandash summary hunan-2019-services --as-of 2019-09-30 --json")

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
        try Self.printSummary(plan: plan.plan, asOf: asOf, json: json)
    }

    static func printSummary(plan: String?, asOf: AsOfOption, json: Bool) throws {
        let session = try CommandSupport.open(plan)
        let summary = PlanSummary(session.status(asOf: CommandSupport.defaultAsOf(session, try asOf.day(session))))
        if json { try CommandSupport.printJSON(summary) } else { Console.out(summary.text) }
    }
}
