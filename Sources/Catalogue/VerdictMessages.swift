/// Labels of the verdicts: standings, measure deadline states, coverage, 力争 and the 督办清单.
extension Message {
    public static let standingReached = Message(zh: "已达成", en: "reached")
    public static let standingOnTrack = Message(zh: "正常推进", en: "on track")
    public static let standingBehind = Message(zh: "滞后", en: "behind")
    public static let standingNotReported = Message(zh: "未填报", en: "not reported")
    public static let partlyReported = Message(zh: "部分填报", en: "partly reported")
    public static let stretch = Message(zh: "力争", en: "stretch")
    public static let exceeded = Message(zh: "超出", en: "above range")

    public static let workNotStarted = Message(zh: "未开始", en: "not started")
    public static let workInProgress = Message(zh: "推进中", en: "in progress")
    public static let workDone = Message(zh: "已完成", en: "done")

    public static func daysLeft(_ n: Int) -> Message { Message(zh: "剩 \(n) 天", en: "\(n) days left") }
    public static func daysOverdue(_ n: Int) -> Message { Message(zh: "逾期 \(n) 天", en: "\(n) days overdue") }
    public static let dueTodayNotDone = Message(zh: "到期未完成", en: "due today, not done")
    public static func doneLate(_ n: Int) -> Message { Message(zh: "逾期完成 \(n) 天", en: "done \(n) days late") }
    public static let doneOnTime = Message(zh: "按期完成", en: "done on time")
    public static let ongoing = Message(zh: "持续推进", en: "ongoing")
    public static let stalled = Message(zh: "未推进", en: "not started by mid-year")

    /// `55% · 已填报 8/88`.
    public static func coverage(_ completion: String, reported: Int, total: Int) -> Message {
        Message(zh: "\(completion) · 已填报 \(reported)/\(total)", en: "\(completion) · reported \(reported)/\(total)")
    }

    public static let chaseListTitle = Message(zh: "督办清单", en: "Follow-up list")
    public static let chaseOverdueMeasure = Message(zh: "逾期措施", en: "overdue measure")
    public static let chaseBehindTarget = Message(zh: "滞后目标", en: "target behind")
    public static let chaseUnreported = Message(zh: "未填报指标", en: "indicator not reported")
    public static let chaseStalledMeasure = Message(zh: "未推进措施", en: "measure not started")
    public static let chaseEmpty = Message(zh: "无需督办事项。", en: "Nothing to follow up.")
    public static func chaseCounts(_ units: Int, _ items: Int) -> Message {
        Message(zh: "\(units) 个牵头单位，\(items) 项", en: "\(units) lead units, \(items) items")
    }
    public static let chaseHeader = Message(zh: "牵头单位\t类别\t编号\t事项\t主要任务\t情况",
        en: "Lead unit\tKind\tId\tItem\tTask area\tState")
}
