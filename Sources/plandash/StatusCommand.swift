import ArgumentParser
import Catalogue
import PlanForms
import PlanModel

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: Message.helpStatusAbstract.text(),
        discussion: Message.helpStatusDiscussion.text())

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Flag(help: ArgumentHelp(Message.helpJSON.text())) var json = false

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        let period = try asOf.requiredPeriod(session)
        let report = RoundReport(plan: session.plan, round: ReportingRound(plan: session.plan, ledger: session.ledger,
            period: period))
        if json { try CommandSupport.printJSON(report) } else { report.lines.forEach { print($0) } }
    }
}
