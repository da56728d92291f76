import Catalogue
import PlanModel

/// The 督办清单: everything that needs chasing as of a day (overdue measures, 持续推进 measures not
/// started by mid-year, targets behind, indicators not reported), grouped by the lead unit of the
/// task area each belongs to. Read from the same `Bulletin` as every report, so its figures are theirs.
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
        self.init(Bulletin(status), order: order)
    }

    public init(_ b: Bulletin, order: Order = .plan) {
        var entries: [(lead: String, entry: Entry)] = []
        func add(_ kind: Kind, _ id: String, _ text: String, _ place: Place, days: Int? = nil, _ detail: String) {
            entries.append((place.lead ?? "—", Entry(kind: kind, id: id, text: text, sectionId: place.sectionID, taskId: place.taskID,
                                                    taskTitle: place.taskTitle, daysOverdue: days, detail: detail)))
        }
        for m in b.measures {
            if m.status.state == .overdue {
                add(.overdueMeasure, m.measure.id, m.measure.text, m.place, days: -(m.status.daysLeft ?? 0), m.status.deadlineMessage.text())
            } else if m.status.stalled {
                add(.stalledMeasure, m.measure.id, m.measure.text, m.place, m.status.deadlineMessage.text())
            }
        }
        for t in b.targets where t.standing == .behind {
            add(.behindTarget, t.target.id, t.target.text, t.place, t.status.label + " · " + t.completion.textWithCoverage)
        }
        for i in b.unreportedIndicators {
            add(.unreportedIndicator, i.indicator.id, i.indicator.name, i.place, Message.standingNotReported.text() + " · " + i.indicator.goalText)
        }
        var leads: [String] = []
        var byLead: [String: [Entry]] = [:]
        for (lead, entry) in entries {
            if byLead[lead] == nil { leads.append(lead) }
            byLead[lead, default: []].append(entry)
        }
        let unitOrder = Dictionary(b.units.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { a, _ in a })
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
        asOf = b.asOf.description
        self.groups = groups
    }

    /// The list as report blocks (a section of the Markdown and HTML bulletins).
    public var blocks: [ReportBlock] {
        var out: [ReportBlock] = [.heading(level: 2, text: "\(Message.chaseListTitle.text())（\(count) 项）")]
        guard !groups.isEmpty else { return out + [.paragraph([Span(Message.chaseEmpty.text())])] }
        for g in groups {
            out.append(.heading(level: 3, text: "\(g.lead)（\(g.entries.count) 项）"))
            out.append(.table(ReportTable(header: ["类别", "编号", "事项", "主要任务", "情况"],
                                          rows: g.entries.map { [$0.kind.message.text(), $0.id, $0.text, $0.taskTitle, $0.detail] })))
        }
        return out
    }

    /// The list as plain text lines for a terminal, every outside text made safe.
    public var text: String {
        var out = ["\(Message.chaseListTitle.text()) \(asOf): \(Message.chaseCounts(groups.count, count).text())"]
        if groups.isEmpty { return (out + [Message.chaseEmpty.text()]).joined(separator: "\n") }
        for g in groups {
            out.append("")
            out.append("\(TerminalSafe.text(g.lead)) (\(g.entries.count))")
            out += TextTable.render(header: Message.chaseHeader.text().split(separator: "\t").map(String.init),
                                    rows: g.entries.map { [TerminalSafe.text(g.lead), $0.kind.message.text(), TerminalSafe.text($0.id),
                                                           DisplayWidth.truncate(TerminalSafe.text($0.text), to: 40),
                                                           TerminalSafe.text($0.taskTitle), TerminalSafe.text($0.detail)] })
        }
        return out.joined(separator: "\n")
    }
}
