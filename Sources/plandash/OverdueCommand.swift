import ArgumentParser
import Catalogue
import PlanModel
import PlanReports

extension ChaseList.Order: ExpressibleByArgument {}

struct OverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: Message.helpOverdueAbstract.text(),
        discussion: Message.helpOverdueDiscussion.text())

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Option(help: ArgumentHelp(Message.helpOverdueSort.text()))
    var sort: ChaseList.Order = .plan
    @Flag(help: ArgumentHelp(Message.helpJSON.text())) var json = false

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        let list = ChaseList(session.status(asOf: CommandSupport.defaultAsOf(session, asOf.asOf)), order: sort)
        if json { try CommandSupport.printJSON(list) } else { print(list.text) }
    }
}
