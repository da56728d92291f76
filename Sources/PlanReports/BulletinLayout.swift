import Catalogue
import PlanModel

/// The bulletin's content, in order, as blocks for the Markdown and HTML reports:
/// head, overall figures, sections and task areas, targets by standing, overdue and
/// soon-due measures, responsible units, and indicators not reported.
public enum BulletinLayout {
    public static func blocks(_ b: Bulletin) -> [ReportBlock] {
        head(b) + b.chase.blocks + sections(b) + targets(b) + measures(b) + units(b) + unreported(b)
    }

    /// `50%`: the share of the year elapsed, as reports print it.
    static func elapsedText(_ b: Bulletin) -> String { NumberText.percent(b.timeElapsed) }

    static func tone(_ standing: Standing) -> BarChart.Tone {
        switch standing {
        case .reached: return .good
        case .onTrack: return .normal
        case .behind: return .warn
        case .notReported: return .blank
        }
    }

    /// The key to the completion charts: one colour per standing, and the time marker.
    static var completionLegend: [BarChart.LegendEntry] {
        Standing.allCases.map { BarChart.LegendEntry(.tone(tone($0)), $0.label) }
            + [BarChart.LegendEntry(.marker, Message.chartTimeElapsedYear.text())]
    }

    /// A table whose header comes from the catalogue.
    static func table(_ header: [Message], rows: [[String]], numeric: Set<Int> = []) -> ReportBlock {
        .table(ReportTable(header: header.map { $0.text() }, rows: rows, numeric: numeric))
    }

    static func heading(_ level: Int, _ text: Message) -> ReportBlock { .heading(level: level, text: text.text()) }

    static func paragraph(_ text: Message) -> ReportBlock { .paragraph([Span(text.text())]) }

    static func timeMarker(_ b: Bulletin) -> BarChart.Marker {
        .init(value: b.timeElapsed, label: Message.chartTimeElapsed(elapsedText(b)).text())
    }

    static func completionBar(_ label: String, _ c: Completion, _ standing: Standing) -> BarChart.Bar {
        BarChart.Bar(label: label, value: c.fraction, text: c.textWithCoverage, tone: tone(standing))
    }

    static func head(_ b: Bulletin) -> [ReportBlock] {
        let measures = b.measures
        let count = { (s: MeasureStatus.State) in measures.filter { $0.status.state == s }.count }
        let late = measures.filter { $0.status.daysLate != nil }.count
        let stalled = measures.filter(\.status.stalled).count
        let standings = Standing.allCases.map {
            Message.bulletinStandingCount($0.message, b.overallTargets.count($0)).text()
        }.joined(separator: Message.listSeparator.text())
        return [
            heading(1, .bulletinTitle(b.info.title)),
            paragraph(.bulletinByline(b.info.document, issuer: b.info.issuer, asOf: b.asOf.description)),
            heading(2, .bulletinOverview),
            .paragraph([Span(Message.bulletinOverallLead.text()), Span(b.overall.text, strong: true),
                        Span(Message.bulletinOverallRest(reported: b.overall.reported, total: b.overall.total,
                            elapsed: elapsedText(b), standing: b.overallTargets.standing.message).text())]),
            paragraph(.bulletinTargets(b.targets.count, standings: standings,
                partly: b.overallTargets.partlyReported)),
            paragraph(.bulletinMeasures(measures.count, done: count(.done), late: late, overdue: count(.overdue),
                soonDays: PlanStatus.dueSoonDays, dueSoon: count(.dueSoon), stalled: stalled)),
            .chart(BarChart(title: Message.chartSections.text(), maxValue: 1,
                            bars: b.sections.map { completionBar($0.numberedTitle, $0.completion,
                                $0.targets.standing) },
                            marker: timeMarker(b), legend: completionLegend)),
        ]
    }

    static func sections(_ b: Bulletin) -> [ReportBlock] {
        var out: [ReportBlock] = [
            heading(2, .bulletinSections),
            .chart(BarChart(title: Message.chartTasks.text(), maxValue: 1,
                            bars: b.sections.flatMap { $0.tasks }.map { completionBar($0.place.taskTitle,
                                $0.status.completion, $0.status.standing) },
                            marker: timeMarker(b), legend: completionLegend)),
        ]
        for s in b.sections {
            out.append(heading(3, .bulletinSectionHeading(s.numberedTitle, coverage: s.completion.textWithCoverage,
                standing: s.targets.standing.message)))
            out.append(table(Message.bulletinTaskHeader,
                rows: s.tasks.map { t in
                    let c = t.status.completion
                    return [t.place.numberedTask, t.place.lead ?? "—", c.text, "\(c.reported)/\(c.total)",
                        t.status.standing.label,
                            "\(t.status.targets.behind)", "\(t.status.done)/\(t.status.measures)",
                                "\(t.status.overdue)"]
                },
                numeric: [2, 3, 5, 6, 7]))
        }
        return out
    }

