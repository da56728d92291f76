/// The texts of a task area's screen (measures, targets with the indicator table, units, the
/// value editor's status line) and of an item's history screen.
extension Message {
    // MARK: task area

    /// The subtitle after the completion: `· 指标 1/4 · 牵头 省发展改革委`.
    public static func taskScreenCounts(reported: Int, of total: Int, lead: String) -> Message {
        Message(zh: " · 指标 \(reported)/\(total) · 牵头 \(lead)", en: " · indicators \(reported)/\(total) · lead \(lead)")
    }
    public static func taskScreenSelected(_ item: String) -> Message {
        Message(zh: " · 选中 \(item)", en: " · selected \(item)")
    }
    public static let taskScreenMeasures = Message(zh: "工作措施", en: "Measures")
    /// A measure's deadline: `时限 2019年底 (2019-12-31)`.
    public static func screenDeadline(_ deadline: String) -> Message {
        Message(zh: "时限 \(deadline)", en: "due \(deadline)")
    }
    public static let taskScreenTargets = Message(zh: "工作目标", en: "Targets")
    public static func taskScreenTargetCounts(targets: Int, indicators: Int, completion: String) -> Message {
        Message(zh: "\(targets) 个目标 · \(indicators) 个指标 · 完成度 \(completion)",
            en: "\(targets) target\(targets == 1 ? "" : "s") · \(indicators) indicator\(indicators == 1 ? "" : "s") · "
                + "completion \(completion)")
    }
    /// A target's number before its text: `目标1`.
    public static func taskScreenTarget(_ number: Int) -> Message {
        Message(zh: "目标\(number)", en: "Target \(number)")
    }
    public static let taskScreenUnits = Message(zh: "责任单位", en: "Responsible units")
    public static func taskScreenUnitCount(_ n: Int) -> Message {
        Message(zh: "\(n) 个 · 第一个牵头", en: "\(n) · the first one leads")
    }
    public static let taskScreenLead = Message(zh: "牵头", en: "lead")
    public static let taskScreenJoin = Message(zh: "配合", en: "with")

    // MARK: indicator table

    public static let screenColumnIndicator = Message(zh: "指标", en: "indicator")
    public static let screenColumnGoal = Message(zh: "目标", en: "goal")
    public static let screenColumnActual = Message(zh: "实际", en: "actual")
    public static let screenColumnProgress = Message(zh: "进度", en: "progress")
    public static let screenColumnStanding = Message(zh: "判断", en: "standing")
    public static let screenColumnUpdated = Message(zh: "更新", en: "updated")

    // MARK: typing a figure or a note

    public static func editorItem(_ item: String) -> Message {
        Message(zh: "编辑 \(item)", en: "editing \(item)")
    }
    /// After the item being edited: its goal, its unit, whether typing replaces the value, the keys.
    public static func editorGoal(_ goal: String, unit: String?, untouched: Bool) -> Message {
        Message(zh: " · 目标 \(goal)" + (unit.map { " · 单位 \($0)" } ?? "") + (untouched ? " · 输入即替换现值" : "")
                + " · Enter 保存 · Esc 取消",
            en: " · goal \(goal)" + (unit.map { " · unit \($0)" } ?? "")
                + (untouched ? " · typing replaces the value" : "")
                + " · Enter saves · Esc cancels")
    }
    /// The note prompt: `备注 kw1.t1.i3 软件业务收入:`.
    public static func editorNotePrompt(_ item: String) -> Message {
        Message(zh: "备注 \(item)：", en: "note on \(item):")
    }

    // MARK: an item's history

    public static func historyScreenTitle(_ item: String) -> Message {
        Message(zh: "历史  \(item)", en: "History  \(item)")
    }
    public static func historyScreenGoal(_ goal: String) -> Message { Message(zh: "目标 \(goal)", en: "goal \(goal)") }
    public static let historyScreenNow = Message(zh: "现值", en: "now")
    public static func historyScreenRecordCount(_ n: Int) -> Message {
        Message(zh: "\(n) 条记录", en: "\(n) record\(n == 1 ? "" : "s")")
    }
    public static let historyScreenNoneYet = Message(zh: "还没有记录 · Esc 返回", en: "no records yet · Esc goes back")
    public static let historyScreenLaterDimmed = Message(zh: " · 灰色为截至日期之后的记录",
        en: " · grey: records after the as-of day")
    public static let historyScreenTrend = Message(zh: "趋势", en: "trend")
    public static let historyScreenNoFigures = Message(zh: "没有数值记录", en: "no figures recorded")
    /// `412.5 → 500 · 3 个数值`.
    public static func historyScreenTrendRange(_ first: String, _ last: String, count: Int) -> Message {
        Message(zh: "\(first) → \(last) · \(count) 个数值",
            en: "\(first) → \(last) · \(count) figure\(count == 1 ? "" : "s")")
    }
    public static let historyScreenHowToRecord = Message(zh: "还没有记录：在任务详情中按 Enter 填报，Space 切换状态",
        en: "no records yet: in the task area Enter types a figure, Space moves a status on")
    /// The history table's columns: as of, recorded at, by whom, old → new, note.
    public static var historyScreenColumns: [Message] {
        [Message(zh: "截至", en: "as of"), Message(zh: "记录时间", en: "recorded"), Message(zh: "填报人", en: "by"),
         Message(zh: "原值 → 新值", en: "old → new"), Message(zh: "备注", en: "note")]
    }
}
