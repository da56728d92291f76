import ArgumentParser
import Catalogue
import Foundation
import PlanForms
import PlanModel
import PlanStore

struct FormsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forms",
        abstract: "Write each unit's report form (填报表) for a period: one .xlsx (or .csv) per unit.",
        discussion: """
        A unit's form lists the indicators of the task areas it leads and the measures of the task areas it leads
        or joins; it fills in 本期值 and 进展情况说明 and sends it back for `plandash collect`.

        Example: plandash forms hunan-2019-services --period 2019Q3 -o 报送表-2019Q3
        """)

    @OptionGroup var plan: PlanArgument
    @OptionGroup var asOf: AsOfOption
    @Option(name: .customLong("unit"), parsing: .upToNextOption,
        help: ArgumentHelp("Only these units (default: every unit with items to report).", valueName: "name"))
    var units: [String] = []
    @Option(name: .short, help: ArgumentHelp("The folder to write the forms into (default: the current folder).",
        valueName: "dir"))
    var output: String = "."
    @Option(help: ArgumentHelp("xlsx (default) or csv (UTF-8 with BOM).", valueName: "format"))
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
                    let known = all.map(\.unit).joined(separator: "、")
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
            throw CommandFailure(TerminalSafe.text("\(error)"))
        }
    }
}
