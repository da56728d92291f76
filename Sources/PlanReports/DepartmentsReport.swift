import Catalogue
import PlanModel

/// What `plandash departments` prints: every unit with the task areas it leads and joins,
/// and the measures and indicators that fall to it.
public struct DepartmentsReport: Encodable, Sendable {
    public struct TaskRef: Encodable, Sendable {
        public let id, title: String
        public let measures, indicators: Int
    }

    public struct UnitLine: Encodable, Sendable {
        public let name: String
        public let leads, joins: [TaskRef]
        public let measures, overdue, indicators: Int
        public let leadCompletion: Double?
    }

    public let plan: String
    public let asOf: String
    public let units: [UnitLine]

    public init(_ status: PlanStatus) {
        let plan = status.plan
        let byID = Dictionary(uniqueKeysWithValues: plan.tasks.map { ($0.id, $0) })
        func ref(_ id: String) -> TaskRef {
            let t = byID[id]!
            return TaskRef(id: id, title: t.title, measures: t.measures.count,
                indicators: t.targets.reduce(0) { $0 + $1.indicators.count })
        }
        self.plan = plan.info.id
        asOf = status.asOf.description
        units = status.units.map {
            UnitLine(name: $0.name, leads: $0.leads.map(ref), joins: $0.joins.map(ref), measures: $0.measures,
                     overdue: $0.overdue, indicators: $0.indicators, leadCompletion: $0.leadCompletion)
        }
    }

    public var text: String {
        var out = [Message.departmentsTitle(plan, asOf: asOf, units: units.count).text(), ""]
        out += TextTable.render(
            header: Message.departmentsHeader.map { $0.text() },
            rows: units.map { [$0.name, "\($0.leads.count)", "\($0.joins.count)", "\($0.measures)", "\($0.overdue)",
                "\($0.indicators)", $0.leadCompletion.map(NumberText.percent) ?? "—"] },
            rightAligned: [1, 2, 3, 4, 5, 6])
        for u in units {
            out.append("")
            out.append(TerminalSafe.text(u.name))
            for t in u.leads {
                out.append(Message.departmentsLeads(t.id, TerminalSafe.text(t.title), measures: t.measures,
                    indicators: t.indicators).text())
            }
            for t in u.joins {
                out.append(Message.departmentsJoins(t.id, TerminalSafe.text(t.title), measures: t.measures,
                    indicators: t.indicators).text())
            }
        }
        return out.joined(separator: "\n")
    }
}
