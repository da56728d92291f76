/// Warnings about how a notice's plan was read, and why a notice gave no plan.
extension Message {
    public static func importPaceGuessed(indicator: String, name: String, pace: String) -> Message {
        Message(zh: "指标 \(indicator)“\(name)”：文字未说明该数是全年累计还是时点水平；记为 pace: \(pace)，请核对",
                en: """
                    indicator \(indicator) “\(name)”: no word tells whether the figure builds up through the year or \
                    is a level; recorded pace: \(pace), check it
                    """)
    }

    public static func importUnnamedPartners(lead: String, partners: String) -> Message {
        Message(zh: "\(lead)会同“\(partners)”，后者不是具体单位：只记 \(lead)",
                en: "\(lead) leads “\(partners)”, which names no unit: recorded \(lead) alone")
    }

    // MARK: why nothing was imported

    public static let importBinaryText = Message(zh: "这是二进制文件（含有 NUL 字节），不是通知的文字",
        en: "this is a binary file (it holds NUL bytes), not the text of a notice")

    public static func importNoPlan(lines: Int) -> Message {
        Message(zh: """
                未找到计划：\(lines) 行文字中没有部分标题(一、…)、任务标题((一)…)、以(完成时限:…)结尾的措施，\
                也没有注明责任单位((牵头单位:…))的事项
                """,
            en: """
                no plan found: no section heading (\(NoticeWording.sectionHeading)), task-area heading \
                (\(NoticeWording.taskHeading)), measure ending in \(NoticeWording.deadline) or item with its units \
                (\(NoticeWording.ownUnits)) in \(lines) lines of text
                """)
    }

    public static let importNoItems = Message(zh: "未找到计划：有标题，但其下没有措施（…（完成时限：…））、编号的目标或注明责任单位的事项",
        en: """
            no plan found: there are headings, but no measure (…\(NoticeWording.deadline)), numbered target or item \
            with its units under them
            """)

    public static let importNoYear = Message(zh: "无法确定计划年度：通知没有日期，标题、文号和正文中也没有年份",
        en: """
            cannot tell the plan's year: the notice gives no date, no year in its title or document number, and \
            no year in its text
            """)

    public static func importBadPlanID(_ id: String) -> Message {
        Message(zh: "计划 id “\(id)”只能由字母、数字、-、_ 和 . 组成",
            en: "plan id “\(id)” may hold only letters, digits, -, _ and .")
    }

    public static func importDeadlineNotClosed(_ shown: String) -> Message {
        Message(zh: "“\(shown)”没有闭合：时限后应有“)”，如(完成时限:2019年底)",
            en: "“\(shown)” is not closed: expected “)” after the deadline, as in \(NoticeWording.deadlineExample)")
    }
}