    static func targets(_ b: Bulletin) -> [ReportBlock] {
        var out: [ReportBlock] = [
            heading(2, .bulletinTargetsHeading),
            paragraph(.bulletinTargetRules(elapsedText(b))),
        ]
        for standing in Standing.allCases {
            let lines = b.targets(standing)
            out.append(heading(3, .countedHeading(standing.message, lines.count)))
            out.append(lines.isEmpty ? paragraph(.bulletinNone) : table(Message.bulletinTargetHeader,
                rows: lines.map { [$0.target.id, $0.target.text, $0.place.numberedTask, $0.completion.text,
                    "\($0.completion.reported)/\($0.completion.total)", $0.status.label] },
                numeric: [3, 4]))
        }
        return out
    }

    static func deadline(_ m: Measure) -> String {
        guard let date = m.deadline.date else { return m.deadline.text }
        return Message.deadlineWithDay(m.deadline.text, date.description).text()
    }

    static func measures(_ b: Bulletin) -> [ReportBlock] {
        let overdue = b.measures(.overdue)
        let soon = b.measures(.dueSoon)
        func measureTable(_ lines: [MeasureLine], daysHeader: Message, days: (Int) -> Int) -> ReportBlock {
            guard !lines.isEmpty else { return paragraph(.bulletinNone) }
            return table(Message.bulletinMeasureHeader + [daysHeader, .columnLead],
                rows: lines.map { [$0.measure.id, $0.measure.text, $0.place.numberedTask, deadline($0.measure),
                                   $0.status.daysLeft.map { "\(days($0))" } ?? "—", $0.place.lead ?? "—"] },
                numeric: [4])
        }
        return [
            heading(2, .countedHeading(.columnOverdueMeasures, overdue.count)),
            measureTable(overdue, daysHeader: .bulletinDaysOverdue, days: { -$0 }),
            heading(2, .countedHeading(.bulletinDueSoon(PlanStatus.dueSoonDays), soon.count)),
            measureTable(soon, daysHeader: .bulletinDaysLeft, days: { $0 }),
        ]
    }

    static func units(_ b: Bulletin) -> [ReportBlock] {
        let most = Double(b.units.map(\.measures).max() ?? 0)
        return [
            heading(2, .bulletinUnits(b.units.count)),
            .chart(BarChart(title: Message.chartUnitLoad.text(), maxValue: max(most, 1), bars: b.units.map { u in
                BarChart.Bar(label: u.name, value: Double(u.measures), highlight: Double(u.overdue),
                             text: (u.overdue > 0 ? Message.chartUnitMeasuresOverdue(u.measures, overdue: u.overdue)
                                : .chartUnitMeasures(u.measures)).text(),
                             tone: .neutral)
            }, legend: [.init(.tone(.neutral), Message.chartUnitMeasuresKey.text()),
                        .init(.highlight, Message.chartOverdueKey.text())])),
            table(Message.bulletinUnitHeader,
                rows: b.units.map { u in
                    [u.name, "\(u.leads.count)", "\(u.joins.count)", "\(u.measures)", "\(u.overdue)", "\(u.indicators)",
                     u.leadCompletion.map(NumberText.percent) ?? (u.leads.isEmpty ? "—" : Standing.notReported.label)]
                },
                numeric: [1, 2, 3, 4, 5, 6]),
        ]
    }

    static func unreported(_ b: Bulletin) -> [ReportBlock] {
        let lines = b.unreportedIndicators
        return [
            heading(2, .countedHeading(.bulletinUnreported, lines.count)),
            lines.isEmpty ? paragraph(.bulletinNone) : table(Message.bulletinUnreportedHeader,
                rows: lines.map { [$0.indicator.id, $0.indicator.name, $0.indicator.goalText, $0.place.numberedTask,
                    $0.place.lead ?? "—"] }),
        ]
    }
}
