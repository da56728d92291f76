import ArgumentParser
import Catalogue
import Foundation
import PlanModel
import PlanStore

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Record an indicator's actual value or a milestone's or measure's status, durably.",
        discussion: """
        The value is checked as the dashboard editor checks it: 412.5, 412.5亿元, 1,000, 12%, 12.5％ for figures;
        not-started, in-progress, done (or 未开始, 推进中, 完成) for milestones and measures.
        Each record is appended to the plan's progress journal and synced before plandash says ok.

        Examples:
          plandash set hunan-2019-services kw1.t1.i3 412.5亿元 --note "省工信厅 Q3 报送" --at 2019-09-30
          plandash set hunan-2019-services kw1.m1 done
          plandash set hunan-2019-services --batch q3.tsv     (lines: ID<TAB>VALUE[<TAB>NOTE]; - reads stdin)
        """)

    @Argument(help: "The plan: an id in Plans/ or a path to a plan file.")
    var plan: String

    @Argument(help: "The indicator or measure id (see plandash export).")
    var id: String?

    @Argument(help: "The value.")
    var value: String?

    @Option(help: "A note kept with the change (who reported it, from which document).")
    var note: String?

    @Option(help: ArgumentHelp("The day the value stands for (YYYY-MM-DD; default: today, or the plan's year end once that year is over).", valueName: "date"),
            transform: { text in
                guard let d = CalendarDate(iso: text) else { throw ValidationError("--at expects a date YYYY-MM-DD, found \"\(text)\"") }
                return d
            })
    var at: CalendarDate?

    @Option(help: ArgumentHelp("Record many values from a file of ID<TAB>VALUE[<TAB>NOTE] lines (- for stdin); prints ok per durable record.", valueName: "file"))
    var batch: String?

    func validate() throws {
        if batch == nil && (id == nil || value == nil) { throw ValidationError("give ID and VALUE, or --batch FILE") }
        if batch != nil && id != nil { throw ValidationError("give either ID VALUE or --batch FILE, not both") }
    }

    func run() throws {
        let session = try CommandSupport.open(plan)
        if let batch {
            try runBatch(session, batch)
            return
        }
        do {
            let r = try session.record(item: id!, text: value!, note: note, at: at)
            Console.out("ok \(r.item) = \(r.new.map { "\($0)" } ?? "—") (was \(r.old.map { "\($0)" } ?? "unreported")) as of \(r.at)")
        } catch let e as StoreError {
            CommandSupport.printError("plandash: \(e)")
            throw ExitCode(1)
        }
    }

    private func runBatch(_ session: PlanSession, _ path: String) throws {
        let name = path == "-" ? "stdin" : path
        let handle: FileHandle
        if path == "-" { handle = .standardInput } else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                CommandSupport.printError("plandash: " + Message.cannotReadDirectory(path).text())
                throw ExitCode(1)
            }
            guard let h = FileHandle(forReadingAtPath: path) else {
                CommandSupport.printError("plandash: cannot read \(path)")
                throw ExitCode(1)
            }
            handle = h
        }
        var failures = 0
        var lineNumber = 0
        for line in LineReader(handle) {
            lineNumber += 1
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.allSatisfy(\.isEmpty) || fields[0].hasPrefix("#") { continue }
            guard fields.count >= 2 else {
                CommandSupport.printError("\(name):\(lineNumber): expected ID<TAB>VALUE[<TAB>NOTE], found \"\(line)\"")
                failures += 1
                continue
            }
            do {
                let r = try session.record(item: fields[0], text: fields[1], note: fields.count > 2 ? fields[2] : note, at: at)
                // Unbuffered: each ok is seen the moment its record is on disk.
                Console.out("ok \(r.item) \(r.id)")
            } catch let e as StoreError {
                CommandSupport.printError("\(name):\(lineNumber): \(e)")
                failures += 1
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

/// Lines of a file handle, read as they arrive (so a batch on stdin is recorded line by line).
struct LineReader: Sequence, IteratorProtocol {
    let handle: FileHandle
    private var buffer = Data()
    private var done = false

    init(_ handle: FileHandle) { self.handle = handle }

    mutating func next() -> String? {
        while true {
            if let nl = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<nl]
                buffer = Data(buffer[(nl + 1)...])
                return String(decoding: line, as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            }
            if done {
                guard !buffer.isEmpty else { return nil }
                defer { buffer = Data() }
                return String(decoding: buffer, as: UTF8.self)
            }
            let chunk = handle.availableData
            if chunk.isEmpty { done = true } else { buffer.append(chunk) }
        }
    }
}
