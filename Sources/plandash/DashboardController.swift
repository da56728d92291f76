import Foundation
import DashboardCore
import PlanModel
import PlanReports
import PlanStore

/// The dashboard without its terminal: the plan session (data) and the UI state, and the
/// carrying out of the effects the state asks for — record, note, cycle, undo, redo, as-of
/// day, report, plan switch — each followed by the fresh status and a status-line message.
/// `DashboardApp` wires it to the terminal; tests drive it with keys.
final class DashboardController {
    private(set) var session: PlanSession
    private(set) var state: AppState
    /// The day asked for with `--as-of`, where `t` with nothing typed goes back to.
    private let startDay: CalendarDate?
    /// The day shown; nil follows the plan's default day (today, or its year end once over).
    private var day: CalendarDate?

    init(session: PlanSession, asOf: CalendarDate?, colors: Bool, plans: (PlanSession, PlanStatus) -> [PlanChoice]) {
        self.session = session
        startDay = asOf
        day = asOf
        let status = session.status(asOf: asOf ?? session.defaultDay())
        state = AppState(status: status, ledger: session.ledger, plans: [], colors: colors)
        state.plans = plans(session, status)
        if let warning = session.warnings.last {
            let more = session.warnings.count > 1 ? " (+\(session.warnings.count - 1) more; see plandash summary)" : ""
            state.message = .error("\(warning)\(more)")
        }
    }

    /// Feeds a key to the state and carries out what it asks. False when the app should end.
    func handle(_ key: Key) -> Bool {
        perform(state.handle(key))
    }

    /// The screen to paint at a size.
    func render(width: Int, height: Int) -> CellGrid {
        if state.width != width || state.height != height { _ = state.handle(.resize(width: width, height: height)) }
        return state.render(width: width, height: height)
    }

    /// Carries out effects; false when the app should end.
    func perform(_ effects: [AppEffect]) -> Bool {
        for effect in effects {
            switch effect {
            case .quit:
                return false
            case .switchPlan(let choice):
                switchPlan(to: choice)
            case .record(let item, let text, let at, let expecting):
                record(item: item, text: text, at: at, expecting: expecting)
            case .cycle(let item, let from, let to, let at):
                cycle(item: item, from: from, to: to, at: at)
            case .note(let item, let note, let at):
                recordNote(item: item, note: note, at: at)
            case .undo:
                change { try session.undo() } describe: { ChangeText.undone($0, in: $1) }
                if state.message == nil { state.message = .info("nothing to undo") }
            case .redo:
                change { try session.redo() } describe: { ChangeText.redone($0, in: $1) }
                if state.message == nil { state.message = .info("nothing to redo") }
            case .setAsOf(let asked):
                day = asked ?? startDay
                session.refresh()
                showFresh()
                state.message = .info("截至 \(state.status.asOf):只计入这一天及之前的记录" + (asked == nil ? "(默认日期)" : ""))
            case .writeReport:
                writeReport()
            }
        }
        return true
    }

    /// Another plandash (or `plandash set`) appended to the journal: show its changes.
    func pickUpOtherWriters() -> Bool {
        let fresh = session.refresh()
        guard fresh > 0 else { return false }
        showFresh()
        // A message from the screens (an edited item changed meanwhile) goes first.
        if state.message == nil {
            state.message = .info("\(fresh) change\(fresh == 1 ? "" : "s") recorded elsewhere picked up")
        }
        return true
    }

    private func showFresh() {
        state.replaceStatus(session.status(asOf: day ?? session.defaultDay()), ledger: session.ledger)
    }

    /// Makes a change through the session, then shows the fresh status and says what changed
    /// (or the error). A change that returns nil leaves `message` empty.
    private func change(_ make: () throws -> ProgressRecord?, describe: (ProgressRecord, PlanStatus) -> String) {
        do {
            let record = try make()
            showFresh()
            state.message = record.map { .info(describe($0, state.status)) }
        } catch {
            showFresh()
            state.message = .error("\(error)")
        }
    }

    /// Records a typed value unless the item changed since the editor opened; then the fresh
    /// status alone goes to the state, whose editor asks before replacing the new value.
    private func record(item: String, text: String, at: CalendarDate, expecting: ItemValue?) {
        session.refresh()
        guard session.ledger.replay(asOf: at)[item]?.value == expecting else {
            showFresh()
            return
        }
        change { try session.record(item: item, text: text, at: at) } describe: { ChangeText.recorded($0, in: $1) }
    }

    /// Records a note with the value the item holds now (read after picking up other writers).
    private func recordNote(item: String, note: String, at: CalendarDate) {
        session.refresh()
        let value = session.ledger.replay(asOf: at)[item]?.value
        change { try session.record(item: item, value: value, note: note, at: at) } describe: { ChangeText.noted($0, in: $1) }
    }

    /// Moves a milestone or measure on, unless it no longer holds the state it was seen in.
    private func cycle(item: String, from: WorkStatus?, to: WorkStatus, at: CalendarDate) {
        session.refresh()
        guard session.ledger.replay(asOf: at)[item]?.value.status == from else {
            showFresh()
            state.message = .error(ChangeText.changedMeanwhile(item, in: state.status, ledger: session.ledger) + ": Space moves it on from there")
            return
        }
        change { try session.record(item: item, value: .status(to), at: at) } describe: { ChangeText.recorded($0, in: $1) }
    }

    private func writeReport() {
        session.refresh()
        showFresh()
        let status = state.status
        let url = ReportWriter.defaultPath(planURL: session.url, asOf: status.asOf, format: .md)
        do {
            try AtomicFile.write(try ReportWriter.data(status, format: .md), to: url)
            state.message = .info("通报已写入 \(PlanFile.displayPath(url))")
        } catch {
            state.message = .error("\(error)")
        }
    }

    private func switchPlan(to choice: PlanChoice) {
        do {
            let next = try PlanSession(url: URL(fileURLWithPath: choice.location), user: session.user)
            session = next
            showFresh()
            state.message = .info("opened \(next.plan.info.title) (\(next.plan.info.id))")
        } catch {
            state.message = .error("cannot open \(choice.location): \(String(describing: error).split(separator: "\n").first ?? "")")
        }
    }
}
