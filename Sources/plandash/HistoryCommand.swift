import ArgumentParser
import Catalogue
import PlanModel
import PlanReports
import PlanStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every recorded change to an indicator or measure: when, who, old → new, note.",
        discussion: """
            Example: plandash history hunan-2019-services kw1.t1.i3 (PLAN may be left out when ./Plans holds a single \
            plan)
            """)

    @Argument(help: ArgumentHelp("""
        [PLAN] ID: the plan (an id in Plans/ or a path; default: the single plan in ./Plans or $PLANDASH_PLAN) and \
        the indicator or measure id.
        """, valueName: "plan-id"))
    var words: [String]

    func validate() throws {
        guard (1...2).contains(words.count) else { throw ValidationError(Message.historyUsage().text()) }
    }

    func run() throws {
        let id = words[words.count - 1]
        let session = try CommandSupport.open(words.count == 2 ? words[0] : nil)
        let item = try session.item(id)
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
