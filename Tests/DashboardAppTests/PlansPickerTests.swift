import DashboardCore
import DashboardRunner
import Foundation
import PlanModel
import PlanStore
import TestSupport
import Testing

/// The dashboard reads only the plan it opens; the picker reads the others when it opens, and
/// lists a plan that does not load with its problem instead of failing.
@Suite(.language(.zh)) struct PlansPickerTests {
    @Test func otherPlansAreReadOnlyWhenThePickerOpensAndABrokenOneShowsItsError() throws {
        let url = try DashboardControllerTests.planCopy()
        let folder = url.deletingLastPathComponent()
        try Data("plan: &a\n  id: broken\n".utf8).write(to: folder.appendingPathComponent("broken.yaml"))
        let locator = PlanLocator(folder: folder)
        let c = DashboardController(session: try PlanSession(url: url, user: "me"), asOf: DashboardControllerTests.yearEnd, colors: false) {
            session, status in DashboardApp.choices(locator: locator, current: session, status: status)
        }
        #expect(c.state.plans.map(\.id) == ["hunan-2019-services"], "nothing else read at start")
        DashboardControllerTests.press(c, [.resize(width: 120, height: 40), .char("p")])
        #expect(c.state.plans.map(\.id).sorted() == ["broken", "hunan-2019-services"])
        let lines = DashboardControllerTests.lines(c)
        let broken = try #require(lines.first { $0.contains("broken") })
        #expect(broken.contains("broken.yaml"), "its problem, with the file: \(broken)")
        // Enter on it says why it cannot be opened and stays.
        let index = try #require(lines.firstIndex(of: broken))
        let current = try #require(lines.firstIndex { $0.contains("▸") })
        DashboardControllerTests.press(c, Array(repeating: index > current ? Key.down : Key.up, count: abs(index - current)) + [.enter])
        #expect(DashboardControllerTests.statusLine(c).contains("broken.yaml"))
        #expect(c.session.plan.info.id == "hunan-2019-services")
    }
}
