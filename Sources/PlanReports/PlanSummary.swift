import Catalogue
import PlanModel

/// The figures `plandash summary` prints: counts, deadlines by month, units and completion.
public struct PlanSummary: Encodable, Sendable {
    public struct SectionLine: Encodable, Sendable {
        public let id, kind, title: String
        public let tasks, measures, targets, indicators: Int
        public let completion: Double?
        public let indicatorsReported: Int
        public let standing: Standing
        public let targetCounts: StandingCounts
    }

    public struct DeadlineCount: Encodable, Sendable {
        /// `2019-12` for a month, `ongoing` for 持续推进.
        public let month: String
        public let measures: Int
    }

    public let id, title, document, issuer, issued: String
    public let year: Int
    public let asOf: String
    public let sections: [SectionLine]
    public let tasks, measures, targets, indicators, milestones, units: Int
    public let deadlines: [DeadlineCount]
    public let overdue, dueSoon, done, doneLate, stalled: Int
    public let indicatorsReported: Int
    public let completion: Double?
    /// 时间进度 at the end of the as-of day, 0…1.
    public let timeElapsed: Double
    public let standing: Standing
    public let targetCounts: StandingCounts

    public init(_ status: PlanStatus) {
        let plan = status.plan
        let info = plan.info
        id = info.id; title = info.title; document = info.document; issuer = info.issuer
        issued = info.issued.description; year = info.year; asOf = status.asOf.description
        sections = plan.sections.map { s in
            let targets = s.tasks.flatMap(\.targets)
            return SectionLine(id: s.id, kind: s.kind, title: s.title, tasks: s.tasks.count,
                               measures: s.tasks.reduce(0) { $0 + $1.measures.count }, targets: targets.count,
                               indicators: targets.reduce(0) { $0 + $1.indicators.count },
                               completion: status.sections[s.id]?.fraction,
                               indicatorsReported: status.sections[s.id]?.reported ?? 0,
                               standing: status.sectionTargets[s.id]?.standing ?? .notReported,
                               targetCounts: status.sectionTargets[s.id] ?? StandingCounts())
        }
        let allTasks = plan.tasks
        let allMeasures = allTasks.flatMap(\.measures)
        let allIndicators = allTasks.flatMap(\.targets).flatMap(\.indicators)
        tasks = allTasks.count
        measures = allMeasures.count
        targets = allTasks.reduce(0) { $0 + $1.targets.count }
        indicators = allIndicators.count
        milestones = allIndicators.filter(\.isMilestone).count
        units = status.units.count
        var byMonth: [String: Int] = [:]
        for m in allMeasures {
            let key = m.deadline.date.map { "\($0.year)-\($0.month < 10 ? "0" : "")\($0.month)" } ?? "ongoing"
            byMonth[key, default: 0] += 1
        }
        deadlines = byMonth.keys.sorted().map { DeadlineCount(month: $0, measures: byMonth[$0]!) }
        let states = allMeasures.compactMap { status.measures[$0.id]?.state }
        overdue = states.filter { $0 == .overdue }.count
        dueSoon = states.filter { $0 == .dueSoon }.count
        done = states.filter { $0 == .done }.count
        let measureStatuses = allMeasures.compactMap { status.measures[$0.id] }
        doneLate = measureStatuses.filter { $0.daysLate != nil }.count
        stalled = measureStatuses.filter(\.stalled).count
        indicatorsReported = status.overall.reported
        completion = status.overall.fraction
        timeElapsed = status.timeElapsed
        standing = status.overallTargets.standing
        targetCounts = status.overallTargets
    }

    /// The summary as plain text lines (CJK columns aligned by display width).
    public var text: String {
        var out: [String] = []
        out.append("\(TerminalSafe.text(title))  \(TerminalSafe.text(document))")
        out.append(Message.summaryPlanLine(TerminalSafe.text(issuer), issued: issued, id: id, year: year).text())
        out.append("")
        out.append(Message.summaryCounts(sections: sections.count, tasks: tasks, measures: measures, targets: targets,
            indicators: indicators, milestones: milestones, units: units).text())
        out.append("")
        let rows = sections.enumerated().map { i, s in
            [ChineseNumeral.section(i + 1, s.title), Message.sectionKind(s.kind).text(), "\(s.tasks)", "\(s.measures)",
                "\(s.targets)", "\(s.indicators)",
                s.completion.map(NumberText.percent) ?? "—",
             "\(s.indicatorsReported)/\(s.indicators)", s.standing.label, "\(s.targetCounts.behind)"]
        }
        out += TextTable.render(header: Message.summarySectionHeader.map { $0.text() },
                                rows: rows, rightAligned: [2, 3, 4, 5, 6, 7, 9])
        out.append("")
        out.append(Message.summaryDeadlines.text())
        out += TextTable.render(header: Message.summaryDeadlineHeader.map { $0.text() },
            rows: deadlines.map { [$0.month == "ongoing" ? Message.ongoing.text() : $0.month, "\($0.measures)"] },
            rightAligned: [1])
        out.append("")
        let completionText = completion.map(NumberText.percent) ?? Standing.notReported.label
        out.append(Message.summaryAsOf(asOf, completion: completionText,
            reported: indicatorsReported, indicators: indicators, elapsed: NumberText.percent(timeElapsed),
            standing: standing.message).text())
        let c = targetCounts
        out.append(Message.summaryTargets((c.reached, c.onTrack, c.behind, c.notReported, c.partlyReported)).text())
        out.append(Message.summaryMeasures(done: done, late: doneLate, overdue: overdue,
            soonDays: PlanStatus.dueSoonDays, dueSoon: dueSoon, stalled: stalled).text())
        return out.joined(separator: "\n")
    }
}
