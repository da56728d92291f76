import ArgumentParser
import PlanModel
import PlanReports
import PlanStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every recorded change to an indicator or measure: when, who, old → new, note.",
        discussion: "Example: plandash history hunan-2019-services kw1.t1.i3")

    @Argument(help: "The plan: an id in Plans/ or a path to a plan file.")
    var plan: String

    @Argument(help: "The indicator or measure id.")
    var id: String

    func run() throws {
        let session = try CommandSupport.open(plan)
        guard let item = session.index.items[id] else {
            CommandSupport.printError("plandash: no indicator or measure \"\(id)\" in plan \(session.plan.info.id)")
            throw ExitCode(1)
        }
        let records = session.ledger.history(of: id)
        Console.out(ItemHistory.title(item))
        if records.isEmpty {
            Console.out("no changes recorded")
            return
        }
        Console.out(TextTable.render(header: ["as of", "recorded", "who", "old → new", "note"],
                               rows: records.map(ItemHistory.row)).joined(separator: "\n"))
    }
}
