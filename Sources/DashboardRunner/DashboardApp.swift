import Foundation
import Catalogue
import DashboardCore
import PlanModel
import PlanStore
import TerminalUI

/// Runs the terminal dashboard: the controller (plan session and UI state, effects carried
/// out between them) on the ncursesw backend.
public final class DashboardApp {
    private let controller: DashboardController
    private let colors: Bool

    public init(session: PlanSession, asOf: CalendarDate?, colors: Bool, locator: PlanLocator) {
        self.colors = colors
        controller = DashboardController(session: session, asOf: asOf, colors: colors) { session, status in
            DashboardApp.choices(locator: locator, current: session, status: status)
        }
    }

    /// Takes over the terminal until the user quits.
    public func run() throws {
        TerminalLocale.setUp()
        try TerminalSession.run(
            colors: colors,
            render: { width, height in controller.render(width: width, height: height) },
            handle: { key in controller.handle(key) },
            tick: { controller.pickUpOtherWriters() })
    }

    /// Every plan in the plans folder, with its completion, for the picker: read only when the
    /// picker opens, never at start. A plan that does not load is listed with its problem.
    public static func choices(locator: PlanLocator, current: PlanSession, status: PlanStatus) -> [PlanChoice] {
        var files = locator.planFiles()
        if !files.contains(where: { $0.standardizedFileURL == current.url.standardizedFileURL }) { files.insert(
            current.url, at: 0) }
        return files.map { url in
            if url.standardizedFileURL == current.url.standardizedFileURL { return PlanChoice(status: status,
                location: url.path) }
            do {
                let other = try PlanSession(url: url, user: current.user)
                return PlanChoice(status: other.status(asOf: other.defaultDay()), location: url.path)
            } catch {
                let problem = Message.reason(for: error).text().split(separator: "\n").first.map(String.init) ?? ""
                return PlanChoice(failed: url.deletingPathExtension().lastPathComponent, location: url.path,
                    problem: problem)
            }
        }
    }
}
