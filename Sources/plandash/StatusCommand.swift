import ArgumentParser
import PlanForms
import PlanModel

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Who has reported in a period (报送情况): every unit with items due, reported, missing, last reported.",
        discussion: "Example: plandash status hunan-2019-services --period 2019Q3 --json")

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        let period = try asOf.requiredPeriod(session)
        let report = RoundReport(plan: session.plan, round: ReportingRound(plan: session.plan, ledger: session.ledger,
            period: period))
        if json { try CommandSupport.printJSON(report) } else { report.lines.forEach { print($0) } }
    }
}
