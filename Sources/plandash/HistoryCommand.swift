import ArgumentParser
import Catalogue
import PlanModel
import PlanReports
import PlanStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: Message.helpHistoryAbstract.text(),
        discussion: Message.helpHistoryDiscussion.text())

    @Argument(help: ArgumentHelp(Message.helpHistoryWords.text(), valueName: "plan-id"))
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
            Console.out(Message.historyNoChanges.text())
            return
        }
        Console.out(TextTable.render(header: Message.historyTableHeader.map { $0.text() },
                               rows: records.map(ItemHistory.row)).joined(separator: "\n"))
    }
}
