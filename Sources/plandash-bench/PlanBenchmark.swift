// not messages: developer tool; its output is for developers and README's English benchmark table

import Foundation
import PlanModel
import PlanReports
import PlanStore

/// What the benchmark measured for one plan file.
struct PlanFigures: Codable {
    var label: String
    var measures = 0
    var indicators = 0
    var units = 0
    var planBytes = 0
    var journalBytes = 0
    var records = 0
    /// Parse + validate + journal read: `PlanSession(url:)`.
    var load = Sample()
    /// Replay as of a day, completion, measure states and unit workload: `PlanSession.status(asOf:)`.
    var status = Sample()
    /// The UI core built on the status and the dashboard drawn into the cell grid.
    var firstFrame = Sample()
    /// Each keystroke's `handle` and the frame drawn after it, by the name of what it does.
    var keystrokes: [Keystroke] = []
    var reportMarkdown = Sample()
    var reportCSV = Sample()
    /// One edit made durable: `PlanSession.record` (append + fsync).
    var edit = Sample()
    /// The disk's own share, measured between the edits: one journal-sized line appended to a
    /// file beside the journal and synced, with nothing else.
    var editDisk = Sample()
    /// Peak resident memory of the process that measured this plan.
    var peakBytes = 0

    struct Keystroke: Codable {
        var name: String
        var sample: Sample
    }
}

/// Measures load, status, frames, keystrokes, reports and edits on one plan file and its journal.
/// Runs in a process of its own per plan, so the peak memory is that plan's.
enum PlanBenchmark {
    /// `runs` runs for work that takes up to seconds; `quickRuns` for work of a few milliseconds.
    static func run(label: String, planURL: URL, runs: Int, quickRuns: Int) throws -> PlanFigures {
        var figures = PlanFigures(label: label)
        figures.planBytes = fileSize(planURL)
        figures.journalBytes = fileSize(Journal(forPlan: planURL).url)

        var session: PlanSession?
        figures.load = try Sample.measure(runs: runs, prepare: { session = nil }) {
            session = try PlanSession(url: planURL, user: "bench")
        }
        guard let session else { throw BenchError("\(planURL.path): no session after loading") }
        let plan = session.plan
        let allIndicators = plan.tasks.flatMap { $0.targets.flatMap(\.indicators) }
        figures.measures = plan.tasks.reduce(0) { $0 + $1.measures.count }
        figures.indicators = allIndicators.count
        figures.records = session.ledger.records.count

        let day = plan.info.yearEnd
        var status = session.status(asOf: day)
        figures.units = status.units.count
        figures.status = Sample.measure(runs: runs) { status = session.status(asOf: day) }
        figures.firstFrame = FrameBenchmark.firstFrame(status, runs: runs)
        figures.keystrokes = FrameBenchmark.keystrokes(status, runs: quickRuns)
        figures.reportMarkdown = try Sample.measure(runs: runs) { _ = try ReportWriter.data(status, format: .md) }
        figures.reportCSV = try Sample.measure(runs: runs) { _ = try ReportWriter.data(status, format: .csv) }

        let figuresToEdit = allIndicators.filter { !$0.isMilestone }
        let disk = try BareAppend(beside: planURL)
        for n in 0..<quickRuns {
            let indicator = figuresToEdit[n % figuresToEdit.count]
            let (_, edit) = try Sample.once { try session.record(item: indicator.id, value: .number(Double(n)),
                note: "基准测试", at: day) }
            figures.edit.times.append(edit)
            figures.editDisk.times.append(try disk.time())
        }
        figures.peakBytes = PeakMemory.bytes()
        return figures
    }

    static func fileSize(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// A benchmark failure with a message for the user.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
