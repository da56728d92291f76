/// ArgumentParser's own texts, worded for the user: the headings and fixed lines of `--help`, and
/// the usage errors it reports (a missing argument, an unknown option, an extra argument, a bad
/// value). Argument and option names stay as typed.
extension Message {
    // --help
    public static let helpHeadingOverview = Message(zh: "概述：", en: "OVERVIEW: ")
    public static let helpHeadingUsage = Message(zh: "用法：", en: "USAGE: ")
    public static let helpHeadingArguments = Message(zh: "参数：", en: "ARGUMENTS:")
    public static let helpHeadingOptions = Message(zh: "选项：", en: "OPTIONS:")
    public static let helpHeadingSubcommands = Message(zh: "子命令：", en: "SUBCOMMANDS:")
    public static let helpShowHelp = Message(zh: "显示帮助信息。", en: "Show help information.")
    public static let helpShowVersion = Message(zh: "显示版本号。", en: "Show the version.")
    public static let helpDefaultSubcommand = Message(zh: "（默认）", en: "(default)")
    public static func helpDefaultValue(_ value: String) -> Message {
        Message(zh: "（默认：\(value)）", en: "(default: \(value))")
    }
    public static func helpValues(_ values: String) -> Message {
        Message(zh: "（可选值：\(values)）", en: "(values: \(values))")
    }
    public static func helpSeeSubcommand(_ command: String) -> Message {
        Message(zh: "  各子命令的详细帮助：\(command) help <subcommand>",
            en: "  See '\(command) help <subcommand>' for detailed help.")
    }

    // Usage errors.
    /// The lead-in of an error ArgumentParser reports (a usage error, or a failure it words itself).
    public static func errorLine(_ detail: String) -> Message {
        Message(zh: "错误：\(detail)", en: "Error: \(detail)")
    }
    /// A usage error ArgumentParser words in a way not translated here: its words, led in.
    public static func usageErrorOther(_ detail: String) -> Message {
        Message(zh: "命令行有误：\(detail)", en: detail)
    }
    public static func usageMissingArgument(_ argument: String) -> Message {
        Message(zh: "缺少参数 \(argument)", en: "Missing expected argument '\(argument)'")
    }
    public static func usageMissingOneOf(_ arguments: String) -> Message {
        Message(zh: "缺少参数，应给出其中之一：\(arguments)", en: "Missing one of: \(arguments)")
    }
    public static func usageUnknownOption(_ option: String, suggestion: String?) -> Message {
        Message(zh: "未知选项 \(option)" + (suggestion.map { "，是否想用 \($0)？" } ?? ""),
            en: "Unknown option '\(option)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? ""))
    }
    public static func usageUnexpectedArguments(_ arguments: [String]) -> Message {
        Message(zh: "多余的参数 \(arguments.joined(separator: " "))",
            en: arguments.count == 1 ? "Unexpected argument '\(arguments[0])'"
                : "\(arguments.count) unexpected arguments: '\(arguments.joined(separator: "', '"))'")
    }
    /// `detail`: why, when the value's reader says (already in the user's language).
    public static func usageInvalidValue(_ value: String, for option: String, detail: String?) -> Message {
        Message(zh: "\(option) 的值“\(value)”无效" + (detail.map { "：\($0)" } ?? ""),
            en: "The value '\(value)' is invalid for '\(option)'" + (detail.map { ": \($0)" } ?? ""))
    }
    public static func usageInvalidChoice(_ value: String, for option: String, choices: String) -> Message {
        Message(zh: "\(option) 的值“\(value)”无效：可选值为 \(choices)",
            en: "The value '\(value)' is invalid for '\(option)'. Please provide one of \(choices).")
    }
    public static func usageMissingValue(_ option: String) -> Message {
        Message(zh: "选项 \(option) 缺少值", en: "Missing value for '\(option)'")
    }
    public static func usageValueNotTaken(_ option: String, value: String) -> Message {
        Message(zh: "选项 \(option) 不带值，却给了“\(value)”",
            en: "The option '\(option)' does not take any value, but '\(value)' was specified.")
    }
    public static let usageHelpLabel = Message(zh: "说明：", en: "Help:  ")
    public static let usageUsageLabel = Message(zh: "用法：", en: "Usage: ")
    public static func usageSeeHelp(_ command: String) -> Message {
        Message(zh: "  详见 \(command)", en: "  See '\(command)' for more information.")
    }
}
