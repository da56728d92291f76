/// A key and what it does, for the key bar and the help screen.
struct KeyHint: Sendable, Equatable {
    let keys: String
    let label: String

    init(_ keys: String, _ label: String) {
        self.keys = keys
        self.label = label
    }
}

/// Every key, grouped by screen: the help screen lists these, the key bars pick from them.
enum KeyHelp {
    static let global = [
        KeyHint("d", "部门工作量(任何屏幕)"),
        KeyHint("o", "督办清单(任何屏幕)"),
        KeyHint("r", "本期报送情况(任何屏幕)"),
        KeyHint("/", "搜索措施、目标、指标、单位"),
        KeyHint("] [", "下一个 / 上一个搜索结果"),
        KeyHint("n N", "同上(任务详情中 n 是备注)"),
        KeyHint("u", "撤销自己最近的修改(可多步,重启后仍可)"),
        KeyHint("C-r", "重做刚撤销的修改"),
        KeyHint("t", "截至日期:按该日查看(空 = 默认日期)"),
        KeyHint("x", "写出当前截至日期的 Markdown 通报"),
        KeyHint("p", "切换计划"),
        KeyHint("S", "与其他处室同步(git: 提交、拉取、推送)"),
        KeyHint("w", "读取进度日志时的全部问题(文件、行号)"),
        KeyHint("? F1", "帮助"),
        KeyHint("Esc Backspace", "返回上一屏"),
        KeyHint("q", "总览中退出,其他屏幕返回"),
        KeyHint("粘贴", "粘贴的文字只进入输入框,从不当作按键"),
        KeyHint("鼠标", "单击选中,双击打开,滚轮滚动"),
    ]

    static let dashboard = [
        KeyHint("↑↓ j k", "选择任务"),
        KeyHint("←→ h l", "上一个 / 下一个分栏"),
        KeyHint("Tab S-Tab", "下一个 / 上一个分栏"),
        KeyHint("1–9", "跳到第 N 个分栏"),
        KeyHint("PgUp PgDn", "翻页"),
        KeyHint("g G", "第一个 / 最后一个任务"),
        KeyHint("Enter", "打开任务详情"),
    ]

    static let task = [
        KeyHint("↑↓ j k", "选择措施或指标"),
        KeyHint("PgUp PgDn", "翻页"),
        KeyHint("g G", "顶部 / 底部"),
        KeyHint("Enter e", "在表中填写指标实际值;里程碑、措施按 Enter 看历史"),
        KeyHint("Space", "里程碑、措施:未开始 → 推进中 → 已完成"),
        KeyHint("n", "给选中条目记一条备注"),
        KeyHint("h", "选中条目的修改历史和趋势"),
    ]

    /// The inline value editor and the status-line prompts (note, date).
    static let editor = [
        KeyHint("Enter", "保存 / 确定"),
        KeyHint("Esc", "取消"),
        KeyHint("← →", "移动光标"),
        KeyHint("Home End C-a C-e", "行首 / 行尾"),
        KeyHint("Backspace Del", "删除光标前 / 后的字"),
        KeyHint("C-u C-k", "删除光标前 / 后的全部"),
    ]

    static let history = [
        KeyHint("↑↓ PgUp PgDn", "滚动"),
        KeyHint("Esc", "返回"),
    ]

    static let departments = [
        KeyHint("↑↓ j k", "选择单位"),
        KeyHint("s", "换排序列"),
        KeyHint("S", "反向排序"),
        KeyHint("1–7", "按第 N 列排序(再按一次反向)"),
        KeyHint("Enter", "列出该单位的任务"),
    ]

    static let unitTasks = [
        KeyHint("↑↓ j k", "选择任务"),
        KeyHint("Enter", "打开任务详情"),
    ]

    static let chase = [
        KeyHint("↑↓ j k", "选择事项或单位"),
        KeyHint("s", "排序:计划顺序 / 事项数 / 逾期天数"),
        KeyHint("Enter", "打开事项所在任务(单位行:列出其任务)"),
    ]

    /// 报送情况 and a unit's missing items under it.
    static let reporting = [
        KeyHint("↑↓ j k", "选择单位或事项"),
        KeyHint("Enter", "列出单位未报的事项;再按打开所在任务"),
    ]

    static let search = [
        KeyHint("输入", "逐字搜索(空格分隔多个词)"),
        KeyHint("↑↓ C-p C-n", "选择结果"),
        KeyHint("Backspace", "删除一个字"),
        KeyHint("C-u", "清空"),
        KeyHint("Enter", "打开结果所在任务"),
        KeyHint("Esc", "取消"),
    ]

    static let plans = [
        KeyHint("↑↓ j k", "选择计划"),
        KeyHint("Enter", "切换到该计划"),
    ]

    static let help = [
        KeyHint("↑↓ PgUp PgDn", "滚动"),
    ]

    /// The groups the help screen shows, in order.
    static let groups: [(title: String, keys: [KeyHint])] = [
        ("全局", global),
        ("总览", dashboard),
        ("任务详情", task),
        ("填写与提示行", editor),
        ("修改历史", history),
        ("部门工作量", departments),
        ("单位的任务", unitTasks),
        ("搜索", search),
        ("计划", plans),
        ("督办清单", chase),
        ("报送情况", reporting),
        ("帮助", help),
    ]
}
