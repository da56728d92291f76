import Catalogue
import Foundation
import PlanModel
import PlanReports

/// 报送情况 as `plandash status` prints it: a table of units (most missing first) or JSON with
/// camelCase fields that are always present (`lastReported` null when the unit never reported).
public struct RoundReport: Encodable, Sendable {
    struct PeriodDTO: Encodable {
        let id, start, end, due: String
    }

    struct UnitDTO: Encodable {
        let unit: String
        let due, reported, missing: Int
        let missingItems: [String]
        /// When the unit last reported: UTC in JSON, the reader's zone in the table.
        let lastReported: Date?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(unit, forKey: .unit)
            try c.encode(due, forKey: .due)
            try c.encode(reported, forKey: .reported)
            try c.encode(missing, forKey: .missing)
            try c.encode(missingItems, forKey: .missingItems)
            try c.encode(lastReported.map(LocalTime.utc.minute), forKey: .lastReported)
        }

        enum CodingKeys: String, CodingKey { case unit, due, reported, missing, missingItems, lastReported }
    }

    let plan: String
    let period: PeriodDTO
    let units: [UnitDTO]

    public init(plan: Plan, round: ReportingRound) {
        self.plan = plan.info.id
        let p = round.period
        period = PeriodDTO(id: p.id, start: p.start.description, end: p.end.description, due: p.due.description)
        units = round.units.map { s in
            UnitDTO(unit: s.unit, due: s.due.count, reported: s.reported.count, missing: s.missingCount,
                    missingItems: s.missing.map(\.id), lastReported: s.lastReported)
        }
    }

    /// The table as lines, text from the plan made terminal-safe.
    public var lines: [String] {
        let title = Message.roundTitle(period.id, start: period.start, end: period.end, due: period.due).text()
        let rows = units.map { u in
            [TerminalSafe.text(u.unit), "\(u.due)", "\(u.reported)", "\(u.missing)",
                u.lastReported.map(LocalTime.current.minute) ?? Message.roundNever.text()]
        }
        let complete = units.filter { $0.missing == 0 }.count
        return [title, ""] + TextTable.render(header: Message.roundTableHeader.map { $0.text() }, rows: rows,
            rightAligned: [1, 2, 3])
            + ["", Message.roundTotals(units: units.count, complete: complete, late: units.count - complete).text()]
    }
}
