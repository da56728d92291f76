/// Texts of data entry: reading typed values and days, `plandash set`, undo, and the journal's
/// warnings and errors.
extension Message {
    // Values refused.
    public static func valueEmpty() -> Message {
        Message(zh: "没有输入数值：请输入数字（如 412.5）", en: "empty value: type a number (e.g. 412.5)")
    }
    public static func valueNotANumber(_ text: String) -> Message {
        Message(zh: "“\(text)”不是数字（可写 412.5、1,000、12%）", en: "\"\(text)\" is not a number (e.g. 412.5, 1,000, 12%)")
    }
    public static func valueBadGrouping(_ text: String) -> Message {
        Message(zh: "“\(text)”的千位分隔符位置不对：逗号只能每三位一个（如 1,000、12,345.6）",
                en: "\"\(text)\": a group separator must mark groups of three digits (e.g. 1,000 or 12,345.6)")
    }
    public static func valueScientific(_ text: String) -> Message {
        Message(zh: "“\(text)”是科学计数法：请写普通小数（如 1200000）",
                en: "\"\(text)\" is in scientific notation: write a plain decimal (e.g. 1200000)")
    }
    public static func valueTooLong(_ text: String, digits: Int) -> Message {
        Message(zh: "“\(text)”位数太多：最多 \(digits) 位有效数字",
            en: "\"\(text)\" has too many digits: at most \(digits) significant digits")
    }
    public static func valueWrongUnit(given: String, expected: String) -> Message {
        Message(zh: "单位“\(given)”与指标单位“\(expected)”不符",
            en: "unit \"\(given)\" does not match the indicator's unit \"\(expected)\"")
    }
    public static func valueNegative(_ text: String) -> Message {
        Message(zh: "“\(text)”为负数：只有增长率可以为负", en: "\"\(text)\" is negative: only growth rates can fall below zero")
    }
    public static func valueNotAStatus(_ text: String) -> Message {
        Message(zh: "“\(text)”不是状态：请用 未开始、推进中 或 完成（not-started、in-progress、done）",
                en: "\"\(text)\" is not a status: use not-started, in-progress or done")
    }

    // Values that need confirmation.
    public static func valueFarAboveGoal(_ value: String, goal: String) -> Message {
        Message(zh: "\(value) 超过目标 \(goal) 的 100 倍，是否确实如此？",
            en: "\(value) is more than 100 times the goal \(goal): is that right?")
    }
    public static func valueShareAbove100(_ value: String) -> Message {
        Message(zh: "占比 \(value) 超过 100%，是否确实如此？", en: "a share of \(value) is above 100%: is that right?")
    }
    public static func dayOutsidePlan(_ day: String, from: String, to: String) -> Message {
        Message(zh: "\(day) 不在本计划的时间范围内（\(from) 至 \(to)），是否确实如此？",
                en: "\(day) is outside the plan's span (\(from) to \(to)): is that right?")
    }

