/// What the commands print: `check`, `history`, `import`, `report`, `render`, `chase`, `collect`,
/// and the `warning:` lead-in of a warning on standard error. Arguments from outside (paths,
/// plan text, ids) arrive terminal-safe.
extension Message {
    /// The lead-in of a warning line on standard error.
    public static let warningPrefix = Message(zh: "警告：", en: "warning: ")

    /// Names in a list: `a、b、c` in Chinese, `a, b, c` in English.
    public static func list(_ items: [String]) -> Message {
        Message(zh: items.joined(separator: "、"), en: items.joined(separator: ", "))
    }

    /// What standard input is called where a file name would stand.
    public static let standardInputName = Message(zh: "标准输入", en: "stdin")

    // plandash check
    public static func checkNoPlan(_ folder: String) -> Message {
        Message(zh: "没有可校验的计划：\(folder) 中没有 .yaml 文件", en: "no plan to check: \(folder) holds no .yaml file")
    }
    /// A plan file that loads, with its counts.
    public static func checkOK(_ path: String, sections: Int, tasks: Int, measures: Int, targets: Int, indicators: Int,
        units: Int) -> Message {
        Message(zh: """
            校验通过 \(path)：\(sections) 个部分，\(tasks) 项任务，\(measures) 项措施，\(targets) 个目标，\
            \(indicators) 个指标，\(units) 个责任单位
            """,
                en: """
                    OK \(path): \(sections) sections, \(tasks) task areas, \(measures) measures, \(targets) targets, \
                    \(indicators) indicators, \(units) units
                    """)
    }

    // plandash history
    public static let historyNoChanges = Message(zh: "尚无修改记录", en: "no changes recorded")
    /// The columns of the history table: as of, recorded, who, old → new, note.
    public static let historyTableHeader = [
        Message(zh: "截至", en: "as of"), Message(zh: "记录时间", en: "recorded"), Message(zh: "填报人", en: "who"),
        Message(zh: "原值 → 新值", en: "old → new"), Message(zh: "备注", en: "note"),
    ]

    // plandash collect
    public static let collectNoFiles = Message(zh: "请至少给出一份交回的填报表", en: "give at least one returned form")

    // plandash chase
    /// The base name of a unit's reminder files (the extension is added).
    public static func chaseFileBase(_ unit: String, period: String) -> Message {
        Message(zh: "催报-\(unit)-\(period)", en: "reminder-\(unit)-\(period)")
    }

    // plandash report
    public static func reportWrote(_ path: String, format: String, plan: String, day: String) -> Message {
        Message(zh: "已写出 \(path)：计划 \(plan) 截至 \(day) 的 \(format) 通报",
            en: "Wrote \(path): \(format) report of \(plan) as of \(day)")
    }

    // plandash render
    public static func renderNoTask(_ name: String, plan: String, ids: [String]) -> Message {
        Message(zh: "计划 \(plan) 中没有任务“\(name)”（任务编号：\(ids.joined(separator: "、"))）",
            en: "no task area \"\(name)\" in plan \(plan) (task ids: \(ids.joined(separator: ", ")))")
    }

    // plandash import
    public static func importBadEncoding(_ name: String) -> Message {
        Message(zh: "--encoding \(name)：应为 utf-8、utf-16、utf-16le、utf-16be、gb18030、gbk 或 gb2312",
            en: "--encoding \(name): expected utf-8, utf-16, utf-16le, utf-16be, gb18030, gbk or gb2312")
    }
    public static func importCannotRead(_ notice: String, _ reason: String) -> Message {
        Message(zh: "无法读取 \(notice)：\(reason)", en: "cannot read \(notice): \(reason)")
    }
    /// `place`: the notice's name, with `:line` when the failure has one.
    public static func importFailed(_ place: String, _ reason: String) -> Message {
        Message(zh: "无法导入 \(place)：\(reason)", en: "cannot import \(place): \(reason)")
    }
    public static func importDoesNotPassCheck(_ notice: String, _ errors: String) -> Message {
        Message(zh: "从 \(notice) 读出的计划未通过校验，未写出：\n\(errors)",
            en: "the plan read from \(notice) does not pass check, so it was not written:\n\(errors)")
    }
    public static func importBadID(_ id: String) -> Message {
        Message(zh: "--id \(id)：计划 id 只能由字母、数字、-、_ 和 . 组成",
            en: "--id \(id): a plan id may hold only letters, digits, -, _ and .")
    }
    public static func importIDDiffersFromOutput(_ id: String, output: String) -> Message {
        Message(zh: "计划 id \(id) 与输出文件名 \(output) 不一致：plandash 按文件名找计划",
            en: "the plan id \(id) differs from the output file's name \(output): plandash finds plans by file name")
    }
    public static func importOutputNameNotID(_ name: String) -> Message {
        Message(zh: "输出文件名 \(name) 不是有效的计划 id（只能由字母、数字、-、_ 和 . 组成）：请用 --id 指定",
            en: """
                the output file's name \(name) is not a valid plan id (letters, digits, -, _ and .): pass --id
                """)
    }
    public static func importDone(_ notice: String, to target: String, plan: String, title: String,
        document: String) -> Message {
        Message(zh: "已导入 \(notice) → \(target)（计划 \(plan)：\(title)，\(document)）",
            en: "Imported \(notice) → \(target) (plan \(plan): \(title), \(document))")
    }
    /// The rows of the import's count table: sections, task areas, measures, targets, indicators, units.
    public static let importCountLabels = [
        Message(zh: "部分", en: "sections"), Message(zh: "任务", en: "task areas"), Message(zh: "措施", en: "measures"),
        Message(zh: "目标", en: "targets"), Message(zh: "指标", en: "indicators"), Message(zh: "责任单位", en: "units"),
    ]
    public static let importCountHeader = Message(zh: "数目", en: "count")
    public static func importIndicatorCount(_ indicators: Int, milestones: Int) -> Message {
        Message(zh: "\(indicators)（其中节点 \(milestones) 个）",
            en: "\(indicators) (\(milestones) milestone\(milestones == 1 ? "" : "s"))")
    }
    public static let importNoWarnings = Message(
        zh: "没有警告：通知的每一行都已归入计划。", en: "No warnings: every line of the notice is in the plan.")
    public static func importWarnings(_ count: Int) -> Message {
        Message(zh: "\(count) 条警告：", en: "\(count) warning\(count == 1 ? "" : "s"):")
    }
    /// What standard input and output are called in the import's report.
    public static let importStandardInput = Message(zh: "<标准输入>", en: "<stdin>")
    public static let importStandardOutput = Message(zh: "<标准输出>", en: "<stdout>")
}
