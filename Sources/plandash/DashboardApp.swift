import Foundation
import DashboardCore
import PlanModel
import PlanStore
import TerminalUI

/// Runs the terminal dashboard: the plan session (data), the pure UI core (state), and the
/// ncursesw backend (terminal), and carries out the core's effects between them.
final class DashboardApp {
    private var session: PlanSession
    private var state: AppState
    /// The as-of day the user asked for; nil follows the plan's default day.
    private let requestedDay: CalendarDate?
    private let locator: PlanLocator
    private let colors: Bool

    init(session: PlanSession, asOf: CalendarDate?, colors: Bool, locator: PlanLocator) {
        self.session = session
        self.requestedDay = asOf
        self.locator = locator
        self.colors = colors
        let status = session.status(asOf: asOf ?? session.defaultDay())
        state = AppState(status: status, plans: [], colors: colors)
        state.plans = DashboardApp.choices(locator: locator, current: session, status: status)
        if let warning = session.warnings.last {
            let more = session.warnings.count > 1 ? " (+\(session.warnings.count - 1) more; see plandash summary)" : ""
            state.message = .error("\(warning)\(more)")
        }
    }

    /// Takes over the terminal until the user quits.
    func run() throws {
        TerminalLocale.setUp()
        try TerminalSession.run(
            colors: colors,
            render: { width, height in
                if state.width != width || state.height != height { _ = state.handle(.resize(width: width, height: height)) }
                return state.render(width: width, height: height)
            },
            handle: { key in apply(state.handle(key)) },
            tick: { pickUpOtherWriters() })
    }

    /// Carries out effects; false when the app should end.
    private func apply(_ effects: [AppEffect]) -> Bool {
        for effect in effects {
            switch effect {
            case .quit:
                return false
            case .switchPlan(let choice):
                switchPlan(to: choice)
            }
        }
        return true
    }

    private func switchPlan(to choice: PlanChoice) {
        do {
            let next = try PlanSession(url: URL(fileURLWithPath: choice.location), user: session.user)
            session = next
            state.replaceStatus(next.status(asOf: requestedDay ?? next.defaultDay()))
            state.message = .info("opened \(next.plan.info.title) (\(next.plan.info.id))")
        } catch {
            state.message = .error("cannot open \(choice.location): \(String(describing: error).split(separator: "\n").first ?? "")")
        }
    }

    /// Another plandash (or `plandash set`) appended to the journal: show its changes.
    private func pickUpOtherWriters() -> Bool {
        let fresh = session.refresh()
        guard fresh > 0 else { return false }
        state.replaceStatus(session.status(asOf: state.status.asOf))
        state.message = .info("\(fresh) change\(fresh == 1 ? "" : "s") recorded elsewhere picked up")
        return true
    }

    /// Every plan in the plans folder, with its completion, for the picker.
    private static func choices(locator: PlanLocator, current: PlanSession, status: PlanStatus) -> [PlanChoice] {
        var files = locator.planFiles()
        if !files.contains(where: { $0.standardizedFileURL == current.url.standardizedFileURL }) { files.insert(current.url, at: 0) }
        return files.compactMap { url in
            if url.standardizedFileURL == current.url.standardizedFileURL { return PlanChoice(status: status, location: url.path) }
            guard let other = try? PlanSession(url: url, user: current.user) else { return nil }
            return PlanChoice(status: other.status(asOf: other.defaultDay()), location: url.path)
        }
    }
}