    // plandash set.
    public static func setNeedsForce(_ reason: Message) -> Message {
        Message(zh: reason.zh + "(确认请加 --force)", en: reason.en + " (add --force to record it anyway)")
    }
    public static func setRecorded(item: String, value: String, was: String?, day: String) -> Message {
        Message(zh: "已记录 \(item) = \(value)（原为 \(was ?? "未填报")），截至 \(day)",
                en: "ok \(item) = \(value) (was \(was ?? "unreported")) as of \(day)")
    }
    public static func setBadDate(_ option: String, _ text: String) -> Message {
        Message(zh: "\(option) 需要日期 YYYY-MM-DD（四位年份，1000 年起），收到“\(text)”",
            en: "\(option) expects a date YYYY-MM-DD (a four-digit year from 1000), found \"\(text)\"")
    }
    public static func setUsage() -> Message {
        Message(zh: "请给出 [PLAN] ID VALUE，或 [PLAN] --batch FILE", en: "give [PLAN] ID VALUE, or [PLAN] --batch FILE")
    }
    public static func historyUsage() -> Message {
        Message(zh: "请给出 [PLAN] ID", en: "give [PLAN] ID")
    }
    public static func setUnknownOption(_ word: String) -> Message {
        Message(zh: "未知选项“\(word)”", en: "unknown option \"\(word)\"")
    }
    public static func batchLineFields(_ count: Int) -> Message {
        Message(zh: "应为 ID<TAB>数值[<TAB>备注]，此行有 \(count) 个字段",
            en: "expected ID<TAB>VALUE[<TAB>NOTE], found \(count) field\(count == 1 ? "" : "s")")
    }
    public static func batchNothingRecorded(_ refused: Int) -> Message {
        Message(zh: "有 \(refused) 行被拒绝：整批均未记录（只记录有效行请加 --partial）",
                en: """
                    \(refused) line\(refused == 1 ? "" : "s") refused: nothing recorded (add --partial to record the \
                    valid lines)
                    """)
    }
    public static func batchCannotRead(_ path: String, _ reason: String) -> Message {
        Message(zh: "无法读取批量文件 \(path)：\(reason)", en: "cannot read batch file \(path): \(reason)")
    }
    public static func batchIsDirectory(_ path: String) -> Message {
        Message(zh: "\(path) 是目录，不是批量文件", en: "\(path) is a directory, not a batch file")
    }
    public static func unknownItem(_ item: String, plan: String, near: [String]) -> Message {
        let zhHint = near.isEmpty ? "" : "（相近的编号：\(near.joined(separator: "、"))）"
        let enHint = near.isEmpty ? "" : " (ids like it: \(near.joined(separator: ", ")))"
        return Message(zh: "计划 \(plan) 中没有指标或措施“\(item)”\(zhHint)",
            en: "no indicator or measure \"\(item)\" in plan \(plan)\(enHint)")
    }

    // Undo.
    public static func undoSkipped(_ item: String, by user: String, to value: String) -> Message {
        Message(zh: "跳过 \(item)：\(user) 之后已改为 \(value)", en: "skipped \(item): \(user) changed it since, to \(value)")
    }

    // The journal.
    public static func journalUnreadable(_ path: String, _ reason: String) -> Message {
        Message(zh: "无法读取进度日志 \(path)：\(reason)", en: "cannot read the progress journal \(path): \(reason)")
    }
    /// `what`: `directory`, `symlink`, or anything else (a pipe, a device, a socket: `other`).
    public static func journalNotAFile(_ path: String, _ what: String) -> Message {
        let zh = ["directory": "是目录", "symlink": "是符号链接"][what] ?? "不是普通文件"
        let en = ["directory": "is a directory", "symlink": "is a symlink"][what] ?? "is a pipe, device or socket"
        return Message(zh: "进度日志 \(path) \(zh)，不是普通文件", en: "the progress journal \(path) \(en), not a regular file")
    }
    public static func journalUnknownItem(_ id: String, item: String) -> Message {
        Message(zh: "记录 \(id) 的对象 \(item) 已不在计划中：保留，不显示",
            en: "record \(id) names \(item), which the plan no longer has: kept, not shown")
    }
    public static func journalWrongKind(_ id: String, item: String, value: String, expected: String) -> Message {
        Message(zh: "记录 \(id) 给 \(item) 记了“\(value)”，但它需要\(expected == "status" ? "状态" : "数值"):跳过",
                en: "record \(id) gives \(item) \"\(value)\", but it takes a \(expected): skipped")
    }
    /// `others`: how many more records read with it are dated in the future too.
    public static func journalFutureTime(_ id: String, time: String, others: Int) -> Message {
        Message(zh: "记录 \(id) 的记录时间 \(time) 在未来（时钟不准？）\(others > 0 ? "，另有 \(others) 条记录也在未来" : "")：后来的修改仍会排在其后",
                en: """
                    record \(id) was recorded at \(time), in the future (a wrong clock?)\
                    \(others > 0
                        ? ", and \(others) more record\(others == 1 ? " is" : "s are") dated in the future" : ""): \
                    later changes still go after \(others > 0 ? "them" : "it")
                    """)
    }
    public static func journalDuplicateID(_ id: String, firstLine: Int) -> Message {
        Message(zh: "记录编号 \(id) 与第 \(firstLine) 行重复但内容不同：以第 \(firstLine) 行为准，本行跳过",
                en: """
                    record id \(id) is also on line \(firstLine), with different content: line \(firstLine) stands, \
                    this one is skipped
                    """)
    }
}
