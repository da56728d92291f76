/// The dashboard's status-line messages: what a change did, what stopped it, where a search is.
extension Message {
    /// `kw1.t1.i3 软件业务收入: — → 412.5 (截至 2019-12-31)`.
    public static func recorded(item: String, change: String, asOf: String) -> Message {
        Message(zh: "\(item)：\(change)（截至 \(asOf)）", en: "\(item): \(change) (as of \(asOf))")
    }

    /// A note kept with the item's value.
    public static func noted(item: String, note: String, asOf: String) -> Message {
        Message(zh: "\(item)：备注 “\(note)”（截至 \(asOf)）", en: "\(item): note “\(note)” (as of \(asOf))")
    }

    /// The value typed is the value the item already holds.
    public static func unchanged(item: String, value: String) -> Message {
        Message(zh: "\(item)：\(value)（未改变）", en: "\(item): \(value) (unchanged)")
    }

    public static func undone(_ what: Message) -> Message {
        Message(zh: "已撤销 \(what.zh)", en: "undone: \(what.en)")
    }

    public static func redone(_ what: Message) -> Message {
        Message(zh: "已重做 \(what.zh)", en: "redone: \(what.en)")
    }

    /// `kw1.t1.i3 软件业务收入：500 → 412.5`: an item and its change, undone or redone.
    public static func itemChange(item: String, change: String) -> Message {
        Message(zh: "\(item)：\(change)", en: "\(item): \(change)")
    }

    /// What an undone or redone note was: `kw1.t1.i3 软件业务收入 的备注（值不变：500）`.
    public static func noteOf(item: String, value: String) -> Message {
        Message(zh: "\(item) 的备注（值不变：\(value)）", en: "the note on \(item) (value unchanged: \(value))")
    }

    public static var nothingToUndo: Message { Message(zh: "没有可撤销的修改", en: "nothing to undo") }
    public static var nothingToRedo: Message { Message(zh: "没有可重做的修改", en: "nothing to redo") }

    /// The item changed (in another plandash or by `plandash set`) since it was shown.
    public static func changedMeanwhile(item: String, value: String, by user: String?) -> Message {
        Message(zh: "\(item) 已被\(user.map { " \($0) " } ?? "他人")改为 \(value)",
                en: "\(item) changed meanwhile to \(value)" + (user.map { " (by \($0))" } ?? ""))
    }

    /// What to do about a change made meanwhile, while editing a figure.
    public static var replaceOrKeep: Message {
        Message(zh: "：再按 Enter 替换，Esc 保留", en: ": Enter again to replace it, Esc to keep it")
    }

    /// What to do about a change made meanwhile, when Space was pressed.
    public static var spaceMovesOnFromThere: Message {
        Message(zh: "：再按 Space 从现状态继续", en: ": Space moves it on from there")
    }

    /// A note was not kept because the item changed meanwhile.
    public static var noteNotKept: Message {
        Message(zh: "：备注未保存，请重新输入", en: ": the note was not kept, type it again")
    }

    /// Records made elsewhere were read.
    public static func pickedUp(_ count: Int) -> Message {
        Message(zh: "已读入其他地方记录的 \(count) 项修改",
            en: "\(count) change\(count == 1 ? "" : "s") recorded elsewhere picked up")
    }

    public static func showingAsOf(_ day: String, isDefault: Bool) -> Message {
        Message(zh: "截至 \(day)：只计入这一天及之前的记录" + (isDefault ? "(默认日期)" : ""),
                en: "as of \(day): only records up to this day count" + (isDefault ? " (the default day)" : ""))
    }

    public static func reportWritten(_ path: String) -> Message {
        Message(zh: "通报已写入 \(path)", en: "bulletin written to \(path)")
    }

    public static func planOpened(title: String, id: String) -> Message {
        Message(zh: "已打开 \(title) (\(id))", en: "opened \(title) (\(id))")
    }

    public static func planNotOpened(_ location: String, reason: String) -> Message {
        Message(zh: "无法打开 \(location)：\(reason)", en: "cannot open \(location): \(reason)")
    }

    public static var openItemGone: Message {
        Message(zh: "打开的条目已不在计划中，已返回", en: "the open item is no longer in the plan: went back")
    }

    public static var noSearchResults: Message {
        Message(zh: "没有搜索结果：按 / 搜索", en: "no search results: press / to search")
    }

    /// `结果 2/5 “物流” · 指标 · ] 下一个 · [ 上一个`.
    public static func searchPosition(_ n: Int, of count: Int, query: String, kind: String) -> Message {
        Message(zh: "结果 \(n)/\(count) “\(query)” · \(kind) · ] 下一个 · [ 上一个",
                en: "result \(n)/\(count) “\(query)” · \(kind) · ] next · [ previous")
    }

