import DashboardCore
import Foundation
import PlanModel
import PlanStore
import TestSupport
import Testing

/// The Hunan 2019 plan with a small ledger of reported values, as of 2019-12-31, and helpers
/// to drive an `AppState` and read its screens as text.
enum Fixture {
    static let planURL = TestWorkspace.hunanPlan
    static let golden = GoldenFolder()

    static let plan: Plan = {
        do { return try PlanFile.load(planURL) } catch { fatalError("cannot load \(planURL.path): \(error)") }
    }()

    static let yearEnd = CalendarDate(year: 2019, month: 12, day: 31)!

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// Figures and milestones a plan office might have entered by the year end.
    static let records: [ProgressRecord] = {
        let entries: [(String, ItemValue, String)] = [
            ("kw1.t1.i1", .status(.done), "2019-06-30"),
            ("kw1.t1.i3", .number(412.5), "2019-09-30"),
            ("kw1.t1.i4", .number(12), "2019-09-30"),
            ("kw1.t2.i3", .number(800), "2019-09-30"),
            ("kw1.m1", .status(.done), "2019-11-30"),
            ("kw1.m4", .status(.inProgress), "2019-05-01"),
            ("sa1.t1.i1", .status(.done), "2019-08-15"),
            ("sa1.t1.i2", .number(100), "2019-08-15"),
            ("sa1.t2.i1", .number(15), "2019-09-30"),
            ("sa1.t3.i1", .number(1), "2019-12-20"),
            ("sa1.m1", .status(.done), "2019-09-20"),
            ("sa1.m3", .status(.done), "2019-12-20"),
            ("sg2.t1.i1", .number(30), "2019-09-30"),
            ("op1.t1.i1", .number(4), "2019-09-30"),
        ]
        return entries.enumerated().map { n, e in
            ProgressRecord(id: "fixture-\(n)", time: Date(timeIntervalSince1970: 1_570_000_000 + Double(n)), user: "fixture",
                           item: e.0, old: nil, new: e.1, at: day(e.2))
        }
    }()

    static func status(_ extra: [ProgressRecord] = [], asOf: CalendarDate = yearEnd, plan: Plan = plan) -> PlanStatus {
        PlanStatus(plan: plan, ledger: ledger(extra), asOf: asOf)
    }

    /// The fixture's records and `extra` ones.
    static func ledger(_ extra: [ProgressRecord] = []) -> ProgressLedger {
        ProgressLedger(records + extra)
    }

    /// A state sized to `width`×`height`, after `keys`.
    static func state(_ width: Int, _ height: Int, keys: [Key] = [], colors: Bool = false, plans: [PlanChoice] = []) -> AppState {
        var s = AppState(status: status(), ledger: ledger(), plans: plans, colors: colors)
        _ = s.handle(.resize(width: width, height: height))
        for k in keys { _ = s.handle(k) }
        return s
    }

    /// What the runner does when it finds new records: hands over the fresh status; then a key
    /// that does nothing else clears the "picked up" message, so the screen's own status line shows.
    static func dataChanged(_ s: inout AppState, _ status: PlanStatus, ledger: ProgressLedger? = nil) {
        s.take(.pickedUp(count: 1), status: status, ledger: ledger)
        _ = s.handle(.function(12))
    }

    static func lines(_ s: AppState) -> [String] {
        s.render(width: s.width, height: s.height).lines
    }

    /// Characters typed one by one.
    static func type(_ text: String) -> [Key] { text.map { Key.char($0) } }

    /// Every row exactly the screen's width in columns, and as many rows as the screen is high.
    static func expectExactSize(_ lines: [String], _ width: Int, _ height: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(lines.count == height, "expected \(height) rows, got \(lines.count)", sourceLocation: sourceLocation)
        for (i, line) in lines.enumerated() where DisplayWidth.of(line) != width {
            Issue.record("row \(i) is \(DisplayWidth.of(line)) columns, not \(width): |\(line)|", sourceLocation: sourceLocation)
        }
    }

    /// The row holding the focus marker.
    static func focusedLine(_ lines: [String]) -> String? {
        lines.first { $0.contains("▸") }
    }

    static func contains(_ lines: [String], _ text: String) -> Bool {
        lines.contains { $0.contains(text) }
    }
}
