import ArgumentParser
import Catalogue
import Foundation
import PlanForms
import PlanModel
import PlanStore

struct ChaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chase",
        abstract: Message.helpChaseAbstract.text(),
        discussion: Message.helpChaseDiscussion.text())

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Option(name: .short, help: ArgumentHelp(Message.helpNoticesFolder.text(),
        valueName: "dir"))
    var output: String = "."

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        let period = try asOf.requiredPeriod(session)
        let round = ReportingRound(plan: session.plan, ledger: session.ledger, period: period)
        let status = session.status(asOf: period.end)
        let late = round.units.filter(\.isLate)
        guard !late.isEmpty else { return Console.out(Message.chaseNobodyLate.text()) }
        let folder = URL(fileURLWithPath: output)
        try CommandSupport.writing {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for standing in late {
                let notice = ChaseNotice(plan: session.plan, status: status, standing: standing, period: period)
                let base = UnitForm.safeFileName(Message.chaseFileBase(standing.unit, period: period.id).text())
                for (ext, text) in [("md", notice.markdown), ("txt", notice.text)] {
                    let target = folder.appendingPathComponent(base + "." + ext)
                    try AtomicFile.write(Data(text.utf8), to: target)
                    Console.out(Message.chaseWrote(TerminalSafe.text(PlanFile.displayPath(target))).text())
                }
            }
        }
    }
}
