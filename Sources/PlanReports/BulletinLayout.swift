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
    static let completionLegend: [BarChart.LegendEntry] =
        Standing.allCases.map { BarChart.LegendEntry(.tone(tone($0)), $0.label) } + [BarChart.LegendEntry(.marker,
            "全年时间进度")]

    static func completionBar(_ label: String, _ c: Completion, _ standing: Standing) -> BarChart.Bar {
        BarChart.Bar(label: label, value: c.fraction, text: c.textWithCoverage, tone: tone(standing))
    }

    static func head(_ b: Bulletin) -> [ReportBlock] {
        let measures = b.measures
        let count = { (s: MeasureStatus.State) in measures.filter { $0.status.state == s }.count }
        let late = measures.filter { $0.status.daysLate != nil }.count
        let stalled = measures.filter(\.status.stalled).count
        let standings = Standing.allCases.map { "\($0.label) \(b.overallTargets.count($0)) 项" }.joined(separator: "，")
        return [
            .heading(level: 1, text: "\(b.info.title)推进情况通报"),
            .paragraph([Span("\(b.info.document) · \(b.info.issuer) · 数据截至 \(b.asOf)")]),
            .heading(level: 2, text: "总体情况"),
            .paragraph([Span("总体完成度 "), Span(b.overall.text, strong: true),
                        Span("""
                            （已填报指标 \(b.overall.reported)/\(b.overall.total) 项，未填报按 0 计）；全年时间进度 \
                            \(elapsedText(b))；总体\(b.overallTargets.standing.label)。
                            """)]),
            .paragraph([Span("目标 \(b.targets.count) 项：\(standings)；其中部分填报 \(b.overallTargets.partlyReported) 项。")]),
            .paragraph([Span("""
                措施 \(measures.count) 项：已完成 \(count(.done)) 项（逾期完成 \(late) 项），逾期 \(count(.overdue)) \
                项，\(PlanStatus.dueSoonDays) 天内到期 \(count(.dueSoon)) 项，持续推进未推进 \(stalled) 项。
                """)]),
            .chart(BarChart(title: "各部分完成度", maxValue: 1,
                            bars: b.sections.map { completionBar($0.numberedTitle, $0.completion,
                                $0.targets.standing) },
                            marker: .init(value: b.timeElapsed, label: "时间进度 \(elapsedText(b))"),
                                legend: completionLegend)),
        ]
    }

    static func sections(_ b: Bulletin) -> [ReportBlock] {
        var out: [ReportBlock] = [
            .heading(level: 2, text: "各部分完成情况"),
            .chart(BarChart(title: "各主要任务完成度", maxValue: 1,
                            bars: b.sections.flatMap { $0.tasks }.map { completionBar($0.place.taskTitle,
                                $0.status.completion, $0.status.standing) },
                            marker: .init(value: b.timeElapsed, label: "时间进度 \(elapsedText(b))"),
                                legend: completionLegend)),
        ]
        for s in b.sections {
            out.append(.heading(level: 3,
                text: "\(s.numberedTitle)（完成度 \(s.completion.textWithCoverage) · \(s.targets.standing.label)）"))
            out.append(.table(ReportTable(
                header: ["主要任务", "牵头单位", "完成度", "已填报指标", "状态", "滞后目标", "措施完成", "逾期措施"],
                rows: s.tasks.map { t in
                    let c = t.status.completion
                    return [t.place.numberedTask, t.place.lead ?? "—", c.text, "\(c.reported)/\(c.total)",
                        t.status.standing.label,
                            "\(t.status.targets.behind)", "\(t.status.done)/\(t.status.measures)",
                                "\(t.status.overdue)"]
                },
                numeric: [2, 3, 5, 6, 7])))
        }
        return out
    }

    static func targets(_ b: Bulletin) -> [ReportBlock] {
        var out: [ReportBlock] = [
            .heading(level: 2, text: "目标进展"),
            .paragraph([Span("""
                累计类指标（新增、全年实现等）与全年时间进度（截至日已过天数占全年天数之比，现为 \
                \(elapsedText(b))）比较，水平类指标（增速、占比、比率、年末水平）与目标值本身比较；里程碑在所属时限前推进中为正常推进，到期未完成为滞后。目标按已填报指标判断：任一滞后即滞后，\
                全部填报且全部达到为已达成，只填报部分指标的标注部分填报且不算已达成；没有填报任何指标的为未填报。完成度中未填报指标按 0 计。
                """)]),
        ]
        for standing in Standing.allCases {
            let lines = b.targets(standing)
            out.append(.heading(level: 3, text: "\(standing.label)（\(lines.count) 项）"))
            out.append(lines.isEmpty ? .paragraph([Span("无。")]) : .table(ReportTable(
                header: ["编号", "目标", "主要任务", "完成度", "已填报指标", "状态"],
                rows: lines.map { [$0.target.id, $0.target.text, $0.place.numberedTask, $0.completion.text,
                    "\($0.completion.reported)/\($0.completion.total)", $0.status.label] },
                numeric: [3, 4])))
        }
        return out
    }

    static func deadline(_ m: Measure) -> String {
        guard let date = m.deadline.date else { return m.deadline.text }
        return "\(m.deadline.text)（\(date)）"
    }

    static func measures(_ b: Bulletin) -> [ReportBlock] {
        let overdue = b.measures(.overdue)
        let soon = b.measures(.dueSoon)
        func table(_ lines: [MeasureLine], daysHeader: String, days: (Int) -> Int) -> ReportBlock {
            guard !lines.isEmpty else { return .paragraph([Span("无。")]) }
            return .table(ReportTable(
                header: ["编号", "措施", "主要任务", "完成时限", daysHeader, "牵头单位"],
                rows: lines.map { [$0.measure.id, $0.measure.text, $0.place.numberedTask, deadline($0.measure),
                                   $0.status.daysLeft.map { "\(days($0))" } ?? "—", $0.place.lead ?? "—"] },
                numeric: [4]))
        }
        return [
            .heading(level: 2, text: "逾期措施（\(overdue.count) 项）"),
            table(overdue, daysHeader: "逾期天数", days: { -$0 }),
            .heading(level: 2, text: "\(PlanStatus.dueSoonDays) 天内到期的措施（\(soon.count) 项）"),
            table(soon, daysHeader: "剩余天数", days: { $0 }),
        ]
    }

    static func units(_ b: Bulletin) -> [ReportBlock] {
        let most = Double(b.units.map(\.measures).max() ?? 0)
        return [
            .heading(level: 2, text: "责任单位（\(b.units.count) 个）"),
            .chart(BarChart(title: "各单位措施负担", maxValue: max(most, 1), bars: b.units.map { u in
                BarChart.Bar(label: u.name, value: Double(u.measures), highlight: Double(u.overdue),
                             text: u.overdue > 0 ? "\(u.measures) 项，逾期 \(u.overdue)" : "\(u.measures) 项",
                             tone: .neutral)
            }, legend: [.init(.tone(.neutral), "所在主要任务的措施"), .init(.highlight, "其中逾期")])),
            .table(ReportTable(
                header: ["单位", "牵头任务", "配合任务", "措施", "逾期措施", "指标", "牵头任务完成度"],
                rows: b.units.map { u in
                    [u.name, "\(u.leads.count)", "\(u.joins.count)", "\(u.measures)", "\(u.overdue)", "\(u.indicators)",
                     u.leadCompletion.map(NumberText.percent) ?? (u.leads.isEmpty ? "—" : "未填报")]
                },
                numeric: [1, 2, 3, 4, 5, 6])),
        ]
    }

    static func unreported(_ b: Bulletin) -> [ReportBlock] {
        let lines = b.unreportedIndicators
        return [
            .heading(level: 2, text: "未填报指标（\(lines.count) 项）"),
            lines.isEmpty ? .paragraph([Span("无。")]) : .table(ReportTable(
                header: ["编号", "指标", "目标值", "主要任务", "牵头单位"],
                rows: lines.map { [$0.indicator.id, $0.indicator.name, $0.indicator.goalText, $0.place.numberedTask,
                    $0.place.lead ?? "—"] })),
        ]
    }
}
