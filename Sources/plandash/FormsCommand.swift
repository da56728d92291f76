import ArgumentParser
import Catalogue
import Foundation
import PlanForms
import PlanModel
import PlanStore

struct FormsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forms",
        abstract: Message.helpFormsAbstract.text(),
        discussion: Message.helpFormsDiscussion.text())

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Option(name: .customLong("unit"), parsing: .upToNextOption,
        help: ArgumentHelp(Message.helpFormsUnit.text(), valueName: "name"))
    var units: [String] = []
    @Option(name: .short, help: ArgumentHelp(Message.helpFormsOutput.text(),
        valueName: "dir"))
    var output: String = "."
    @Option(help: ArgumentHelp(Message.helpFormsFormat.text(), valueName: "format"))
    var format: FormFormat = .xlsx

    enum FormFormat: String, ExpressibleByArgument { case xlsx, csv }

    func run() throws {
        let session = try CommandSupport.open(plan.plan)
        let period = try asOf.requiredPeriod(session)
        let all = ReportingDuty.all(in: session.plan)
        var duties = all
        if !units.isEmpty {
            duties = []
            for name in units {
                guard let duty = all.first(where: { $0.unit == name }) else {
                    let known = Message.list(all.map(\.unit)).text()
                    throw CommandFailure(Message.formsUnitUnknown(TerminalSafe.text(name),
                        known: TerminalSafe.text(known)))
                }
                duties.append(duty)
            }
        }
        let folder = URL(fileURLWithPath: output)
        try CommandSupport.writing {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for duty in duties {
                let form = UnitForm(plan: session.plan, ledger: session.ledger, duty: duty, period: period)
                let target = folder.appendingPathComponent(form.fileName(extension: format.rawValue))
                let data = format == .xlsx ? try XLSXWriter.data(form) : Data(CSVForm.text(form).utf8)
                try AtomicFile.write(data, to: target)
                Console.out(Message.formsWrote(TerminalSafe.text(PlanFile.displayPath(target)),
                    items: form.rows.count).text())
            }
        }
    }
}

extension CommandSupport {
    /// Runs file writing; any failure, whatever its kind, ends the command as a `CommandFailure`.
    static func writing(_ body: () throws -> Void) throws {
        do { try body() } catch let e as ExitCode { throw e } catch {
            throw CommandFailure(TerminalSafe.text(Message.reason(for: error).text()))
        }
    }
}
