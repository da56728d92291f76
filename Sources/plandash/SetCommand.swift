import ArgumentParser
import Catalogue
import Foundation
import PlanModel
import PlanStore

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: Message.helpSetAbstract.text(),
        usage: synopsis,
        discussion: Message.helpSetDiscussion.text())

    /// The two forms of the command: command, option and argument names, ASCII in both languages.
    private static let synopsis = [
        "plandash set [<plan>] <id> <value> [--note <note>] [--at <date>] [--force]", // not a message: synopsis
        "plandash set [<plan>] --batch <file> [--partial] [--at <date>] [--force]", // not a message: synopsis
    ].joined(separator: "\n")

    @Option(help: ArgumentHelp(Message.helpSetNote.text()))
    var note: String?

    @Option(help: ArgumentHelp(Message.helpSetAt.text(),
        valueName: "date"),
            transform: CalendarDate.option("--at"))
    var at: CalendarDate?

    @Option(help: ArgumentHelp(Message.helpSetBatch.text(),
        valueName: "file"))
    var batch: String?

    @Flag(help: ArgumentHelp(Message.helpSetPartial.text()))
    var partial = false

    @Flag(help: ArgumentHelp(Message.helpSetForce.text()))
    var force = false

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(Message.helpSetWords.text(), valueName: "plan-id-value"))
    var words: [String] = []

    /// The plan, id and value the words name; PLAN may be left out.
    private var layout: (plan: String?, id: String?, value: String?) {
        get throws {
            if let option = words.first(where: { $0.hasPrefix("--") }) {
                throw ValidationError(Message.setUnknownOption(TerminalSafe.text(option)).text())
            }
            switch (batch, words.count) {
            case (.some, 0): return (nil, nil, nil)
            case (.some, 1): return (words[0], nil, nil)
            case (nil, 2): return (nil, words[0], words[1])
            case (nil, 3): return (words[0], words[1], words[2])
            default: throw ValidationError(Message.setUsage().text())
            }
        }
    }

    func validate() throws {
        _ = try layout
    }

    func run() throws {
        let (plan, id, value) = try layout
        let session = try CommandSupport.open(plan)
        if let at, !force, let why = session.plan.info.outsideSpan(at) {
            throw CommandFailure(Message.setNeedsForce(why))
        }
        if let batch {
            try runBatch(session, batch)
            return
        }
        let checked = try check(session, id!, value!)
        let r = try session.record(item: id!, value: checked, note: note, at: at)
        let standing = session.ledger.state(of: r.item, asOf: r.at)?.value
        Console.out(Message.setRecorded(item: TerminalSafe.text(r.item), value: standing.map { "\($0)" } ?? "—",
            was: r.old.map { "\($0)" }, day: r.at.description).text())
    }

    /// The value `text` gives the item, or the reason it is refused (a value that needs
    /// confirming is refused without --force).
    private func check(_ session: PlanSession, _ id: String, _ text: String) throws -> ItemValue {
        let item = try session.item(id)
        switch ValueInput.entry(text, for: item) {
        case .accepted(let v): return v
        case .needsConfirmation(let v, _) where force: return v
        case .needsConfirmation(_, let reason):
            let needsForce = Message.setNeedsForce(reason).text()
            throw StoreError(Message.refused(item: TerminalSafe.text(id), reason: needsForce).text())
        case .refused(let problem):
            throw StoreError(Message.refused(item: TerminalSafe.text(id), reason: problem.description).text())
        }
    }

    /// A batch line found valid: what to record.
    private struct Line {
        var number: Int
        var id: String
        var value: ItemValue
        var note: String?
    }

    /// Checks every line first; records nothing unless all are valid (or --partial), then
    /// records the valid ones, saying ok as each is on disk.
    private func runBatch(_ session: PlanSession, _ path: String) throws {
        let name = path == "-" ? Message.standardInputName.text() : TerminalSafe.text(path)
        let text = try BatchFile.read(path)
        var valid: [Line] = []
        var refused = 0
        for (index, line) in LineReader(text).enumerated() {
            let fields = line.split(separator: "\t",
                omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.allSatisfy(\.isEmpty) || fields[0].hasPrefix("#") { continue }
            do {
                guard (2...3).contains(fields.count) else { throw StoreError(Message.batchLineFields(fields.count)
                    .text()) }
                let value = try check(session, fields[0], fields[1])
                valid.append(Line(number: index + 1, id: fields[0], value: value,
                    note: fields.count > 2 ? fields[2] : note))
            } catch let e as StoreError {
                CommandSupport.printError("\(name):\(index + 1): \(e)")
                refused += 1
            }
        }
        if refused > 0 && !partial { throw CommandFailure(Message.batchNothingRecorded(refused)) }
        for line in valid {
            do {
                let r = try session.record(item: line.id, value: line.value, note: line.note, at: at)
                // Unbuffered: each ok is seen the moment its record is on disk.
                FileHandle.standardOutput.write(Data("ok \(TerminalSafe.text(r.item)) \(r.id)\n".utf8))
            } catch let e as StoreError {
                throw CommandFailure("\(name):\(line.number): \(e)")
            }
        }
        if refused > 0 { throw ExitCode(1) }
    }
}
