/// Texts of the progress bulletin (推进情况通报) in Markdown and HTML: headings, sentences,
/// table headers, chart titles and legends.
extension Message {
    // MARK: Head

    public static func bulletinTitle(_ plan: String) -> Message {
        Message(zh: "\(plan)推进情况通报", en: "\(plan): progress bulletin")
    }
    /// The HTML page's title.
    public static func bulletinPageTitle(_ plan: String, asOf: String) -> Message {
        Message(zh: "\(plan)推进情况通报（截至 \(asOf)）", en: "\(plan): progress bulletin (as of \(asOf))")
    }
    public static func bulletinByline(_ document: String, issuer: String, asOf: String) -> Message {
        Message(zh: "\(document) · \(issuer) · 数据截至 \(asOf)", en: "\(document) · \(issuer) · data as of \(asOf)")
    }
    public static let bulletinOverview = Message(zh: "总体情况", en: "Overview")
    public static let bulletinOverallLead = Message(zh: "总体完成度 ", en: "Overall completion ")
    public static func bulletinOverallRest(reported: Int, total: Int, elapsed: String, standing: Message) -> Message {
        Message(zh: "（已填报指标 \(reported)/\(total) 项，未填报按 0 计）；全年时间进度 \(elapsed)；总体\(standing.zh)。",
                en: """
                     (indicators reported \(reported)/\(total), unreported ones counted as 0); time elapsed in the \
                    year \(elapsed); overall \(standing.en).
                    """)
    }
    /// `已达成 3 项`: one standing's count in the targets sentence.
    public static func bulletinStandingCount(_ standing: Message, _ n: Int) -> Message {
        Message(zh: "\(standing.zh) \(n) 项", en: "\(standing.en) \(n)")
    }
    /// The separator between the counts of a sentence.
    public static let listSeparator = Message(zh: "，", en: ", ")
    public static func bulletinTargets(_ n: Int, standings: String, partly: Int) -> Message {
        Message(zh: "目标 \(n) 项：\(standings)；其中部分填报 \(partly) 项。",
                en: "Targets \(n): \(standings); of these, partly reported \(partly).")
    }
    public static func bulletinMeasures(_ n: Int, done: Int, late: Int, overdue: Int, soonDays: Int, dueSoon: Int,
        stalled: Int) -> Message {
        Message(zh: """
                措施 \(n) 项：已完成 \(done) 项（逾期完成 \(late) 项），逾期 \(overdue) 项，\(soonDays) 天内到期 \(dueSoon) 项，\
                持续推进未推进 \(stalled) 项。
                """,
                en: """
                    Measures \(n): done \(done) (late \(late)), overdue \(overdue), due within \(soonDays) days \
                    \(dueSoon), ongoing but not started \(stalled).
                    """)
    }

    // MARK: Charts

    public static let chartTimeElapsedYear = Message(zh: "全年时间进度", en: "time elapsed in the year")
    public static func chartTimeElapsed(_ elapsed: String) -> Message {
        Message(zh: "时间进度 \(elapsed)", en: "time elapsed \(elapsed)")
    }
    public static let chartSections = Message(zh: "各部分完成度", en: "Completion by section")
    public static let chartTasks = Message(zh: "各主要任务完成度", en: "Completion by task area")
    public static let chartUnitLoad = Message(zh: "各单位措施负担", en: "Measures per unit")
    public static func chartUnitMeasures(_ n: Int) -> Message { Message(zh: "\(n) 项", en: "\(n)") }
    public static func chartUnitMeasuresOverdue(_ n: Int, overdue: Int) -> Message {
        Message(zh: "\(n) 项，逾期 \(overdue)", en: "\(n), \(overdue) overdue")
    }
    public static let chartUnitMeasuresKey = Message(zh: "所在主要任务的措施", en: "measures of its task areas")
    public static let chartOverdueKey = Message(zh: "其中逾期", en: "of these overdue")
    /// A bar's tooltip: `一、聚焦四大重点工作：55%`.
    public static func chartBarTip(_ label: String, _ text: String) -> Message {
        Message(zh: "\(label)：\(text)", en: "\(label): \(text)")
    }

    // MARK: Sections and task areas

    public static let bulletinSections = Message(zh: "各部分完成情况", en: "Sections")
    public static func bulletinSectionHeading(_ title: String, coverage: String, standing: Message) -> Message {
        Message(zh: "\(title)（完成度 \(coverage) · \(standing.zh)）",
                en: "\(title) (completion \(coverage) · \(standing.en))")
    }
    /// `一、聚焦四大重点工作` / `1. 聚焦四大重点工作`: a section numbered as the notice numbers it.
    public static func numberedSection(_ n: Int, chinese: String, _ title: String) -> Message {
        Message(zh: "\(chinese)、\(title)", en: "\(n). \(title)")
    }
    /// `（一）补齐生产服务短板` / `(1) 补齐生产服务短板`.
    public static func numberedTask(_ n: Int, chinese: String, _ title: String) -> Message {
        Message(zh: "（\(chinese)）\(title)", en: "(\(n)) \(title)")
    }
    public static var bulletinTaskHeader: [Message] {
        [.columnTask, .columnLead, .columnCompletion, .columnReported, .columnStanding,
         Message(zh: "滞后目标", en: "Targets behind"), Message(zh: "措施完成", en: "Measures done"),
         .columnOverdueMeasures]
    }

