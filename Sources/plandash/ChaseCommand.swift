import ArgumentParser
import Catalogue
import Foundation
import PlanForms
import PlanModel
import PlanStore

struct ChaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chase",
        abstract: "Write a reminder (催报) to each unit that has not reported in full: Markdown and plain text.",
        discussion: """
        One 催报-<unit>-<period>.md and .txt per unit with missing items, listing them and the overdue measures of its \
        task
        areas (as of the period's end). The .txt holds the same content, to paste into a chat.

        Example: plandash chase hunan-2019-services --period 2019Q3 -o 催报
        """)

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Option(name: .short, help: ArgumentHelp("The folder to write the notices into (default: the current folder).",
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
                let base = UnitForm.safeFileName("催报-\(standing.unit)-\(period.id)")
                for (ext, text) in [("md", notice.markdown), ("txt", notice.text)] {
                    let target = folder.appendingPathComponent(base + "." + ext)
                    try AtomicFile.write(Data(text.utf8), to: target)
                    Console.out(Message.chaseWrote(TerminalSafe.text(PlanFile.displayPath(target))).text())
                }
            }
        }
    }
}
