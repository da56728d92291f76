/// What a plan file check says is wrong at a line and column: keys, types, ids and figures.
/// Key names and values a plan file takes (`plan`, `comparator`, `at-least`, `ongoing`) stay ASCII.
extension Message {
    /// What a node found in place of the expected one is: `"text"` quoted, else its kind.
    public static let yamlScalar = Message(zh: "标量", en: "a scalar")
    public static let yamlMapping = Message(zh: "映射", en: "a mapping")
    public static let yamlList = Message(zh: "列表", en: "a list")

    public static let planFileEmpty = Message(
        zh: "文件为空：应为含 plan 和 sections 键的映射",
        en: "the file is empty: expected a mapping with keys plan and sections")
    public static func expectedMapping(keys: String, found: String) -> Message {
        Message(zh: "应为含键 \(keys) 的映射，实为 \(found)", en: "expected a mapping with keys \(keys), found \(found)")
    }
    public static func unknownKey(_ name: String, keys: String) -> Message {
        Message(zh: "未知键 \(name)：应为 \(keys) 之一", en: "unknown key \(name): expected one of \(keys)")
    }
    public static func missingKey(_ key: String) -> Message {
        Message(zh: "缺少键 \(key)", en: "missing key \(key)")
    }
    public static func expectedList(found: String) -> Message {
        Message(zh: "应为列表，实为 \(found)", en: "expected a list, found \(found)")
    }
    public static let expectedAnEntry = Message(zh: "至少应有一项", en: "expected at least one entry")
    public static func expectedText(found: String) -> Message {
        Message(zh: "应为文本，实为 \(found)", en: "expected text, found \(found)")
    }
    public static let expectedTextNotEmpty = Message(zh: "应为文本，实为空值", en: "expected text, found an empty value")
    public static func badIdentifier(_ id: String) -> Message {
        Message(zh: "id “\(id)”只能由字母、数字、-、_ 和 . 组成", en: "id \"\(id)\" may hold only letters, digits, -, _ and .")
    }
    public static func duplicateIdentifier(_ id: String, firstLine: Int) -> Message {
        Message(zh: """
                id \"\(id)\" 重复（首次出现在第 \(firstLine) 行）
                """, en: "duplicate id \"\(id)\" (first used at line \(firstLine))")
    }
    public static func expectedWholeNumber(from low: Int, to high: Int) -> Message {
        Message(zh: "应为 \(low) 到 \(high) 之间的整数", en: "expected a whole number from \(low) to \(high)")
    }
    public static func expectedBoolean(found: String) -> Message {
        Message(zh: "应为 true 或 false，实为 \(found)", en: "expected true or false, found \(found)")
    }
    /// `orOngoing`: the key also takes the word `ongoing` (a measure's deadline).
    public static func expectedDate(orOngoing: Bool, found: String) -> Message {
        Message(zh: "应为日期 YYYY-MM-DD\(orOngoing ? " 或 ongoing" : "")，实为 \(found)",
            en: "expected a date YYYY-MM-DD\(orOngoing ? " or ongoing" : ""), found \(found)")
    }
    public static func expectedOneOf(_ options: String, found: String) -> Message {
        Message(zh: "应为 \(options) 之一，实为 \(found)", en: "expected one of \(options), found \(found)")
    }

    // Indicators.
    public static func milestoneHasNo(_ key: String) -> Message {
        Message(zh: "节点类指标没有 \(key)：请删去，或把指标的 kind 改为 quantity、growth 或 share",
            en: "a milestone has no \(key): remove it, or give the indicator a kind of quantity, growth or share")
    }
    public static let deadlineOnlyForMilestones = Message(
        zh: "deadline 只适用于节点类指标：数值类指标按进度（pace）评判",
        en: "deadline applies only to milestones: a figure is judged by its pace")
    public static func missingComparator(kind: String) -> Message {
        Message(zh: "缺少键 comparator：\(kind) 类指标须有 at-least、at-most、about、range 之一",
            en: "missing key comparator: a \(kind) indicator needs one of at-least, at-most, about, range")
    }
    /// Units as plan files write them, the same in both languages.
    private static let unitExamples = "亿元, 家, %"
    public static func missingUnit(kind: String) -> Message {
        Message(zh: "缺少键 unit：\(kind) 类指标须有单位（如 亿元、家、%）",
            en: "missing key unit: a \(kind) indicator needs a unit (e.g. \(unitExamples))")
    }
    public static let toleranceOnlyForAbout = Message(
        zh: "tolerance 只适用于 comparator about", en: "tolerance applies only to comparator about")
    public static let rangeTakesMinAndMax = Message(
        zh: "range 用 min 和 max 表示，不用 value", en: "a range takes min and max, not value")
    public static func rangeInverted(low: String, high: String) -> Message {
        Message(zh: "范围下限 \(low) 大于上限 \(high)", en: "range lower bound \(low) exceeds upper bound \(high)")
    }
    public static func onlyForRange(_ key: String) -> Message {
        Message(zh: "\(key) 只适用于 comparator range：请用 value", en: "\(key) applies only to comparator range: use value")
    }
    public static let expectedPercentage = Message(
        zh: "应为 0 到 100 之间的百分数", en: "expected a percentage from 0 to 100")
    public static func comparatorNeedsNumber(_ comparator: String, key: String) -> Message {
        Message(zh: "comparator \(comparator) 需要 \(key)：一个数", en: "comparator \(comparator) needs \(key): a number")
    }

    // Reporting periods.
    public static func periodEndOutOfOrder(_ end: String, previous: String) -> Message {
        Message(zh: "报送期末日 \(end) 须晚于上一期的末日 \(previous)",
            en: "period end \(end) must come after the previous period's end \(previous)")
    }
    public static func periodDueBeforeEnd(_ due: String, end: String) -> Message {
        Message(zh: "报送截止日 \(due) 早于本期末日 \(end)", en: "due day \(due) comes before the period's end \(end)")
    }
}
