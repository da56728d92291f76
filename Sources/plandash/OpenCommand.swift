import ArgumentParser

/// `plandash [PLAN]`: what plandash does when no subcommand is named.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Show the plan (the default when no subcommand is given).",
        discussion: "Example: plandash hunan-2019-services")

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        try SummaryCommand.printSummary(plan: plan.plan, asOf: asOf.asOf, json: false)
    }
}
