import ArgumentParser
import PlanModel
import PlanReports

extension ChaseList.Order: ExpressibleByArgument {}

struct OverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: """
            The 督办清单: overdue measures, measures not started by mid-year, targets behind and indicators not reported, \
            grouped by lead unit.
            """,
        discussion: "Example: plandash overdue hunan-2019-services --as-of 2019-12-31 --sort count")

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Option(help: """
        Order of the lead units: plan (as units first appear), count (most entries first), days (longest overdue \
        first).
        """)
    var sort: ChaseList.Order = .plan
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        let list = ChaseList(session.status(asOf: CommandSupport.defaultAsOf(session, asOf.asOf)), order: sort)
        if json { try CommandSupport.printJSON(list) } else { print(list.text) }
    }
}
