import ArgumentParser
import Catalogue
import PlanReports

struct DepartmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "departments",
        abstract: Message.helpDepartmentsAbstract.text(),
        discussion: Message.helpDepartmentsDiscussion.text())

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Flag(help: ArgumentHelp(Message.helpJSON.text())) var json = false

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        let report = DepartmentsReport(session.status(asOf: CommandSupport.defaultAsOf(session, try asOf.day(session))))
        if json { try CommandSupport.printJSON(report) } else { Console.out(report.text) }
    }
}
