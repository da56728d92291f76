import Catalogue
import PlanModel

/// The 督办清单 as a bulletin section and as terminal text.
extension ChaseList {
    /// The list as report blocks (a section of the Markdown and HTML bulletins).
    public var blocks: [ReportBlock] {
        var out: [ReportBlock] = [.heading(level: 2, text: Message.countedHeading(.chaseListTitle, count).text())]
        guard !groups.isEmpty else { return out + [.paragraph([Span(Message.chaseEmpty.text())])] }
        for g in groups {
            out.append(.heading(level: 3, text: Message.chaseGroup(g.lead, g.entries.count).text()))
            out.append(.table(ReportTable(header: Message.chaseBulletinHeader.map { $0.text() },
                                          rows: g.entries.map { [$0.kind.message.text(), $0.id, $0.text, $0.taskTitle,
                                              $0.detail] })))
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
                                    rows: g.entries.map { [TerminalSafe.text(g.lead), $0.kind.message.text(),
                                        TerminalSafe.text($0.id),
                                                           DisplayWidth.truncate(TerminalSafe.text($0.text), to: 40),
                                                           TerminalSafe.text($0.taskTitle),
                                                               TerminalSafe.text($0.detail)] })
        }
        return out.joined(separator: "\n")
    }
}
