import ArgumentParser
import Catalogue
import DashboardCore
import PlanModel

/// `plandash render`: a dashboard screen as plain text, for scripts and tests.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: Message.helpRenderAbstract.text(),
        discussion: Message.helpRenderDiscussion.text())

    @OptionGroup var plan: PlanArgument
    @Option(help: ArgumentHelp(Message.helpRenderScreen.text(),
        valueName: "screen"))
    var screen: ScreenName = .dashboard
    @Option(help: ArgumentHelp(Message.helpRenderSize.text(), valueName: "size"))
    var size: TerminalSize = TerminalSize(width: 120, height: 40)
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        var state = AppState(status: session.status(asOf: CommandSupport.defaultAsOf(session, try asOf.day(session))),
            ledger: session.ledger, colors: false)
        _ = state.handle(.resize(width: size.width, height: size.height))
        guard state.open(screen.destination) else {
            throw CommandFailure(Message.renderNoTask(TerminalSafe.text(screen.argument), plan: session.plan.info.id,
                ids: state.taskIDs))
        }
        for line in state.render(width: size.width, height: size.height).lines { Console.out(line) }
    }
}

/// A `--screen` value.
struct ScreenName: ExpressibleByArgument {
    let destination: Destination
    let argument: String

    static let dashboard = ScreenName(destination: .dashboard, argument: "dashboard")

    init(destination: Destination, argument: String) {
        self.destination = destination
        self.argument = argument
    }

    init?(argument: String) {
        self.argument = argument
        switch argument {
        case "dashboard": destination = .dashboard
        case "departments": destination = .departments
        case "overdue": destination = .overdue
        case "reporting": destination = .reporting
        case "help": destination = .help
        default:
            guard argument.hasPrefix("task:"), argument.count > 5 else { return nil }
            destination = .task(String(argument.dropFirst(5)))
        }
    }

    var defaultValueDescription: String { argument }
}

/// A `--size` value: `120x40`.
struct TerminalSize: ExpressibleByArgument {
    let width: Int
    let height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    init?(argument: String) {
        let parts = argument.lowercased().split(whereSeparator: { $0 == "x" || $0 == "×" })
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w > 0, h > 0, w <= 1000,
            h <= 1000 else { return nil }
        self.init(width: w, height: h)
    }

    var defaultValueDescription: String { "\(width)x\(height)" }
}
