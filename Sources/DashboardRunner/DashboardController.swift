import Foundation
import Catalogue
import DashboardCore
import PlanModel
import PlanReports
import PlanSharing
import PlanStore

/// The dashboard without its terminal: the plan session (data) and the UI state. It carries
/// out the effects the state asks for against the session and hands each result back to the
/// state with the fresh status; the state words every message. `DashboardApp` wires it to the
/// terminal; tests drive it with keys.
public final class DashboardController {
    public private(set) var session: PlanSession
    public private(set) var state: AppState
    /// The day asked for with `--as-of`, where `t` with nothing typed goes back to.
    private let startDay: CalendarDate?
    /// The day shown; nil follows the plan's default day (today, or its year end once over).
    private var day: CalendarDate?
    /// A sync running in the background (`S`).
    private var syncJob: SyncJob?
    /// Whether the folder's standing against its git remote has been read yet.
    private var sharingRead = false
    /// Lists the plans folder for the picker, when it opens.
    private let listPlans: (PlanSession, PlanStatus) -> [PlanChoice]

    public init(session: PlanSession, asOf: CalendarDate?, colors: Bool, plans: @escaping (PlanSession,
        PlanStatus) -> [PlanChoice]) {
        self.session = session
        listPlans = plans
        startDay = asOf
        day = asOf
        let status = session.status(asOf: asOf ?? session.defaultDay())
        state = AppState(status: status, ledger: session.ledger, plans: [PlanChoice(status: status,
            location: session.url.path)], colors: colors, user: session.user)
        if !session.warnings.isEmpty { state.take(.journalWarnings(session.warnings.map { "\($0)" })) }
    }

    /// The plans folder: what git shares.
    private var folder: URL { session.url.deletingLastPathComponent() }

    /// Feeds a key to the state and carries out what it asks. False when the app should end.
    public func handle(_ key: Key) -> Bool {
        perform(state.handle(key))
    }

    /// The screen to paint at a size.
    public func render(width: Int, height: Int) -> CellGrid {
        if state.width != width || state.height != height { _ = state.handle(.resize(width: width, height: height)) }
        return state.render(width: width, height: height)
    }

    /// Carries out effects; false when the app should end.
    public func perform(_ effects: [AppEffect]) -> Bool {
        for effect in effects {
            guard let result = carryOut(effect) else { return false }
            state.take(result, status: session.status(asOf: day ?? session.defaultDay()), ledger: session.ledger)
        }
        return true
    }

    /// Another plandash (or `plandash set`) appended to the journal: show its changes. Also
    /// where a background sync stands, and what came of it once it ends.
    public func pickUpOtherWriters() -> Bool {
        // How the folder stands against its remote is read on the first tick, not before the
        // first frame: it runs git.
        if !sharingRead {
            sharingRead = true
            state.take(.sharing(SharingStatus.read(folder: folder)?.header))
            return pickUpRecords() || state.sharing != nil
        }
        if let job = syncJob { return followSync(job) || pickUpRecords() }
        return pickUpRecords()
    }

    private func followSync(_ job: SyncJob) -> Bool {
        guard let outcome = job.finished else {
            guard let step = job.takeStep() else { return false }
            state.take(.syncProgress(step))
            return true
        }
        syncJob = nil
        let result: EffectResult
        switch outcome {
        case .success(let report):
            // A merged plan file, or a journal mended in place, needs the plan opened again.
            let name = session.url.lastPathComponent
            if report.changedFiles.contains(where: { $0.hasSuffix(name) ||
                $0.hasSuffix(Journal(forPlan: session.url).url.lastPathComponent) }),
               let reopened = try? PlanSession(url: session.url, user: session.user) {
                session = reopened
            }
            if case .conflict = report.outcome { result = .syncFinished(report.statusLine,
                ok: false) } else { result = .syncFinished(report.statusLine, ok: true) }
        case .failure(let error as SharingError):
            result = .syncFinished(error.message, ok: false)
        case .failure(let error):
            result = .syncFinished(.reason(for: error), ok: false)
        }
        session.refresh()
        state.take(result, status: session.status(asOf: day ?? session.defaultDay()), ledger: session.ledger)
        state.take(.sharing(SharingStatus.read(folder: folder)?.header))
        return true
    }

    private func pickUpRecords() -> Bool {
        let known = session.warnings.count
        let fresh = session.refresh()
        if session.warnings.count > known { state.take(.journalWarnings(session.warnings.map { "\($0)" })) }
        guard fresh > 0 else { return session.warnings.count > known }
        state.take(.pickedUp(count: fresh), status: session.status(asOf: day ?? session.defaultDay()),
            ledger: session.ledger)
        return true
    }

    /// What came of an effect; nil for quitting.
    private func carryOut(_ effect: AppEffect) -> EffectResult? {
        do {
            switch effect {
            case .quit:
                return nil
            case .record(let change):
                switch try session.recordIfUnchanged(item: change.item, expecting: change.expecting,
                    value: change.value,
                                                     note: change.note, at: change.at) {
                case .recorded(let r): return .recorded(r)
                case .changedMeanwhile(let now): return .conflict(change, current: now?.value, by: now?.record.user)
                }
            case .undo:
                let outcome = try session.undoChange()
                guard outcome.record != nil || !outcome.skipped.isEmpty else { return .nothingToUndo }
                return .undone(outcome.record, skipped: outcome.skipped.map(\.message))
            case .redo:
                return try session.redo().map(EffectResult.redone) ?? .nothingToRedo
            case .setAsOf(let asked):
                day = asked ?? startDay
                session.refresh()
                return .asOfShown(isDefault: asked == nil)
            case .writeReport:
                return try writeReport()
            case .listPlans:
                return .plansListed(listPlans(session, session.status(asOf: day ?? session.defaultDay())))
            case .switchPlan(let choice):
                return switchPlan(to: choice)
            case .sync:
                guard syncJob == nil else { return .syncProgress(.syncAlreadyRunning) }
                syncJob = SyncJob(folder: folder)
                return .syncProgress(.syncStarted)
            }
        } catch {
            session.refresh()
            return .failed(Message.reason(for: error).text())
        }
    }

    private func writeReport() throws -> EffectResult {
        session.refresh()
        let status = session.status(asOf: day ?? session.defaultDay())
        let url = ReportWriter.defaultPath(planURL: session.url, asOf: status.asOf, format: .md)
        try AtomicFile.write(try ReportWriter.data(status, format: .md), to: url)
        return .reportWritten(path: PlanFile.displayPath(url))
    }

    private func switchPlan(to choice: PlanChoice) -> EffectResult {
        do {
            session = try PlanSession(url: URL(fileURLWithPath: choice.location), user: session.user)
            return .planOpened
        } catch {
            return .planNotOpened(location: choice.location,
                reason: Message.reason(for: error).text().split(separator: "\n").first.map(String.init) ?? "")
        }
    }
}
