// not messages: developer tool; its output is for developers and README's English benchmark table

import Foundation
import PlanModel
import PlanStore

/// A progress journal as a year of monthly reporting leaves it: in each of `rounds` months
/// every indicator's lead unit reports once (a figure growing toward its goal, or a milestone's
/// state), recorded a few days after the month's end; one report in ten is late, for the month
/// before, so the file is not in replay order. Written in the real journal format.
enum SyntheticJournal {
    static let rounds = 10

    /// Writes the journal for `plan` to `url` in bulk (one write per round, one fsync at the end).
    static func write(for plan: Plan, to url: URL) throws {
        let indicators = plan.tasks.flatMap { task in task.targets.flatMap(\.indicators).map { (task.lead ?? "", $0) } }
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw BenchError("cannot create \(url.path)")
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var previous: [ItemValue?] = Array(repeating: nil, count: indicators.count)
        for round in 1...rounds {
            let day = CalendarDate.endOfMonth(year: plan.info.year, month: round)!
            let recorded = Date(timeIntervalSince1970: TimeInterval(day.adding(days: 3).dayNumber * 86_400 + 9 * 3600))
            var records: [ProgressRecord] = []
            records.reserveCapacity(indicators.count)
            for (n, (lead, indicator)) in indicators.enumerated() {
                let value = self.value(indicator, round: round, seed: n)
                records.append(ProgressRecord(
                    id: UUID().uuidString.lowercased(), time: recorded.addingTimeInterval(Double(n) / 1000),
                    user: "clerk\(n % 4 + 1)", item: indicator.id, old: previous[n], new: value,
                    note: n % 3 == 0 ? "\(lead)\(round)月报送" : nil, at: late(n, round) ? monthBefore(day) : day))
                previous[n] = value
            }
            try handle.write(contentsOf: Journal.lines(records))
        }
        try handle.synchronize()
    }

    private static func late(_ n: Int, _ round: Int) -> Bool { round > 1 && n % 10 == 0 }

    private static func monthBefore(_ monthEnd: CalendarDate) -> CalendarDate {
        CalendarDate(year: monthEnd.year, month: monthEnd.month, day: 1)!.adding(days: -1)
    }

    /// A milestone moves from not started to in progress to (for some) done; a figure grows
    /// toward its goal, ending between 80 % and 120 % of it.
    private static func value(_ indicator: Indicator, round: Int, seed: Int) -> ItemValue {
        guard let goal = indicator.goal else {
            if round < 4 { return .status(.notStarted) }
            return .status(round == rounds && seed % 3 == 0 ? .done : .inProgress)
        }
        let figure: Double
        switch goal {
        case .atLeast(let x), .atMost(let x), .about(let x, _), .range(let x, _): figure = x
        }
        let finish = 0.8 + Double(seed % 41) / 100
        return .number((figure * finish * Double(round) / Double(rounds) * 100).rounded() / 100)
    }
}
