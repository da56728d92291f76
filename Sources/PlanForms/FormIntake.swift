import Catalogue
import Foundation
import PlanModel
import PlanStore

/// Collects one returned file into a plan's journal: reads it (.xlsx, or .csv by its
/// extension), checks it, and records its values — all of them or none, unless `partial`.
/// Records are made in the unit's name, as of the period's end, with the file's name in the
/// note and ids derived from the file's content and row, so a file collected twice adds nothing.
public struct FormIntake: Sendable {
    public enum Outcome: Sendable, Equatable {
        case applied, appliedInPart, refused, dryRun, alreadyCollected
    }

    /// The file as named on the command line.
    public var file: String
    /// The checked form; nil when the whole file was refused before its rows were read.
    public var check: FormCheck?
    /// Why the whole file was refused, when it was.
    public var refusal: FormRefusal?
    public var outcome: Outcome
    /// Records appended to the journal.
    public var recorded: Int

    public static func collect(_ url: URL, file: String, session: PlanSession, asked: ReportingPeriod?,
                               dryRun: Bool, partial: Bool, limits: ReadLimits = ReadLimits()) -> FormIntake {
        var intake = FormIntake(file: file, check: nil, refusal: nil, outcome: .refused, recorded: 0)
        do throws(FormRefusal) {
            let data = try read(url, limits: limits)
            let sheetName = url.deletingPathExtension().lastPathComponent
            let grid = url.pathExtension.lowercased() == "csv" ? try CSVForm.grid(data, sheet: sheetName,
                limits: limits) : try XLSXReader.grid(data, limits: limits)
            session.refresh()
            intake.check = try FormCheck(ReturnedForm(grid), plan: session.plan, ledger: session.ledger, asked: asked,
                                         fingerprint: FormFingerprint.of(data))
        } catch {
            intake.refusal = error
            return intake
        }
        let check = intake.check!
        let fresh = check.entries.filter { !$0.collected }
        if !check.refusals.isEmpty && !partial { return intake }
        if fresh.isEmpty && !check.entries.isEmpty { intake.outcome = .alreadyCollected; return intake }
        if dryRun { intake.outcome = .dryRun; return intake }
        let name = url.lastPathComponent
        for e in fresh {
            let note = (e.note.isEmpty ? Message.collectRecordNote(name)
                : .collectRecordNoteWith(name, note: e.note)).text()
            do {
                try session.record(item: e.item, value: e.value, note: note, at: check.period.end, id: e.recordID,
                    user: check.unit)
                intake.recorded += 1
            } catch {
                intake.refusal = FormRefusal(.withReason(.reason(for: error)) { .collectCannotRead($0) })
                break
            }
        }
        intake.outcome = check.refusals.isEmpty ? .applied : .appliedInPart
        return intake
    }

    private static func read(_ url: URL, limits: ReadLimits) throws(FormRefusal) -> Data {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= limits.fileBytes else {
            throw FormRefusal(.collectTooLarge("\(size) B", limit: ReadLimits.megabytes(limits.fileBytes)))
        }
        do { return try Data(contentsOf: url) } catch {
            throw FormRefusal(.withReason(.systemReason(of: error)) { .collectCannotRead($0) })
        }
    }
}
