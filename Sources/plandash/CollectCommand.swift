import ArgumentParser
import Catalogue
import Foundation
import PlanForms
import PlanModel
import PlanReports
import PlanStore

struct CollectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect",
        abstract: Message.helpCollectAbstract.text(),
        discussion: Message.helpCollectDiscussion.text())

    @Argument(help: ArgumentHelp(Message.helpCollectFiles.text(), valueName: "file"))
    var files: [String]
    @Option(help: ArgumentHelp(Message.helpPlanOption.text(), valueName: "plan"))
    var plan: String?
    @OptionGroup var asOf: AsOfOption
    @Flag(help: ArgumentHelp(Message.helpCollectDryRun.text())) var dryRun = false
    @Flag(help: ArgumentHelp(Message.helpCollectPartial.text())) var partial = false

    func validate() throws {
        if files.isEmpty { throw ValidationError(Message.collectNoFiles.text()) }
    }

    func run() throws {
        let session = try CommandSupport.open(plan)
        let asked = try asOf.reportingPeriod(session)
        var rows: [[String]] = []
        var details: [String] = []
        var failed = false
        for path in files {
            let intake = FormIntake.collect(URL(fileURLWithPath: path), file: path, session: session, asked: asked,
                                            dryRun: dryRun, partial: partial)
            let file = TerminalSafe.text(path)
            var lines: [String] = []
            if let refusal = intake.refusal {
                lines.append("\(file): \(TerminalSafe.text(refusal.message.text()))")
                failed = true
            }
            guard let check = intake.check else {
                rows.append([file, "", "", "", "", "", "", Message.collectRefusedWhole.text()])
                details += [""] + lines
                continue
            }
            let changed = check.entries.filter(\.changes)
            for r in check.refusals { lines.append(
                "\(file):\(TerminalSafe.text(check.sheet))!\(r.cell): \(TerminalSafe.text(r.message.text()))") }
            if !check.refusals.isEmpty {
                if !partial { lines.append("\(file): " + Message.collectRefusedHint(check.refusals.count).text()) }
                failed = true
            }
            let listed = [.applied, .appliedInPart, .dryRun].contains(intake.outcome) ? changed : []
            if !listed.isEmpty { lines.append("\(file):") }
            for e in listed {
                lines.append(Message.collectChange(TerminalSafe.text(e.item),
                    old: e.old.map { TerminalSafe.text($0.description) } ?? Message.collectUnreported.text(),
                                                   new: TerminalSafe.text(e.value.description)).text())
            }
            rows.append([file, TerminalSafe.text(check.unit), check.period.id, "\(check.entries.count)",
                "\(changed.count)",
                         "\(check.entries.count - changed.count)", "\(check.refusals.count)",
                             Self.label(intake.outcome).text()])
            if !lines.isEmpty { details += [""] + lines }
        }
        for line in TextTable.render(header: Message.collectTableHeader.map { $0.text() }, rows: rows, rightAligned: [3,
            4, 5, 6]) { Console.out(line) }
        for line in details { Console.out(line) }
        if failed { throw ExitCode(1) }
    }

    static func label(_ outcome: FormIntake.Outcome) -> Message {
        switch outcome {
        case .applied: return .collectApplied
        case .appliedInPart: return .collectAppliedPartly
        case .refused: return .collectRefusedWhole
        case .dryRun: return .collectDryRun
        case .alreadyCollected: return .collectAlready
        }
    }
}
