/// Warnings `plandash import` gives about single lines of a notice: lines left out of the plan (and
/// why), and readings filled in or guessed that need a person's eye.
extension Message {
    /// Notice wording quoted in English messages as it stands in the notice (the words to look for).
    enum NoticeWording {
        static let sectionHeading = "一、…"
        static let taskHeading = "(一)…"
        static let deadline = "(完成时限:…)"
        static let deadlineExample = "(完成时限:2019年底)"
        static let emptyDeadline = "(完成时限:)"
        static let ownUnits = "(牵头单位:…)"
        static let titleForms = "关于印发《…》的通知, 附件:…"
        static let documentExample = "湘服联办〔2019〕2号"
        static let pageDetails = "发布时间, 来源, 阅读"
    }

    /// A line left out of the plan, with why, and the line itself when it is not named in the reason.
    public static func importNotPlaced(_ reason: Message, line: String? = nil) -> Message {
        let shown = line.map { Message(zh: "：“\($0)”", en: ": “\($0)”") } ?? .verbatim("")
        return Message(zh: "未纳入计划：", en: "not placed: ") + reason + shown
    }

    public static let importPageDetails = Message(zh: "网页信息（发布时间、来源、阅读），不属于计划",
        en: "web page details (\(NoticeWording.pageDetails)), not part of the plan")
    public static let importAttachmentLabel = Message(zh: "附件标识，不属于计划",
        en: "the attachment label, not part of the plan")
    public static let importColumnHeading = Message(zh: "表格列标题，不属于计划",
        en: "a table column heading, not part of the plan")
    public static let importAddressees = Message(zh: "通知的主送单位，不属于计划",
        en: "the notice's addressees, not part of the plan")
    public static let importCoveringSentence = Message(zh: "通知的印发语，不属于计划",
        en: "the covering sentence of the notice, not part of the plan")
    public static let importBeforeFirstHeading = Message(zh: "计划第一个标题之前的文字，不属于计划",
        en: "text before the plan's first heading, not part of the plan")
    public static let importNotRecognised = Message(zh: "未能识别为计划的一部分", en: "not recognised as part of the plan")
    public static let importBareNumber = Message(zh: "编号后没有文字", en: "a number with no text after it")
    public static let importUnitsOutsideTask = Message(zh: "任务之外的责任单位行", en: "a units line outside any task area")

    /// A line that is no part of a task area: after the units line that closed `task`, or outside any.
    public static func importStrayText(afterTask task: String?) -> Message {
        if let task {
            return Message(zh: "位于“\(task)”的责任单位之后，既不是标题、措施、目标，也不是责任单位行",
                en: "text after the units of \(task) that is neither a heading, a measure, a target nor a units line")
        }
        return Message(zh: "不在任何任务之内，既不是标题、措施、目标，也不是责任单位行",
            en: "text outside any task area that is neither a heading, a measure, a target nor a units line")
    }

    public static func importSectionWithoutTasks(_ title: String) -> Message {
        Message(zh: "部分标题“\(title)”下没有任务", en: "section heading “\(title)” has no task area under it")
    }

    // MARK: the head

    /// A head field the notice does not give, and the value written instead.
    public static func importHeadMissing(_ what: Message, recorded value: String) -> Message {
        Message(zh: "通知未注明", en: "the notice gives no ") + what +
            Message(zh: "：记为 \(value)", en: ": recorded as \(value)")
    }

    public static let importHeadTitle = Message(zh: "标题（关于印发《…》的通知或附件：…）",
        en: "title (\(NoticeWording.titleForms))")
    public static let importHeadDocument = Message(zh: "文号（如 湘服联办〔2019〕2号）",
        en: "document number (e.g. \(NoticeWording.documentExample))")
    public static let importHeadDate = Message(zh: "日期", en: "date")
    public static let importHeadIssuer = Message(zh: "发文单位（日期上一行）", en: "issuer (the line above the date)")

    public static func importHeadPageDate(_ day: String) -> Message {
        Message(zh: "通知本身未注明日期：记为网页的发布日期 \(day)",
            en: "the notice gives no date of its own: recorded the web page's date \(day)")
    }

    // MARK: the body

    /// A measure or target met after the units line that closed a task area.
    public static func importAfterUnitsLine(_ what: Message, task: String?) -> Message {
        let zhTask = task.map { "“\($0)”" } ?? "上一任务"
        return what + Message(zh: "位于\(zhTask)的责任单位行之后：已放入该任务，请核对是否缺少任务标题",
            en: " after the units line of \(task ?? "the previous task area"): placed in that task area; check that "
                + "no task heading is missing")
    }

    public static let importAMeasure = Message(zh: "措施", en: "a measure")
    public static let importATarget = Message(zh: "目标", en: "a target")

    public static func importSecondUnitsLine(task: String?) -> Message {
        let zhTask = task.map { "“\($0)”" } ?? "该任务"
        return Message(zh: "\(zhTask)的第二行责任单位：其单位已并入第一行",
            en: "a second units line for \(task ?? "the task area"): its units were added to the first")
    }

    public static func importItemWithoutDeadline(recorded: String) -> Message {
        Message(zh: "事项文字中没有时限：记为持续推进（deadline_text \(recorded)）",
            en: "no deadline in the item's text: recorded as ongoing (deadline_text \(recorded))")
    }

    /// A 完成时限 that could not be read, set to the last day of the plan's year.
    public static func importDeadlineSetToYearEnd(_ what: Message, end: String) -> Message {
        what + Message(zh: "：记为 \(end)，即计划年度的最后一天", en: ": set to \(end), the end of the plan's year")
    }

    public static let importEmptyDeadline = Message(zh: "（完成时限：）中没有时限",
        en: "no deadline inside \(NoticeWording.emptyDeadline)")

    public static func importDeadlineNotUnderstood(_ text: String) -> Message {
        Message(zh: "时限“\(text)”无法识别", en: "deadline “\(text)” not understood")
    }

    // MARK: targets

    public static func importNoUnits(task: String, title: String, recorded: String) -> Message {
        Message(zh: "任务 \(task)“\(title)”未注明责任单位：记为 \(recorded)",
            en: "task area \(task) “\(title)” names no responsible units: recorded as \(recorded)")
    }

    /// A part of a target sentence not understood; the sentence stays whole in the target's text.
    public static func importTargetUnread(target: String, part: Message) -> Message {
        Message(zh: "目标 \(target)：无法读取", en: "target \(target): could not read ") + part +
            Message(zh: "；完整句子保留在目标文字中", en: "; the full sentence is kept in the target's text")
    }

    /// Which words of which clause were not understood, and why.
    public static func importUnreadPart(_ part: String, clause: String, reason: Message) -> Message {
        Message(zh: "“\(part)”（见“\(clause)”）：", en: "“\(part)” in “\(clause)”: ") + reason
    }

    public static let importFigureWithoutUnit = Message(zh: "数字后没有单位", en: "no unit after the figure")
    public static let importFigureDecrease = Message(zh: "下降类指标不是 plandash 跟踪的指标类型",
        en: "a decrease is not a kind of indicator plandash tracks")
}
