import ArgumentParser
import Foundation
import NoticeFormats
import NoticeImport
import PlanModel
import PlanReports
import PlanStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: """
            Turn a published work-plan notice (text, Word file or web page) into a plan file, and list what could not \
            be placed.
            """,
        discussion: """
        Reads the notice (stdin when NOTICE is -): a Word file (.docx), a saved web page (.html) or text in UTF-8, \
        UTF-16 or GB18030/GBK, told by its content; --encoding names a text's encoding when it is guessed wrong. \
        Writes the plan file (Plans/<id>.yaml unless -o says otherwise; an existing file only with --force), then \
        prints the counts and every warning with its line number. Exit status 1 when no plan is found in the text; \
        nothing is written then.

        Example: plandash import notice.txt -o Plans/hunan-2019-services.yaml
        """)

    @Argument(help: ArgumentHelp("The notice: .docx, .html or text, or - to read stdin.", valueName: "notice"))
    var notice: String

    @Option(help: ArgumentHelp(
        "The text's encoding when detection is wrong: utf-8, utf-16, utf-16be, gb18030 (also gbk).", valueName: "name"))
    var encoding: String?

    @Option(name: .shortAndLong,
        help: ArgumentHelp("Where to write the plan file (default: Plans/<id>.yaml; - for standard output).",
        valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("The plan id (default: the output file's name, else the notice file's name).",
        valueName: "name"))
    var id: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func run() throws {
        let noticeName = notice == "-" ? "<stdin>" : notice
        let textEncoding = try encoding.map { name in
            guard let e = TextEncoding(name: name) else { throw ValidationError(
                "--encoding \(name): expected utf-8, utf-16, utf-16le, utf-16be, gb18030, gbk or gb2312") }
            return e
        }
        let bytes: [UInt8]
        do {
            let handle = notice == "-"
                ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: notice))
            // One byte past the limit is enough to refuse, whatever the file (a device never ends).
            bytes = Array(try handle.read(upToCount: NoticeLimits.fileBytes + 1) ?? Data())
        } catch {
            throw CommandFailure("cannot read \(noticeName): \(error.localizedDescription)")
        }
        var imported: ImportedPlan
        switch NoticeFile.importPlan(bytes: bytes, encoding: textEncoding, id: try chosenID()) {
        case .imported(let result): imported = result
        case .failed(let f): throw CommandFailure(TerminalSafe.text(
            "cannot import \(noticeName)\(f.line.map { ":\($0)" } ?? ""): \(f.message)"))
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
            throw CommandFailure(
                "the plan read from \(noticeName) does not pass check, so it was not written:\n\(error)")
        }
        if toStandardOutput {
            Console.escaped(Data(try PlanYAML.text(of: imported.plan).utf8))
            printReport(imported, to: "<stdout>", from: noticeName, say: Console.error)
            return
        }
        do {
            if output == nil { try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true) }
            try PlanFile.write(imported.plan, to: url, overwrite: force)
        } catch {
            throw CommandFailure("\(error)")
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
            guard PlanIdentifier.isValid(id) else { throw ValidationError(
                "--id \(id): a plan id may hold only letters, digits, -, _ and .") }
            if let fromOutput, fromOutput != id {
                CommandSupport.printError("""
                    warning: the plan id \(id) differs from the output file's name \(fromOutput): plandash finds \
                    plans by file name
                    """)
            }
            return id
        }
        if let fromOutput {
            guard PlanIdentifier.isValid(fromOutput) else {
                throw ValidationError("""
                    the output file's name \(fromOutput) is not a valid plan id (letters, digits, -, _ and .): pass \
                    --id
                    """)
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
        say("Imported \(noticeName) → \(shown) (plan \(plan.info.id): \(plan.info.title), \(plan.info.document))")
        let rows = [
            ["sections", "\(plan.sections.count)"], ["task areas", "\(summary.tasks)"], ["measures",
                "\(summary.measures)"],
            ["targets", "\(summary.targets)"], ["indicators",
                "\(summary.indicators) (\(summary.milestones) milestone\(summary.milestones == 1 ? "" : "s"))"],
            ["units", "\(summary.units)"],
        ]
        for line in TextTable.render(header: ["", "count"], rows: rows).dropFirst(2) { say("  " + line) }
        let n = imported.warnings.count
        say(n == 0 ? "No warnings: every line of the notice is in the plan." : "\(n) warning\(n == 1 ? "" : "s"):")
        for w in imported.warnings { say(
            "  \(TerminalSafe.text(noticeName)):\(w.line): \(TerminalSafe.text(w.message))") }
    }
}
