/// The dashboard's screen texts: titles, column headers, the status line's position and hints,
/// for the overview, departments, a unit's tasks, plans, search and help; and why the terminal
/// cannot show them.
extension Message {
    // MARK: words shared by the screens

    public static let screenTask = Message(zh: "任务", en: "task")
    public static let screenTarget = Message(zh: "目标", en: "target")
    public static let screenUnit = Message(zh: "单位", en: "unit")
    /// The noun of a scrolling page's position: `行 1–20/84`.
    public static let screenLines = Message(zh: "行", en: "lines")
    public static let screenRecords = Message(zh: "记录", en: "records")
    /// Whether a unit leads a task area or joins it.
    public static func screenUnitRole(leads: Bool) -> Message {
        leads ? Message(zh: "牵头", en: "leads") : Message(zh: "配合", en: "joins")
    }
    /// Between the names of a list: `省商务厅、省财政厅`.
    public static let screenListSeparator = Message(zh: "、", en: ", ")
    public static let editorAsOfPrompt = Message(zh: "截至日期 YYYY-MM-DD（空 = 默认）：", en: "as of (YYYY-MM-DD or empty):")

    // MARK: columns of the task rows and the department table

    public static let screenColumnCompletion = Message(zh: "完成度", en: "completion")
    /// Overdue measures.
    public static let screenColumnOverdue = Message(zh: "逾期", en: "late")
    /// Targets behind.
    public static let screenColumnBehind = Message(zh: "滞后", en: "behind")
    /// Measures done of all.
    public static let screenColumnMeasures = Message(zh: "措施", en: "meas.")
    /// Indicators reported of all.
    public static let screenColumnIndicators = Message(zh: "指标", en: "ind.")
    public static let screenColumnLeadCompletion = Message(zh: "牵头完成", en: "lead %")
    /// Task areas a unit leads, and joins.
    public static let screenColumnLeads = Message(zh: "牵头", en: "lead")
    public static let screenColumnJoins = Message(zh: "配合", en: "join")
    /// A task row's completion cell when nothing is reported (narrow: a bar's width).
    public static let screenColumnNotReported = Message(zh: "未填报", en: "unreported")

    // MARK: the overview

    public static let dashboardOverall = Message(zh: "总体完成", en: "overall")
    /// The title row's right side: `截至 2019-12-31  总体 9% `.
    public static func dashboardRight(asOf day: String, overall: String) -> Message {
        Message(zh: "截至 \(day)  总体 \(overall) ", en: "as of \(day)  overall \(overall) ")
    }
    /// The status line: where the cursor is, and what the columns count.
    public static func dashboardPosition(pane: Int, of panes: Int, task: Int, of tasks: Int) -> Message {
        Message(zh: "分栏 \(pane)/\(panes) · 任务 \(task)/\(tasks) · 滞后=滞后目标数 · 措施=已完成/总数 · "
                + "指标=已填报/总数 · ┃=时间进度",
            en: "pane \(pane)/\(panes) · task \(task)/\(tasks) · late = overdue · behind = targets · "
                + "meas. = done/all · ind. = reported/all · ┃ = year elapsed")
    }
    /// A pane's count of task areas: `4项`.
    public static func paneTaskCount(_ n: Int) -> Message {
        Message(zh: "\(n)项", en: "\(n) task\(n == 1 ? "" : "s")")
    }

    // MARK: department workload

    public static func departmentsScreenTitle(_ units: Int) -> Message {
        Message(zh: "部门工作量  \(units) 个责任单位", en: "Department workload  \(units) responsible units")
    }
    public static func departmentsScreenDirection(descending: Bool) -> Message {
        descending ? Message(zh: "从大到小", en: "high to low") : Message(zh: "从小到大", en: "low to high")
    }
    public static let departmentsScreenHint = Message(zh: "   s 换列 · S 反向 · 1–7 按列 · 单击列头排序",
        en: "   s next column · S reverse · 1–7 a column · click a header to sort")
    public static let departmentsScreenNoUnits = Message(zh: "没有责任单位", en: "no responsible units")
    public static func departmentsScreenPosition(_ row: Int, of count: Int, unit: String) -> Message {
        Message(zh: "单位 \(row)/\(count) · \(unit) · Enter 列出其任务",
            en: "unit \(row)/\(count) · \(unit) · Enter lists its tasks")
    }
    /// The bars' column: `负载: 措施`.
    public static func departmentsScreenLoad(_ column: String) -> Message {
        Message(zh: "负载：\(column)", en: "load: \(column)")
    }

    // MARK: a unit's tasks