    /// `e` on a milestone or measure.
    public static var spaceChangesStatus: Message {
        Message(zh: "里程碑和措施按 Space 切换状态；Enter 查看历史",
            en: "Space moves milestones and measures on; Enter shows their history")
    }

    /// The status line while a figure is typed: what will be recorded, before it is.
    public static func willRecord(item: String, old: String, new: String) -> Message {
        Message(zh: "将记录 \(item)：\(old) → \(new)", en: "will record \(item): \(old) → \(new)")
    }

    /// The status line on a milestone or measure: what Space would record.
    public static func spaceWouldRecord(from: String, to: String) -> Message {
        Message(zh: "Space：\(from) → \(to)", en: "Space: \(from) → \(to)")
    }

    public static var spaceIsForStatuses: Message {
        Message(zh: "Space 切换里程碑和措施的状态；数值指标按 Enter 或 e 填写",
                en: "Space moves milestones and measures on; type figures with Enter or e")
    }

    /// A day typed at the `t` prompt that is not one.
    public static func notADate(_ text: String) -> Message {
        Message(zh: "“\(text)”不是日期：请输入 YYYY-MM-DD（如 2019-09-30），留空回到默认日期",
                en: "\"\(text)\" is not a date: type YYYY-MM-DD (e.g. 2019-09-30), or nothing for the default day")
    }

    public static var emptyNote: Message {
        Message(zh: "备注为空：请输入备注，或按 Esc 取消", en: "empty note: type the note, or Esc to cancel")
    }

    /// A value refused by the editor or the store: `kw1.t1.i3: reason`.
    public static func refused(item: String, reason: String) -> Message {
        Message(zh: "\(item)：\(reason)", en: "\(item): \(reason)")
    }
}

/// The dashboard's verdict labels: coverage, 时间进度 and the counts beside every roll-up.
extension Message {
    /// `时间进度 50%`: the share of the plan year gone by at the end of the as-of day.
    public static func timeElapsedLabel(_ percent: String) -> Message {
        Message(zh: "时间进度 \(percent)", en: "year elapsed \(percent)")
    }

    /// `目标 滞后 7 · 未填报 44`: the targets that need attention.
    public static func targetCounts(behind: Int, notReported: Int) -> Message {
        Message(zh: "目标 滞后 \(behind) · 未填报 \(notReported)",
            en: "targets behind \(behind) · not reported \(notReported)")
    }

    /// `措施 逾期 30 · 未推进 16 · 完成 12/58`.
    public static func measureCounts(total: Int, done: Int, overdue: Int, stalled: Int) -> Message {
        Message(zh: "措施 逾期 \(overdue) · 未推进 \(stalled) · 完成 \(done)/\(total)",
                en: "measures overdue \(overdue) · not started \(stalled) · done \(done)/\(total)")
    }
}

/// Questions asked before a change that may be a slip.
extension Message {
    /// Asked before recording a value or showing a day that may be a slip: Enter again confirms.
    public static func confirmWithEnter(_ question: Message) -> Message {
        Message(zh: question.zh + "再按 Enter 确认，修改或按 Esc 取消", en: question.en +
            " Press Enter again to confirm, edit or Esc to cancel")
    }
}

/// The journal warnings screen.
extension Message {
    public static func warningsTitle(_ count: Int) -> Message {
        Message(zh: "读取进度日志时的问题  \(count) 条", en: "Problems reading the progress journal  \(count)")
    }

    public static var warningsHint: Message {
        Message(zh: "每条问题都注明文件和行号，并说明该记录是跳过还是照常计入 · Esc 返回",
                en: "each with its file and line, and whether its record was skipped or kept · Esc goes back")
    }

    public static var noWarnings: Message {
        Message(zh: "读取进度日志时没有发现问题", en: "no problems reading the progress journal")
    }

    /// The journal's problems on the status line: how many, the key that lists them all, then the first.
    public static func journalWarningsMore(first: String, more: Int) -> Message {
        Message(zh: "进度日志有 \(more + 1) 条问题（按 w 查看）：" + first,
            en: "\(more + 1) journal problem\(more == 0 ? "" : "s") (press w): " + first)
    }
}

/// Syncing from the dashboard (`S`).
extension Message {
    public static var syncStarted: Message { Message(zh: "开始同步…", en: "sync started…") }
    public static var syncAlreadyRunning: Message { Message(zh: "同步正在进行，请稍候", en: "a sync is already running") }

    /// The dashboard header's note of who records: `用户 张三`.
    public static func headerUser(_ name: String) -> Message {
        Message(zh: "用户 \(name)", en: "user \(name)")
    }

    /// A search result's indicator: its current value beside its goal.
    public static func searchValueAndGoal(_ value: String, goal: String) -> Message {
        Message(zh: "现值 \(value) / 目标 \(goal)", en: "now \(value) / goal \(goal)")
    }
}
