import ArgumentParser
import Catalogue
import Foundation
import PlanStore
import DashboardRunner
import TerminalUI

/// `plandash [PLAN]`: the full-screen dashboard.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: Message.helpOpenAbstract.text(),
        discussion: Message.helpOpenDiscussion.text())

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Flag(name: .customLong("no-color"), help: ArgumentHelp(Message.helpNoColor.text()))
    var noColor = false

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        let colors = !noColor && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let app = DashboardApp(session: session, asOf: try asOf.day(session), colors: colors,
            locator: PlanLocator.fromEnvironment())
        try app.run()
    }
}
