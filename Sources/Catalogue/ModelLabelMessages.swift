/// Labels of the plan model: measure deadline states, goals, history rows and the values the
/// journal reader refuses.
extension Message {
    // MARK: Measure deadline states

    public static let stateOverdue = Message(zh: "逾期", en: "overdue")
    public static let stateDueSoon = Message(zh: "临期", en: "due soon")
    public static let stateOpen = Message(zh: "未到期", en: "not yet due")

    // MARK: Goals

    /// A milestone's goal, where a figure's would be (`≥550亿元`).
    public static let milestoneGoal = Message(zh: "里程碑", en: "milestone")

    // MARK: History

    /// `kw1.t1.i3  软件业务收入  目标 ≥550亿元`.
    public static func historyIndicatorTitle(_ id: String, name: String, goal: String) -> Message {
        Message(zh: "\(id)  \(name)  目标 \(goal)", en: "\(id)  \(name)  goal \(goal)")
    }
    /// `kw1.m1  研究制定…  （完成时限 2019年6月底前）`.
    public static func historyMeasureTitle(_ id: String, text: String, deadline: String) -> Message {
        Message(zh: "\(id)  \(text)  （完成时限 \(deadline)）", en: "\(id)  \(text)  (deadline \(deadline))")
    }
    /// The note of a record that undoes another.
    public static let historyUndo = Message(zh: "撤销", en: "undo")
    /// The note of a record that redoes an undone one.
    public static let historyRedo = Message(zh: "重做", en: "redo")
    /// `撤销：原备注`: an undo or redo record's note with the note it carries.
    public static func historyNote(_ kind: Message, note: String) -> Message {
        Message(zh: "\(kind.zh)：\(note)", en: "\(kind.en): \(note)")
    }

    // MARK: Values read from files

    public static func expectedDate(_ text: String) -> Message {
        Message(zh: "应为日期 YYYY-MM-DD，实为 \(text)", en: "expected a date YYYY-MM-DD, found \(text)")
    }
    public static func expectedValue(_ text: String) -> Message {
        Message(zh: "应为数字或 not-started、in-progress、done 之一，实为 \(text)",
                en: "expected a number or one of not-started, in-progress, done; found \(text)")
    }
}