    public static func unitTasksTitle(_ unit: String) -> Message {
        Message(zh: "\(unit) 的任务", en: "Tasks of \(unit)")
    }
    public static func unitTasksCounts(leads: Int, joins: Int, measures: Int) -> Message {
        Message(zh: "牵头 \(leads) 项 · 配合 \(joins) 项 · 措施 \(measures) · ",
            en: "leads \(leads) · joins \(joins) · measures \(measures) · ")
    }
    public static func unitTasksOverdue(_ n: Int) -> Message { Message(zh: "逾期 \(n)", en: "overdue \(n)") }
    public static func unitTasksCompletion(indicators: Int, lead: String) -> Message {
        Message(zh: " · 指标 \(indicators) · 牵头完成度 \(lead)", en: " · indicators \(indicators) · lead completion \(lead)")
    }
    public static let unitTasksNone = Message(zh: "没有任务", en: "no tasks")
    public static func unitTasksPosition(_ row: Int, of count: Int) -> Message {
        Message(zh: "任务 \(row)/\(count) · Enter 打开", en: "task \(row)/\(count) · Enter opens")
    }
    public static let unitTasksRole = Message(zh: "角色", en: "role")

    // MARK: plans

    public static let plansScreenTitle = Message(zh: "计划", en: "Plans")
    public static func plansScreenHint(_ count: Int) -> Message {
        Message(zh: "\(count) 个计划 · ● 为当前计划 · Enter 切换",
            en: "\(count) plan\(count == 1 ? "" : "s") · ● the open one · Enter switches")
    }
    public static let plansScreenNone = Message(zh: "计划文件夹中没有其他计划", en: "no other plans in the plans folder")
    public static func plansScreenPosition(_ row: Int, of count: Int) -> Message {
        Message(zh: "计划 \(row)/\(count)", en: "plan \(row)/\(count)")
    }
    public static let plansScreenColumnPlan = Message(zh: "计划", en: "plan")
    public static let plansScreenColumnTitle = Message(zh: "标题 · 文号", en: "title · document")
    public static let plansScreenColumnYear = Message(zh: "年度", en: "year")

    // MARK: search

    public static let searchScreenTitle = Message(zh: "搜索  措施 · 目标 · 指标 · 单位 · 任务",
        en: "Search  measures · targets · indicators · units · tasks")
    public static let searchScreenTypeWords = Message(zh: "输入要找的字词", en: "type what to find")
    public static func searchScreenResults(_ n: Int) -> Message {
        Message(zh: "\(n) 条结果", en: "\(n) result\(n == 1 ? "" : "s")")
    }
    public static let searchScreenEscCancels = Message(zh: "Esc 取消", en: "Esc cancels")
    public static func searchScreenPosition(_ n: Int, of count: Int) -> Message {
        Message(zh: "结果 \(n)/\(count) · Enter 打开所在任务 · 之后 ] / [ 下一个 / 上一个",
            en: "result \(n)/\(count) · Enter opens its task · then ] / [ next / previous")
    }

    // MARK: help

    public static let keyHelpScreenTitle = Message(zh: "帮助  按键一览", en: "Help  every key")
    public static let keyHelpScreenHint = Message(zh: "按屏幕分组 · 全局按键在任何屏幕都可用 · Esc 或 q 返回",
        en: "by screen · the first group works on every screen · Esc or q goes back")
    /// The status line of a help taller than the screen: `行 1–20/84 · ↑↓ 滚动`.
    public static func keyHelpScreenScrolling(_ position: Message) -> Message {
        position + Message(zh: " · ↑↓ 滚动", en: " · ↑↓ scrolls")
    }
    public static let keyHelpScreenAllKeys = Message(zh: "全部按键", en: "all keys")

    // MARK: the terminal

    /// Shown instead of a screen when the terminal is smaller than the screens are laid out for.
    public static func terminalTooSmall(width: Int, height: Int) -> Message {
        Message(zh: "终端窗口太小（需要 \(width)×\(height)）", en: "terminal too small (need \(width)×\(height))")
    }
    public static func terminalSizeNow(width: Int, height: Int) -> Message {
        Message(zh: "当前 \(width)×\(height)", en: "now \(width)×\(height)")
    }
    public static let terminalNotATerminal = Message(
        zh: "plandash: 不是终端（标准输入和标准输出须是终端）；可改用 plandash render 或 plandash summary",
        en: "plandash: not a terminal (stdin/stdout must be a TTY); try plandash render or plandash summary")
    public static func terminalUnknown(_ term: String) -> Message {
        Message(zh: "plandash: 无法启动终端界面：未知的终端类型 TERM=\(term)；请设置 TERM（如 TERM=xterm-256color），"
                + "或改用 plandash render 或 plandash summary",
            en: "plandash: cannot start the terminal UI: unknown terminal type TERM=\(term); set TERM (e.g. "
                + "TERM=xterm-256color) or try plandash render or plandash summary")
    }
    public static func terminalCannotAddressCursor(_ term: String) -> Message {
        Message(zh: "plandash: 无法启动终端界面：终端类型 TERM=\(term) 不能移动光标；请使用完整的终端，或改用 plandash render 或 plandash summary",
            en: "plandash: cannot start the terminal UI: terminal type TERM=\(term) cannot move the cursor; use a full "
                + "terminal or try plandash render or plandash summary")
    }
    public static let terminalTermNotSet = Message(
        zh: "plandash: 无法启动终端界面：未设置 TERM；请设置 TERM（如 TERM=xterm-256color），或改用 plandash render 或 plandash summary",
        en: "plandash: cannot start the terminal UI: TERM is not set; set TERM (e.g. TERM=xterm-256color) or try "
            + "plandash render or plandash summary")
}
