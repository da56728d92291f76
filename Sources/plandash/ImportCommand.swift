import ArgumentParser
import Catalogue
import Foundation
import NoticeFormats
import NoticeImport
import PlanModel
import PlanReports
import PlanStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Message.helpImportAbstract.text(),
        discussion: Message.helpImportDiscussion.text())

    @Argument(help: ArgumentHelp(Message.helpImportNotice.text(), valueName: "notice"))
    var notice: String

    @Option(help: ArgumentHelp(Message.helpImportEncoding.text(), valueName: "name"))
    var encoding: String?

    @Option(name: .shortAndLong,
        help: ArgumentHelp(Message.helpImportOutput.text(),
        valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(Message.helpImportID.text(),
        valueName: "name"))
    var id: String?

    @Flag(help: ArgumentHelp(Message.helpImportForce.text()))
    var force = false

    func run() throws {
        let noticeName = notice == "-" ? Message.importStandardInput.text() : notice
        let textEncoding = try encoding.map { name in
            guard let e = TextEncoding(name: name) else {
                throw ValidationError(Message.importBadEncoding(TerminalSafe.text(name)).text())
            }
            return e
        }
        let bytes: [UInt8]
        do {
            let handle = notice == "-"
                ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: notice))
            // One byte past the limit is enough to refuse, whatever the file (a device never ends).
            bytes = Array(try handle.read(upToCount: NoticeLimits.fileBytes + 1) ?? Data())
        } catch {
            throw CommandFailure(.withReason(.systemReason(of: error)) {
                .importCannotRead(TerminalSafe.text(noticeName), $0) })
        }
        var imported: ImportedPlan
        switch NoticeFile.importPlan(bytes: bytes, encoding: textEncoding, id: try chosenID()) {
        case .imported(let result): imported = result
        case .failed(let f): throw CommandFailure(TerminalSafe.text(
            Message.importFailed(noticeName + (f.line.map { ":\($0)" } ?? ""), f.message).text()))
        }
        let url = fileOutput.map { URL(fileURLWithPath: $0) }
            ?? PlanLocator.fromEnvironment().folder.appendingPathComponent("\(imported.plan.info.id).yaml")
        if notice != "-" { imported.plan.info.source = NoticeSource.relativePath(of: URL(fileURLWithPath: notice),
            from: url) }
        let shown = PlanFile.displayPath(url)
        do {
            // A plan file's id is its name: the file written must load as it is.
            let expectedID = toStandardOutput ? nil : url.deletingPathExtension().lastPathComponent
            _ = try PlanFile.parse(try PlanYAML.text(of: imported.plan), file: shown, expectedID: expectedID)
        } catch {
            throw CommandFailure(Message.importDoesNotPassCheck(TerminalSafe.text(noticeName), "\(error)"))
        }
        if toStandardOutput {
            Console.escaped(Data(try PlanYAML.text(of: imported.plan).utf8))
            printReport(imported, to: Message.importStandardOutput.text(), from: noticeName, say: Console.error)
            return
        }
        do {
            if output == nil { try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true) }
            try PlanFile.write(imported.plan, to: url, overwrite: force)
        } catch {
            throw CommandFailure(Message.reason(for: error))
        }
        printReport(imported, to: shown, from: noticeName)
    }

    /// `-o -`: the plan goes to standard output, the counts and warnings to standard error.
    private var toStandardOutput: Bool { output == OutputFile.standardOutputName }

    /// The -o file, when one is named.
    private var fileOutput: String? { toStandardOutput ? nil : output }

    /// --id, else the output file's name, else the notice file's name when it makes a valid id.
    private func chosenID() throws -> String? {
        let fromOutput = fileOutput.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        if let id {
            guard PlanIdentifier.isValid(id) else {
                throw ValidationError(Message.importBadID(TerminalSafe.text(id)).text())
            }
            if let fromOutput, fromOutput != id {
                CommandSupport.printError(Message.warningPrefix.text()
                    + Message.importIDDiffersFromOutput(id, output: TerminalSafe.text(fromOutput)).text())
            }
            return id
        }
        if let fromOutput {
            guard PlanIdentifier.isValid(fromOutput) else {
                throw ValidationError(Message.importOutputNameNotID(TerminalSafe.text(fromOutput)).text())
            }
            return fromOutput
        }
        guard notice != "-" else { return nil }
        let fromNotice = URL(fileURLWithPath: notice).deletingPathExtension().lastPathComponent
        return PlanIdentifier.isValid(fromNotice) ? fromNotice : nil
    }

    private func printReport(_ imported: ImportedPlan, to shown: String, from noticeName: String,
        say: (String) -> Void = Console.out) {
        let plan = imported.plan
        let summary = PlanSummary(PlanStatus(plan: plan, ledger: ProgressLedger(), asOf: plan.info.issued))
        say(Message.importDone(noticeName, to: shown, plan: plan.info.id, title: plan.info.title,
            document: plan.info.document).text())
        let counts = ["\(plan.sections.count)", "\(summary.tasks)", "\(summary.measures)", "\(summary.targets)",
            Message.importIndicatorCount(summary.indicators, milestones: summary.milestones).text(), "\(summary.units)"]
        let rows = zip(Message.importCountLabels, counts).map { [$0.text(), $1] }
        for line in TextTable.render(header: ["", Message.importCountHeader.text()], rows: rows).dropFirst(2) {
            say("  " + line)
        }
        let n = imported.warnings.count
        say((n == 0 ? Message.importNoWarnings : Message.importWarnings(n)).text())
        for w in imported.warnings { say(
            "  \(TerminalSafe.text(noticeName)):\(w.line): \(TerminalSafe.text(w.message))") }
    }
}