    // MARK: Targets

    public static let bulletinTargetsHeading = Message(zh: "目标进展", en: "Targets")
    public static func bulletinTargetRules(_ elapsed: String) -> Message {
        Message(zh: """
                累计类指标（新增、全年实现等）与全年时间进度（截至日已过天数占全年天数之比，现为 \
                \(elapsed)）比较，水平类指标（增速、占比、比率、年末水平）与目标值本身比较；里程碑在所属时限前推进中为正常推进，到期未完成为滞后。目标按已填报指标判断：任一滞后即滞后，\
                全部填报且全部达到为已达成，只填报部分指标的标注部分填报且不算已达成；没有填报任何指标的为未填报。完成度中未填报指标按 0 计。
                """,
                en: """
                    Cumulative indicators (new additions, totals for the year) are compared with the time elapsed \
                    in the year (days gone by as a share of the year's days, now \(elapsed)); level indicators \
                    (growth rates, shares, ratios, year-end levels) with the goal itself. A milestone in progress \
                    before its deadline is on track, one not done by its deadline is behind. A target is judged on \
                    its reported indicators: behind when any is behind, reached when all are reported and reached; \
                    one with only some indicators reported is marked partly reported and never counts as reached; \
                    one with none reported is not reported. Completion counts unreported indicators as 0.
                    """)
    }
    /// `已达成（3 项）` / `Reached (3)`: a heading with how many items follow.
    public static func countedHeading(_ what: Message, _ n: Int) -> Message {
        Message(zh: "\(what.zh)（\(n) 项）", en: "\(what.en.prefix(1).uppercased())\(what.en.dropFirst()) (\(n))")
    }
    public static let bulletinNone = Message(zh: "无。", en: "None.")
    public static var bulletinTargetHeader: [Message] {
        [.columnID, Message(zh: "目标", en: "Target"), .columnTask, .columnCompletion, .columnReported, .columnStanding]
    }

    // MARK: Measures

    /// A deadline with the day it was read as: `2019年6月底前（2019-06-30）`.
    public static func deadlineWithDay(_ text: String, _ day: String) -> Message {
        Message(zh: "\(text)（\(day)）", en: "\(text) (\(day))")
    }
    public static var bulletinMeasureHeader: [Message] {
        [.columnID, Message(zh: "措施", en: "Measure"), .columnTask, Message(zh: "完成时限", en: "Deadline")]
    }
    public static let columnOverdueMeasures = Message(zh: "逾期措施", en: "Overdue measures")
    public static let bulletinDaysOverdue = Message(zh: "逾期天数", en: "Days overdue")
    public static func bulletinDueSoon(_ days: Int) -> Message {
        Message(zh: "\(days) 天内到期的措施", en: "measures due within \(days) days")
    }
    public static let bulletinDaysLeft = Message(zh: "剩余天数", en: "Days left")

    // MARK: Units

    public static func bulletinUnits(_ n: Int) -> Message {
        Message(zh: "责任单位（\(n) 个）", en: "Responsible units (\(n))")
    }
    public static var bulletinUnitHeader: [Message] {
        [Message(zh: "单位", en: "Unit"), Message(zh: "牵头任务", en: "Leads"), Message(zh: "配合任务", en: "Joins"),
         Message(zh: "措施", en: "Measures"), .columnOverdueMeasures, Message(zh: "指标", en: "Indicators"),
         Message(zh: "牵头任务完成度", en: "Lead completion")]
    }

    // MARK: Indicators not reported

    public static let bulletinUnreported = Message(zh: "未填报指标", en: "indicators not reported")
    public static var bulletinUnreportedHeader: [Message] {
        [.columnID, Message(zh: "指标", en: "Indicator"), Message(zh: "目标值", en: "Goal"), .columnTask, .columnLead]
    }

    // MARK: Columns several tables share

    public static let columnID = Message(zh: "编号", en: "Id")
    public static let columnTask = Message(zh: "主要任务", en: "Task area")
    public static let columnLead = Message(zh: "牵头单位", en: "Lead unit")
    public static let columnCompletion = Message(zh: "完成度", en: "Completion")
    public static let columnReported = Message(zh: "已填报指标", en: "Indicators reported")
    public static let columnStanding = Message(zh: "状态", en: "Standing")
}
