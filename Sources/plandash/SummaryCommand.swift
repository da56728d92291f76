import ArgumentParser
import Catalogue
import PlanModel
import PlanReports
import PlanStore

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: Message.helpSummaryAbstract.text(),
        discussion: Message.helpSummaryDiscussion.text())

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Flag(help: ArgumentHelp(Message.helpJSON.text())) var json = false

    func run() throws {
        try Self.printSummary(plan: plan.plan, asOf: asOf, json: json)
    }

    static func printSummary(plan: String?, asOf: AsOfOption, json: Bool) throws {
        let session = try CommandSupport.open(plan)
        let summary = PlanSummary(session.status(asOf: CommandSupport.defaultAsOf(session, try asOf.day(session))))
        if json { try CommandSupport.printJSON(summary) } else { Console.out(summary.text) }
    }
}
