import Catalogue

/// The 督办清单: everything that needs chasing as of a day (overdue measures, 持续推进 measures not
/// started by mid-year, targets behind, indicators not reported), grouped by the lead unit of the
/// task area each belongs to. Read from the `PlanStatus` every report and screen reads, so its figures are theirs.
public struct ChaseList: Sendable, Encodable {
    /// What an entry is.
    public enum Kind: String, Sendable, Encodable, CaseIterable {
        case overdueMeasure = "overdue-measure"
        case stalledMeasure = "stalled-measure"
        case behindTarget = "behind-target"
        case unreportedIndicator = "not-reported"

        public var message: Message {
            switch self {
            case .overdueMeasure: return .chaseOverdueMeasure
            case .stalledMeasure: return .chaseStalledMeasure
            case .behindTarget: return .chaseBehindTarget
            case .unreportedIndicator: return .chaseUnreported
            }
        }
    }

    /// How groups are ordered: units in plan order, most entries first, or longest overdue first.
    public enum Order: String, Sendable, CaseIterable {
        case plan, count, days
    }

    /// One thing to chase, with the task area it opens.
    public struct Entry: Sendable, Encodable, Equatable {
        public let kind: Kind
        public let id: String
        public let text: String
        public let sectionId: String
        public let taskId: String
        public let taskTitle: String
        /// Days overdue (measures), else nil.
        public let daysOverdue: Int?
        /// Why it is listed: 逾期 N 天, 未推进, `30% · 已填报 1/2`, the goal of an unreported indicator.
        public let detail: String
    }

    /// A lead unit and what it is chased for.
    public struct Group: Sendable, Encodable, Equatable {
        public let lead: String
        public let entries: [Entry]
    }

    public let asOf: String
    public let groups: [Group]

    public var count: Int { groups.reduce(0) { $0 + $1.entries.count } }

    public init(_ status: PlanStatus, order: Order = .plan) {
        var measures: [(lead: String, entry: Entry)] = []
        var targets: [(lead: String, entry: Entry)] = []
        var unreported: [(lead: String, entry: Entry)] = []
        for section in status.plan.sections {
            for task in section.tasks {
                let lead = task.lead ?? "—"
                func entry(_ kind: Kind, _ id: String, _ text: String, days: Int? = nil, _ detail: String) -> (String,
                    Entry) {
                    (lead, Entry(kind: kind, id: id, text: text, sectionId: section.id, taskId: task.id,
                                 taskTitle: task.title, daysOverdue: days, detail: detail))
                }
                for m in task.measures {
                    guard let s = status.measures[m.id] else { continue }
                    if s.state == .overdue {
                        measures.append(entry(.overdueMeasure, m.id, m.text, days: -(s.daysLeft ?? 0),
                            s.deadlineMessage.text()))
                    } else if s.stalled {
                        measures.append(entry(.stalledMeasure, m.id, m.text, s.deadlineMessage.text()))
                    }
                }
                for target in task.targets {
                    if let t = status.targetStatuses[target.id], t.standing == .behind {
                        targets.append(entry(.behindTarget, target.id, target.text,
                            t.label + " · " + t.completion.textWithCoverage))
                    }
                    for i in target.indicators where status.indicators[i.id]?.isReported == false {
                        unreported.append(entry(.unreportedIndicator, i.id, i.name,
                            Message.standingNotReported.text() + " · " + i.goalText))
                    }
                }
            }
        }
        let entries = measures + targets + unreported
        var leads: [String] = []
        var byLead: [String: [Entry]] = [:]
        for (lead, entry) in entries {
            if byLead[lead] == nil { leads.append(lead) }
            byLead[lead, default: []].append(entry)
        }
        let unitOrder = Dictionary(status.units.enumerated().map { ($0.element.name, $0.offset) },
            uniquingKeysWith: { a, _ in a })
        let kindOrder = Dictionary(uniqueKeysWithValues: Kind.allCases.enumerated().map { ($0.element, $0.offset) })
        var groups = leads.map { lead in
            Group(lead: lead, entries: byLead[lead]!.enumerated().sorted { a, b in
                (kindOrder[a.element.kind]!, a.offset) < (kindOrder[b.element.kind]!, b.offset)
            }.map(\.element))
        }
        let place = { (g: Group) in unitOrder[g.lead] ?? Int.max }
        switch order {
        case .plan: groups.sort { place($0) < place($1) }
        case .count: groups.sort { ($0.entries.count, -place($0)) > ($1.entries.count, -place($1)) }
        case .days:
            let most = { (g: Group) in g.entries.compactMap(\.daysOverdue).max() ?? -1 }
            groups.sort { (most($0), -place($0)) > (most($1), -place($1)) }
        }
        asOf = status.asOf.description
        self.groups = groups
    }
}
