/// Texts of the reporting round: periods, forms out, forms in, who has reported, reminders.
extension Message {
    // MARK: Periods

    public static func periodUnknown(_ text: String, known: String) -> Message {
        Message(zh: "没有报送期“\(text)”：可用 \(known)（或报送期的截止日 YYYY-MM-DD）",
                en: "no reporting period \"\(text)\": use one of \(known) (or the period's end day YYYY-MM-DD)")
    }
    public static var periodRequired: Message {
        Message(zh: "请用 --period 指定报送期（如 2019Q3）", en: "name the reporting period with --period (e.g. 2019Q3)")
    }
    public static var periodWithAsOf: Message {
        Message(zh: "--period 与 --as-of 只能给一个", en: "give either --period or --as-of, not both")
    }

    // MARK: Forms out

    public static func formsWrote(_ path: String, items: Int) -> Message {
        Message(zh: "已写出 \(path)（\(items) 项）", en: "wrote \(path) (\(items) items)")
    }
    public static func formsUnitUnknown(_ unit: String, known: String) -> Message {
        Message(zh: "单位“\(unit)”在本计划中没有需报送的事项；有：\(known)",
            en: "unit \"\(unit)\" has nothing to report in this plan; units: \(known)")
    }
    /// A form's title row: `湖南省…工作要点 进展情况填报表`.
    public static func formsTitle(_ plan: String) -> Message {
        Message(zh: "\(plan) 进展情况填报表", en: "\(plan): progress report form")
    }
    public static var formsInstructions: Message {
        Message(zh: "填写说明：只填“本期值”和“进展情况说明”两列（黄色）；数字不带单位；措施和里程碑选 未开始/推进中/已完成；请勿改动编号列和表头。",
                en: """
                    Fill in only the columns Value this period and Progress note (yellow); figures without units; \
                    measures and milestones take not started / in progress / done; do not change the Id column or the \
                    header.
                    """)
    }
    public static var formsNumberPrompt: Message { Message(zh: "请填写数字（不带单位）", en: "enter a number (without unit)") }
    public static var formsStatusPrompt: Message {
        Message(zh: "请选择 未开始、推进中 或 已完成", en: "choose not started, in progress or done")
    }
    public static var formsIndicatorTarget: Message { Message(zh: "目标：", en: "target: ") }

    // MARK: Forms in

    public static func collectNotXLSX(_ reason: String) -> Message { collectNotXLSX(.verbatim(reason)) }
    public static func collectNotXLSX(_ reason: Message) -> Message {
        Message(zh: "不是 xlsx 表格（\(reason.zh)）：请另存为 Excel 工作簿 .xlsx 或 CSV UTF-8",
            en: "not an xlsx workbook (\(reason.en)): save it as an Excel workbook .xlsx or CSV UTF-8")
    }
    public static func collectTooLarge(_ what: String, limit: String) -> Message {
        collectTooLarge(.verbatim(what), limit: .verbatim(limit))
    }
    public static func collectTooLarge(_ what: Message, limit: Message) -> Message {
        Message(zh: "\(what.zh) 超过上限 \(limit.zh)，拒收（可能是压缩炸弹或并非填报表）",
            en: "\(what.en) exceeds the limit of \(limit.en): refused (a zip bomb, or not a form)")
    }
    public static var collectNotUTF8: Message {
        Message(zh: "CSV 不是 UTF-8 编码：请另存为“CSV UTF-8”", en: "the CSV is not UTF-8: save it as \"CSV UTF-8\"")
    }
    public static func collectNoHeaderRow(_ labels: Message) -> Message {
        Message(zh: "找不到表头行（\(labels.zh)）：表头被改动或不是 plandash 填报表",
            en: "no header row (\(labels.en)): the header was changed, or this is not a plandash form")
    }
    public static var collectIDColumnMissing: Message {
        Message(zh: "表头行没有“编号”列（被删除了？）：无法对应事项，整表拒收",
            en: "the header row has no Id column (deleted?): rows cannot be matched, the whole form is refused")
    }
    public static func collectHeaderFieldMissing(_ label: Message) -> Message {
        Message(zh: "表头缺少“\(label.zh)”", en: "the form's header lacks \(label.en)")
    }
    public static func collectOtherPlan(_ form: String, plan: String) -> Message {
        Message(zh: "这是计划 \(form) 的填报表，不是 \(plan) 的", en: "this form is for plan \(form), not \(plan)")
    }
    public static func collectOtherPeriod(_ form: String, asked: String) -> Message {
        Message(zh: "这是报送期 \(form) 的填报表，本次收 \(asked)", en: "this form is for period \(form), collecting \(asked)")
    }
    public static func collectUnitUnknown(_ unit: String) -> Message {
        Message(zh: "填报单位“\(unit)”在本计划中没有需报送的事项", en: "unit \"\(unit)\" has nothing to report in this plan")
    }
    public static func collectNotOnForm(_ id: String, unit: String) -> Message {
        Message(zh: "编号 \(id) 不在“\(unit)”的填报表中", en: "\(id) is not on the form of \(unit)")
    }
    public static func collectDuplicateRow(_ id: String, first: String) -> Message {
        Message(zh: "编号 \(id) 重复（首次在 \(first)）", en: "\(id) appears twice (first at \(first))")
    }
    public static func collectBadValue(_ id: String, reason: Message) -> Message {
        Message(zh: "\(id) 的本期值不合格：\(reason.zh)", en: "\(id): value refused: \(reason.en)")
    }
    public static func collectNoteWithoutValue(_ id: String) -> Message {
        Message(zh: "\(id) 填了进展情况说明但没填本期值", en: "\(id) has a note but no value")
    }
    public static func collectRecordNote(_ file: String) -> Message {
        Message(zh: "报送表 \(file)", en: "form \(file)")
    }
    /// A collected record's note: the form's file and the unit's own note.
    public static func collectRecordNoteWith(_ file: String, note: String) -> Message {
        Message(zh: "报送表 \(file)：\(note)", en: "form \(file): \(note)")
    }
    public static func collectCannotRead(_ reason: String) -> Message {
        Message(zh: "无法读取：\(reason)", en: "cannot read: \(reason)")
    }
    public static var collectTableHeader: [Message] {
        [Message(zh: "文件", en: "file"), Message(zh: "单位", en: "unit"), Message(zh: "报送期", en: "period"),
         Message(zh: "已填", en: "filled"), Message(zh: "变更", en: "changed"), Message(zh: "未变", en: "unchanged"),
         Message(zh: "拒收", en: "refused"), Message(zh: "结果", en: "result")]
    }
    public static var collectApplied: Message { Message(zh: "已入账", en: "applied") }
    public static var collectAppliedPartly: Message { Message(zh: "部分入账", en: "applied in part") }
    public static var collectRefusedWhole: Message { Message(zh: "整表拒收", en: "refused") }
    public static var collectDryRun: Message { Message(zh: "试算未写入", en: "dry run") }
    public static var collectAlready: Message { Message(zh: "此前已收", en: "already collected") }
    public static func collectChange(_ id: String, old: String, new: String) -> Message {
        Message(zh: "  \(id)：\(old) → \(new)", en: "  \(id): \(old) → \(new)")
    }
    public static var collectUnreported: Message { Message(zh: "未填报", en: "unreported") }
    public static func collectRefusedHint(_ count: Int) -> Message {
        Message(zh: "\(count) 个单元格不合格：整表未入账（--partial 只入账合格的行）",
            en: "\(count) cells refused: nothing applied from this file (--partial applies its valid rows)")
    }

