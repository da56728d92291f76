import Foundation

/// Who has reported in a period (报送情况): for every unit with items due, what it reported,
/// what is missing and when it last reported, sorted with the most missing first.
///
/// An item counts as reported by a unit when the journal has a record for it dated in the
/// period (`at` from the period's start to its end) made by that unit (the user a collected
/// form records, the unit's name) — or, for an item no other unit reports, made by anyone.
public struct ReportingRound: Sendable {
    /// One unit's standing in the round.
    public struct UnitStanding: Sendable, Equatable {
        public var unit: String
        /// Everything on the unit's form.
        public var due: [ReportingDuty.Item]
        /// Ids of the items reported in the period.
        public var reported: Set<String>
        /// When the unit last sent a record (the newest counted in this period, else its newest up to the period's
        /// end).
        public var lastReported: Date?

        /// The items not reported, in plan order.
        public var missing: [ReportingDuty.Item] { due.filter { !reported.contains($0.id) } }
        public var missingCount: Int { due.count - reported.count }
        /// Whether the unit still owes part of its form.
        public var isLate: Bool { missingCount > 0 }
    }

    public let period: ReportingPeriod
    /// Units with items due, most missing first, then in plan order.
    public let units: [UnitStanding]

    public init(plan: Plan, ledger: ProgressLedger, period: ReportingPeriod) {
        self.period = period
        var standings: [UnitStanding] = []
        for duty in ReportingDuty.all(in: plan) {
            var reported: Set<String> = []
            var newest: Date?
            for item in duty.items {
                let counted = ledger.history(of: item.id).filter {
                    period.contains($0.at) && (!item.shared || $0.user == duty.unit)
                }
                if !counted.isEmpty { reported.insert(item.id) }
                for r in counted where newest.map({ r.time > $0 }) ?? true { newest = r.time }
            }
            if newest == nil {
                newest = ledger.records.filter { $0.user == duty.unit && $0.at <= period.end }.map(\.time).max()
            }
            standings.append(UnitStanding(unit: duty.unit, due: duty.items, reported: reported, lastReported: newest))
        }
        let order = Dictionary(uniqueKeysWithValues: standings.enumerated().map { ($1.unit, $0) })
        units = standings.sorted {
            $0.missingCount != $1.missingCount ? $0.missingCount > $1.missingCount : order[$0.unit]! < order[$1.unit]!
        }
    }

    /// The standing of one unit, if it has items due.
    public func standing(of unit: String) -> UnitStanding? { units.first { $0.unit == unit } }
}
