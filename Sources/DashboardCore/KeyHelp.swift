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
        KeyHint("/", "搜索措施、目标、指标、单位"),
        KeyHint("n N", "下一个 / 上一个搜索结果"),
        KeyHint("p", "切换计划"),
        KeyHint("? F1", "帮助"),
        KeyHint("Esc Backspace", "返回上一屏"),
        KeyHint("q", "总览中退出,其他屏幕返回"),
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
        ("部门工作量", departments),
        ("单位的任务", unitTasks),
        ("搜索", search),
        ("计划", plans),
        ("帮助", help),
    ]
}