    // MARK: Who has reported

    public static func roundTitle(_ period: String, start: String, end: String, due: String) -> Message {
        Message(zh: "报送情况 \(period)（\(start) 至 \(end)，报送截止 \(due)）",
            en: "Reporting \(period) (\(start) to \(end), due \(due))")
    }
    public static var roundTableHeader: [Message] {
        [Message(zh: "单位", en: "unit"), Message(zh: "应报", en: "due"), Message(zh: "已报", en: "reported"),
         Message(zh: "未报", en: "missing"), Message(zh: "最近报送", en: "last reported")]
    }
    public static var roundNever: Message { Message(zh: "从未", en: "never") }
    public static func roundTotals(units: Int, complete: Int, late: Int) -> Message {
        Message(zh: "\(units) 个单位：\(complete) 个已报齐，\(late) 个未报齐",
            en: "\(units) units: \(complete) complete, \(late) not complete")
    }

    // MARK: Reminders (催报)

    public static func chaseTitle(_ unit: String, period: String) -> Message {
        Message(zh: "催报通知：\(unit) \(period) 进展情况", en: "Reminder: \(unit), progress for \(period)")
    }
    public static func chaseOpening(_ unit: String, plan: String, document: String, period: String, due: String,
        missing: Int, items dueCount: Int) -> Message {
        Message(zh: """
            \(unit)：《\(plan)》（\(document)）\(period) 进展情况报送截止 \(due)，贵单位应报 \(dueCount) 项，尚有 \(missing) 项未报，请尽快填报并报回。
            """,
                en: """
                    \(unit): progress for \(period) under \(plan) (\(document)) was due \(due); of your \(dueCount) \
                    items, \(missing) are still missing. Please fill them in and send the form back.
                    """)
    }
    public static var chaseMissingHeading: Message { Message(zh: "未报事项", en: "Missing items") }
    public static var chaseOverdueHeading: Message { Message(zh: "已逾期的措施", en: "Overdue measures") }
    public static func chaseOverdueLine(_ text: String, deadline: String, days: Int) -> Message {
        Message(zh: "\(text)（时限 \(deadline)，逾期 \(days) 天）", en: "\(text) (deadline \(deadline), \(days) days overdue)")
    }
    public static func chaseWrote(_ path: String) -> Message {
        Message(zh: "已写出 \(path)", en: "wrote \(path)")
    }
    public static var chaseNobodyLate: Message { Message(zh: "所有单位均已报齐，无需催报",
        en: "every unit has reported in full: nobody to remind") }
}
