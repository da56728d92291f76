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
        KeyHint("d", .helpDepartments),
        KeyHint("o", .helpChaseList),
        KeyHint("r", .helpReporting),
        KeyHint("/", .helpSearch),
        KeyHint("] [", .helpNextResult),
        KeyHint("n N", .helpNextResultToo),
        KeyHint("u", .helpUndo),
        KeyHint("C-r", .helpRedo),
        KeyHint("t", .helpAsOf),
        KeyHint("x", .helpReport),
        KeyHint("p", .helpPlans),
        KeyHint("S", .helpSync),
        KeyHint("w", .helpWarnings),
        KeyHint("? F1", .helpHelp),
        KeyHint(KeyNames.back, .helpBack),
        KeyHint("q", .helpQuit),
        KeyHint(Message.keyPaste, .helpPaste),
        KeyHint(Message.keyMouse, .helpMouse),
    ]

    static let dashboard = [
        KeyHint("↑↓ j k", .helpSelectTask),
        KeyHint("←→ h l", .helpPreviousPane),
        KeyHint("Tab S-Tab", .helpNextPane),
        KeyHint("1–9", .helpPaneN),
        KeyHint(KeyNames.paging, .keyBarPage),
        KeyHint("g G", .helpFirstLastTask),
        KeyHint("Enter", .helpOpenTask),
    ]

    static let task = [
        KeyHint("↑↓ j k", .helpSelectItem),
        KeyHint(KeyNames.paging, .keyBarPage),
        KeyHint("g G", .helpTopBottom),
        KeyHint("Enter e", .helpEdit),
        KeyHint("Space", .helpSpace),
        KeyHint("n", .helpNote),
        KeyHint("h", .helpHistory),
    ]

    /// The inline value editor and the status-line prompts (note, date).
    static let editor = [
        KeyHint("Enter", .helpSave),
        KeyHint("Esc", .keyBarCancel),
        KeyHint("← →", .helpMoveCursor),
        KeyHint(KeyNames.lineEnds, .helpLineEnds),
        KeyHint(KeyNames.deleting, .helpDeleteCharacter),
        KeyHint("C-u C-k", .helpDeleteAll),
    ]

    static let history = [
        KeyHint(KeyNames.scrolling, .keyBarScroll),
        KeyHint("Esc", .keyBarBack),
    ]

    static let departments = [
        KeyHint("↑↓ j k", .helpSelectUnit),
        KeyHint("s", .helpNextSort),
        KeyHint("S", .helpReverse),
        KeyHint("1–7", .helpSortN),
        KeyHint("Enter", .helpUnitTasks),
    ]

    static let unitTasks = [
        KeyHint("↑↓ j k", .helpSelectTask),
        KeyHint("Enter", .helpOpenTask),
    ]

    static let chase = [
        KeyHint("↑↓ j k", .helpSelectChase),
        KeyHint("s", .helpChaseOrder),
        KeyHint("Enter", .helpChaseOpen),
    ]

    /// 报送情况 and a unit's missing items under it.
    static let reporting = [
        KeyHint("↑↓ j k", .helpSelectReporting),
        KeyHint("Enter", .helpReportingOpen),
    ]

    static let search = [
        KeyHint(Message.keyTyping, .helpSearchTyping),
        KeyHint("↑↓ C-p C-n", .helpSelectResult),
        KeyHint("Backspace", .helpDeleteOne),
        KeyHint("C-u", .keyBarClear),
        KeyHint("Enter", .helpOpenResult),
        KeyHint("Esc", .keyBarCancel),
    ]

    static let plans = [
        KeyHint("↑↓ j k", .helpSelectPlan),
        KeyHint("Enter", .helpSwitchPlan),
    ]

    static let help = [
        KeyHint(KeyNames.scrolling, .keyBarScroll),
    ]

    /// The groups the help screen shows, in order.
    static let groups: [(title: Message, keys: [KeyHint])] = [
        (.helpGroupGlobal, global),
        (.helpGroupDashboard, dashboard),
        (.helpGroupTask, task),
        (.helpGroupEditor, editor),
        (.helpGroupHistory, history),
        (.helpGroupDepartments, departments),
        (.helpGroupUnitTasks, unitTasks),
        (.helpGroupSearch, search),
        (.helpGroupPlans, plans),
        (.helpGroupChase, chase),
        (.helpGroupReporting, reporting),
        (.helpGroupHelp, help),
    ]
}
