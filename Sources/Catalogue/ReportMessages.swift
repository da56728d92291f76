/// Texts of the other reports: the indicator ledger CSV, the 督办清单 table, `plandash
/// departments` and `plandash summary`.
extension Message {
    // MARK: Indicator ledger (CSV)

    public static var csvReportHeader: [Message] {
        [.columnID, Message(zh: "部分", en: "Section"), .columnTask, Message(zh: "目标", en: "Target"),
         Message(zh: "指标", en: "Indicator"), Message(zh: "比较", en: "Comparison"), Message(zh: "目标值", en: "Goal"),
         Message(zh: "单位", en: "Unit"), Message(zh: "实际值", en: "Actual"), Message(zh: "进度", en: "Progress"),
         .columnStanding, .columnLead, Message(zh: "最近更新", en: "Last updated")]
    }
    /// The comparison of a goal given as a range (`1–2`).
    public static let goalRange = Message(zh: "区间", en: "range")
    /// A milestone's target value.
    public static let milestoneDone = Message(zh: "完成", en: "done")

    // MARK: 督办清单 in a bulletin

    public static var chaseBulletinHeader: [Message] {
        [Message(zh: "类别", en: "Kind"), .columnID, Message(zh: "事项", en: "Item"), .columnTask,
         Message(zh: "情况", en: "State")]
    }
    /// A lead unit's group: `省商务厅（3 项）`.
    public static func chaseGroup(_ lead: String, _ n: Int) -> Message {
        Message(zh: "\(lead)（\(n) 项）", en: "\(lead) (\(n))")
    }

    // MARK: plandash departments

    public static func departmentsTitle(_ plan: String, asOf: String, units: Int) -> Message {
        Message(zh: "\(plan) 的责任单位（截至 \(asOf)）：\(units) 个", en: "Units of \(plan), as of \(asOf): \(units)")
    }
    public static var departmentsHeader: [Message] {
        [Message(zh: "单位", en: "unit"), Message(zh: "牵头", en: "leads"), Message(zh: "配合", en: "joins"),
         Message(zh: "措施", en: "measures"), Message(zh: "逾期", en: "overdue"), Message(zh: "指标", en: "indicators"),
         Message(zh: "牵头完成度", en: "lead done")]
    }
    public static func departmentsLeads(_ id: String, _ title: String, measures: Int, indicators: Int) -> Message {
        Message(zh: "  牵头  \(id)  \(title)  （措施 \(measures) 项，指标 \(indicators) 项）",
                en: "  leads  \(id)  \(title)  (\(measures) measures, \(indicators) indicators)")
    }
    public static func departmentsJoins(_ id: String, _ title: String, measures: Int, indicators: Int) -> Message {
        Message(zh: "  配合  \(id)  \(title)  （措施 \(measures) 项，指标 \(indicators) 项）",
                en: "  joins  \(id)  \(title)  (\(measures) measures, \(indicators) indicators)")
    }

    // MARK: plandash summary

    public static func summaryPlanLine(_ issuer: String, issued: String, id: String, year: Int) -> Message {
        Message(zh: "\(issuer)  \(issued)  计划 \(id)，\(year) 年度", en: "\(issuer)  \(issued)  plan \(id), year \(year)")
    }
    public static func summaryCounts(sections: Int, tasks: Int, measures: Int, targets: Int, indicators: Int,
        milestones: Int, units: Int) -> Message {
        Message(zh: """
                \(sections) 个部分，\(tasks) 项主要任务，\(measures) 项措施，\(targets) 项目标，\(indicators) 项指标\
                （其中里程碑 \(milestones) 项），\(units) 个责任单位
                """,
                en: """
                    \(sections) sections, \(tasks) task areas, \(measures) measures, \(targets) targets, \(indicators) \
                    indicators (\(milestones) milestones), \(units) units
                    """)
    }
    /// A section's kind as the summary shows it: the Hunan plan's five kinds named in Chinese, the
    /// plan's own word in English and for any other kind.
    public static func sectionKind(_ kind: String) -> Message {
        let chinese = ["key-work": "重点工作", "special-actions": "专项行动", "safeguards": "保障措施",
                       "foundations": "基础工作", "opening-up": "开放发展"]
        return Message(zh: chinese[kind] ?? kind, en: kind)
    }
    public static var summarySectionHeader: [Message] {
        [Message(zh: "部分", en: "section"), Message(zh: "类别", en: "kind"), Message(zh: "任务", en: "tasks"),
         Message(zh: "措施", en: "measures"), Message(zh: "目标", en: "targets"), Message(zh: "指标", en: "indicators"),
         Message(zh: "完成度", en: "done"), Message(zh: "已填报", en: "reported"), Message(zh: "状态", en: "standing"),
         Message(zh: "滞后", en: "behind")]
    }
    public static let summaryDeadlines = Message(zh: "各月到期措施：", en: "Deadlines by month:")
    public static var summaryDeadlineHeader: [Message] {
        [Message(zh: "月份", en: "month"), Message(zh: "措施", en: "measures")]
    }
    public static func summaryAsOf(_ asOf: String, completion: String, reported: Int, indicators: Int, elapsed: String,
        standing: Message) -> Message {
        Message(zh: "截至 \(asOf)：完成度 \(completion)，已填报指标 \(reported)/\(indicators)；时间进度 \(elapsed)；\(standing.zh)",
                en: """
                    As of \(asOf): completion \(completion), indicators reported \
                    \(reported)/\(indicators); time elapsed \(elapsed); \(standing.en)
                    """)
    }
    public static func summaryTargets(_ c: (reached: Int, onTrack: Int, behind: Int, notReported: Int, partly: Int))
        -> Message {
        Message(zh: "目标：已达成 \(c.reached)，正常推进 \(c.onTrack)，滞后 \(c.behind)，未填报 \(c.notReported)（其中部分填报 \(c.partly)）",
                en: """
                    Targets: reached \(c.reached), on track \(c.onTrack), behind \
                    \(c.behind), not reported \(c.notReported) (partly reported \
                    \(c.partly))
                    """)
    }
    public static func summaryMeasures(done: Int, late: Int, overdue: Int, soonDays: Int, dueSoon: Int, stalled: Int)
        -> Message {
        Message(zh: "措施：已完成 \(done)（逾期完成 \(late)），逾期 \(overdue)，\(soonDays) 天内到期 \(dueSoon)，持续推进未推进 \(stalled)",
                en: """
                    Measures: done \(done) (late \(late)), overdue \(overdue), due within \(soonDays) days \(dueSoon), \
                    ongoing not started \(stalled)
                    """)
    }
}
