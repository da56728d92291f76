import Foundation
import Testing
import PlanModel
import PlanStore
import TestSupport

/// Two users editing one plan, with clocks years apart: whatever either is told after an edit,
/// an undo or a redo is what replaying the journal gives.
@Suite struct TwoUserPropertyTests {
    /// A clock that stands still until moved (each user's is skewed differently).
    final class Clock: @unchecked Sendable {
        var now: Date
        init(_ now: Date) { self.now = now }
    }

    @Test func whatEachUserIsToldIsWhatReplayGives() throws {
        var rng = SplitMix64(state: 20_191_130)
        let url = try Fixtures.hunanCopy()
        let base = Date(timeIntervalSince1970: 1_570_000_000)
        let clocks = (0..<2).map { _ in Clock(base.addingTimeInterval(Double.random(in: -3e8...3e8, using: &rng))) }
        let users = try (0..<2).map { i in try PlanSession(url: url, user: "user\(i)", clock: { [clock = clocks[i]] in clock.now }) }
        let items: [(String, () -> ItemValue)] = [
            ("kw1.t1.i3", { .number(Double(Int.random(in: 0...900, using: &rng))) }),
            ("kw1.t1.i4", { .number(Double(Int.random(in: -20...30, using: &rng))) }),
            ("kw1.m1", { .status(WorkStatus.allCases.randomElement(using: &rng)!) }),
        ]
        let days = [CalendarDate(iso: "2019-09-30")!, CalendarDate(iso: "2019-12-31")!]
        var told = 0
        for _ in 0..<160 {
            let who = Int.random(in: 0...1, using: &rng)
            // Each clock ticks on, now and then jumping back or ahead (a clock being corrected).
            clocks[who].now.addTimeInterval(Bool.random(using: &rng) ? Double.random(in: 0...2, using: &rng) : Double.random(in: -1e6...1e6, using: &rng))
            let session = users[who]
            let made: ProgressRecord?
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<6:
                let (item, value) = items.randomElement(using: &rng)!
                made = try session.record(item: item, value: value(), at: days.randomElement(using: &rng)!)
            case 6..<8: made = try session.undoChange().record
            default: made = try session.redo()
            }
            guard let made else { continue }
            told += 1
            let replayed = ProgressLedger(try Journal(forPlan: url).readNew(final: true).records)
            #expect(replayed.state(of: made.item, asOf: made.at)?.value == made.new,
                    "\(made.user) was told \(made.item) = \(made.new.map { "\($0)" } ?? "—") as of \(made.at)")
        }
        #expect(told > 100)
        let replayed = ProgressLedger(try Journal(forPlan: url).readNew(final: true).records)
        for session in users {
            session.refresh()
            #expect(session.ledger == replayed)
        }
    }
}
