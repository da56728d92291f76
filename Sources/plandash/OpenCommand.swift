import ArgumentParser
import Foundation
import PlanStore
import DashboardRunner
import TerminalUI

/// `plandash [PLAN]`: the full-screen dashboard.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the terminal dashboard on a plan (the default when no subcommand is given).",
        discussion: """
        Browse the sections, open task areas, see department workloads; ? lists every key.
        Needs a terminal; in scripts use plandash render or plandash summary.
        Example: plandash hunan-2019-services --as-of 2019-09-30
        """)

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Flag(name: .customLong("no-color"), help: "Draw without colours (as NO_COLOR does).")
    var noColor = false

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        let colors = !noColor && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let app = DashboardApp(session: session, asOf: try asOf.day(session), colors: colors,
            locator: PlanLocator.fromEnvironment())
        try app.run()
    }
}
