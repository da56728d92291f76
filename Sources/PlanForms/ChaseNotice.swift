import Catalogue
import PlanModel
import PlanReports

/// A short reminder (催报) to a unit that has not reported in full: what the period is, when it
/// was due, the items still missing and the measures of its task areas that are overdue as of
/// `status`'s day. The same content as Markdown (to file or mail) and as plain text (to paste
/// into a chat).
public struct ChaseNotice: Sendable, Equatable {
    public var unit: String
    public var markdown: String
    public var text: String

    public init(plan: Plan, status: PlanStatus, standing: ReportingRound.UnitStanding, period: ReportingPeriod) {
        unit = standing.unit
        let title = Message.chaseTitle(standing.unit, period: period.id).text()
        let opening = Message.chaseOpening(standing.unit, plan: plan.info.title, document: plan.info.document,
            period: period.id,
                                           due: period.due.description, missing: standing.missingCount,
                                               items: standing.due.count).text()
        let missing = standing.missing.map { item -> String in
            switch item.kind {
            case .indicator(let ind, _):
                return Message.formMissingIndicator(item.id, name: ind.name, task: item.taskTitle).text()
            case .measure(let m): return "\(item.id) \(m.text)"
            }
        }
        let unitTasks = Set(plan.tasks.filter { $0.units.contains(standing.unit) }.map(\.id))
        let overdue = plan.tasks.filter { unitTasks.contains($0.id) }.flatMap(\.measures).compactMap { m -> String? in
            guard let s = status.measures[m.id], s.state == .overdue else { return nil }
            return "\(m.id) " + Message.chaseOverdueLine(m.text, deadline: m.deadline.text,
                days: -(s.daysLeft ?? 0)).text()
        }
        var md = ["# " + MarkdownRenderer.escape(title), "", MarkdownRenderer.escape(opening), "",
                  "## " + Message.chaseMissingHeading.text(), ""] + missing.map { "- " + MarkdownRenderer.escape($0) }
        var plain = [title, "", opening, "",
            Message.chaseMissingHeading.text() + ":"] + missing.enumerated().map { "\($0.offset + 1). \($0.element)" }
        if !overdue.isEmpty {
            md += ["", "## " + Message.chaseOverdueHeading.text(),
                ""] + overdue.map { "- " + MarkdownRenderer.escape($0) }
            plain += ["", Message.chaseOverdueHeading.text() + ":"] +
                overdue.enumerated().map { "\($0.offset + 1). \($0.element)" }
        }
        markdown = md.joined(separator: "\n") + "\n"
        text = plain.joined(separator: "\n") + "\n"
    }
}
