import Catalogue

/// A key and what it does, for the key bar and the help screen.
struct KeyHint: Sendable, Equatable {
    /// The key's name (`Enter`, `C-r`), or a word for keys that have none (粘贴).
    let keys: Message
    let label: Message

    init(_ keys: String, _ label: Message) {
        self.keys = .verbatim(keys)
        self.label = label
    }

    init(_ keys: Message, _ label: Message) {
        self.keys = keys
        self.label = label
    }
}

/// Key names that are more than one word, as printed on the keys.
enum KeyNames {
    static let back = "Esc Backspace" // not a message: key names
    static let paging = "PgUp PgDn" // not a message: key names
    static let scrolling = "↑↓ PgUp PgDn" // not a message: key names
    static let lineEnds = "Home End C-a C-e" // not a message: key names
    static let deleting = "Backspace Del" // not a message: key names
}

/// Every key, grouped by screen: the help screen lists these, the key bars pick from them.
enum KeyHelp {
    static let global = [
        KeyHint("d", .keyHelpDepartments),
        KeyHint("o", .keyHelpChaseList),
        KeyHint("r", .keyHelpReporting),
        KeyHint("/", .keyHelpSearch),
        KeyHint("] [", .keyHelpNextResult),
        KeyHint("n N", .keyHelpNextResultToo),
        KeyHint("u", .keyHelpUndo),
        KeyHint("C-r", .keyHelpRedo),
        KeyHint("t", .keyHelpAsOf),
        KeyHint("x", .keyHelpReport),
        KeyHint("p", .keyHelpPlans),
        KeyHint("S", .keyHelpSync),
        KeyHint("w", .keyHelpWarnings),
        KeyHint("? F1", .keyHelpHelp),
        KeyHint(KeyNames.back, .keyHelpBack),
        KeyHint("q", .keyHelpQuit),
        KeyHint(Message.keyPaste, .keyHelpPaste),
        KeyHint(Message.keyMouse, .keyHelpMouse),
    ]

    static let dashboard = [
        KeyHint("↑↓ j k", .keyHelpSelectTask),
        KeyHint("←→ h l", .keyHelpPreviousPane),
        KeyHint("Tab S-Tab", .keyHelpNextPane),
        KeyHint("1–9", .keyHelpPaneN),
        KeyHint(KeyNames.paging, .keyBarPage),
        KeyHint("g G", .keyHelpFirstLastTask),
        KeyHint("Enter", .keyHelpOpenTask),
    ]

    static let task = [
        KeyHint("↑↓ j k", .keyHelpSelectItem),
        KeyHint(KeyNames.paging, .keyBarPage),
        KeyHint("g G", .keyHelpTopBottom),
        KeyHint("Enter e", .keyHelpEdit),
        KeyHint("Space", .keyHelpSpace),
        KeyHint("n", .keyHelpNote),
        KeyHint("h", .keyHelpHistory),
    ]

    /// The inline value editor and the status-line prompts (note, date).
    static let editor = [
        KeyHint("Enter", .keyHelpSave),
        KeyHint("Esc", .keyBarCancel),
        KeyHint("← →", .keyHelpMoveCursor),
        KeyHint(KeyNames.lineEnds, .keyHelpLineEnds),
        KeyHint(KeyNames.deleting, .keyHelpDeleteCharacter),
        KeyHint("C-u C-k", .keyHelpDeleteAll),
    ]

    static let history = [
        KeyHint(KeyNames.scrolling, .keyBarScroll),
        KeyHint("Esc", .keyBarBack),
    ]

    static let departments = [
        KeyHint("↑↓ j k", .keyHelpSelectUnit),
        KeyHint("s", .keyHelpNextSort),
        KeyHint("S", .keyHelpReverse),
        KeyHint("1–7", .keyHelpSortN),
        KeyHint("Enter", .keyHelpUnitTasks),
    ]

    static let unitTasks = [
        KeyHint("↑↓ j k", .keyHelpSelectTask),
        KeyHint("Enter", .keyHelpOpenTask),
    ]

    static let chase = [
        KeyHint("↑↓ j k", .keyHelpSelectChase),
        KeyHint("s", .keyHelpChaseOrder),
        KeyHint("Enter", .keyHelpChaseOpen),
    ]

    /// 报送情况 and a unit's missing items under it.
    static let reporting = [
        KeyHint("↑↓ j k", .keyHelpSelectReporting),
        KeyHint("Enter", .keyHelpReportingOpen),
    ]

    static let search = [
        KeyHint(Message.keyTyping, .keyHelpSearchTyping),
        KeyHint("↑↓ C-p C-n", .keyHelpSelectResult),
        KeyHint("Backspace", .keyHelpDeleteOne),
        KeyHint("C-u", .keyBarClear),
        KeyHint("Enter", .keyHelpOpenResult),
        KeyHint("Esc", .keyBarCancel),
    ]

    static let plans = [
        KeyHint("↑↓ j k", .keyHelpSelectPlan),
        KeyHint("Enter", .keyHelpSwitchPlan),
    ]

    static let help = [
        KeyHint(KeyNames.scrolling, .keyBarScroll),
    ]

    /// The groups the help screen shows, in order.
    static let groups: [(title: Message, keys: [KeyHint])] = [
        (.keyHelpGroupGlobal, global),
        (.keyHelpGroupDashboard, dashboard),
        (.keyHelpGroupTask, task),
        (.keyHelpGroupEditor, editor),
        (.keyHelpGroupHistory, history),
        (.keyHelpGroupDepartments, departments),
        (.keyHelpGroupUnitTasks, unitTasks),
        (.keyHelpGroupSearch, search),
        (.keyHelpGroupPlans, plans),
        (.keyHelpGroupChase, chase),
        (.keyHelpGroupReporting, reporting),
        (.keyHelpGroupHelp, help),
    ]
}
