import ArgumentParser
import PlanReports

struct DepartmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "departments",
        abstract: """
            List every responsible unit with the task areas it leads and joins, and the measures and indicators that \
            fall to it.
            """,
        discussion: "Example: plandash departments hunan-2019-services --json")

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        let report = DepartmentsReport(session.status(asOf: CommandSupport.defaultAsOf(session, try asOf.day(session))))
        if json { try CommandSupport.printJSON(report) } else { Console.out(report.text) }
    }
}
