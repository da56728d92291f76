import Catalogue
import Foundation
import PlanModel

/// ArgumentParser words its help headings and usage errors in English only. This reads what it
/// printed (the fixed phrases of swift-argument-parser 1.8.2) and words it again from the
/// catalogue; a phrase it does not know keeps ArgumentParser's words behind a lead-in.
enum ParserWording {
    /// Help text in the user's language: headings, the fixed option lines, defaults and choices.
    static func help(_ text: String) -> String {
        guard text.contains("\nUSAGE: ") || text.hasPrefix("USAGE: ") else { return text }
        let headings: [(String, Message)] = [
            ("OVERVIEW: ", .helpHeadingOverview), ("USAGE: ", .helpHeadingUsage),
            ("ARGUMENTS:", .helpHeadingArguments), ("OPTIONS:", .helpHeadingOptions),
            ("SUBCOMMANDS:", .helpHeadingSubcommands),
        ]
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { row -> String in
            var line = String(row)
            if let (english, heading) = headings.first(where: { line.hasPrefix($0.0) }) {
                return heading.text() + line.dropFirst(english.count)
            }
            if let command = between(line, "  See '", "help <subcommand>' for detailed help.") { // not a message: read
                return Message.helpSeeSubcommand(command.trimmingCharacters(in: .whitespaces)).text()
            }
            for (english, message) in [("Show help information.", Message.helpShowHelp), // not a message: read back
                ("Show the version.", .helpShowVersion)] where line.hasSuffix(english) { // not a message: read back
                line = String(line.dropLast(english.count)) + message.text()
            }
            if let marked = line.range(of: " (default)") { // not a message: read back
                let word = Message.helpDefaultSubcommand.text()
                let padding = String(repeating: " ", count: max(0, 10 - DisplayWidth.of(word)))
                line.replaceSubrange(marked, with: word + padding)
            }
            if let value = between(line, "(default: ", ")", anchoredAtEnd: true) {
                line = replacingTail(of: line, "(default: \(value))", with: Message.helpDefaultValue(value).text())
            }
            if let values = between(line, "(values: ", ")", anchoredAtEnd: true) {
                let parts = values.components(separatedBy: "; default: ")
                let worded = Message.helpValues(parts[0]).text()
                    + (parts.count == 2 ? Message.helpDefaultValue(parts[1]).text() : "")
                line = replacingTail(of: line, "(values: \(values))", with: worded)
            }
            return line
        }.joined(separator: "\n")
    }

    /// A usage error in the user's language: ArgumentParser's full text (`Error: …`, `Help: …`,
    /// `Usage: …`, `See '…' for more information.`) and its message line.
    static func usageError(full: String, message: String) -> String {
        let head = "Error: " + message // not a message: ArgumentParser's prefix, read back
        let rest = full.hasPrefix(head) ? String(full.dropFirst(head.count)) : "\n" + full
        let lines = rest.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map { row -> String in
            let line = String(row)
            if line.hasPrefix("Help:  ") { return Message.usageHelpLabel.text() + line.dropFirst(7) }
            if line.hasPrefix("Usage: ") { return Message.usageUsageLabel.text() + line.dropFirst(7) }
            if let command = between(line, "  See '", "' for more information.") { // not a message: read back
                return Message.usageSeeHelp(command).text()
            }
            return line
        }
        return ([Message.errorLine(usage(message).text()).text()] + lines).joined(separator: "\n")
    }

    /// One usage error message of ArgumentParser, worded from the catalogue.
    static func usage(_ english: String) -> Message {
        if !english.contains("\n"), let worded = worded(english) { return worded }
        // A message of plandash's own (a ValidationError) is already in the user's language.
        if english.unicodeScalars.contains(where: { $0.value >= 0x3000 }) { return .verbatim(english) }
        return .usageErrorOther(english)
    }

    /// A one-line message in one of the forms ArgumentParser words its common errors in.
    private static func worded(_ english: String) -> Message? {
        if let argument = between(english, "Missing expected argument '", "'") { // not a message: read back
            return .usageMissingArgument(argument)
        }
        if let arguments = between(english, "Missing one of: ", "") { // not a message: read back
            return .usageMissingOneOf(arguments)
        }
        if let rest = between(english, "Unknown option '", "") { // not a message: read back
            let parts = rest.components(separatedBy: "'. Did you mean '") // not a message: read back
            let option = parts[0].hasSuffix("'") ? String(parts[0].dropLast()) : parts[0]
            return .usageUnknownOption(option, suggestion: parts.count > 1 ? String(parts[1].dropLast(2)) : nil)
        }
        if let argument = between(english, "Unexpected argument '", "'") { // not a message: read back
            return .usageUnexpectedArguments([argument])
        }
        if let list = between(english, " unexpected arguments: '", "'", anchoredAtEnd: true) { // not a message: parsed
            return .usageUnexpectedArguments(list.components(separatedBy: "', '"))
        }
        if let option = between(english, "Missing value for '", "'") { // not a message: read back
            return .usageMissingValue(option)
        }
        if let rest = between(english, "The option '", " was specified.") { // not a message: read back
            let parts = rest.components(separatedBy: "' does not take any value, but '") // not a message: read back
            if parts.count == 2 { return .usageValueNotTaken(parts[0], value: String(parts[1].dropLast())) }
        }
        if let rest = between(english, "The value '", "") { // not a message: read back
            let parts = rest.components(separatedBy: "' is invalid for '") // not a message: read back
            if parts.count == 2, let end = parts[1].firstIndex(of: "'") {
                let option = String(parts[1][..<end])
                let detail = parts[1][parts[1].index(after: end)...]
                if let choices = between(String(detail), ". Please provide one of ", ".") { // not a message: read back
                    return .usageInvalidChoice(parts[0], for: option, choices: choices)
                }
                return .usageInvalidValue(parts[0], for: option,
                    detail: detail.hasPrefix(": ") ? String(detail.dropFirst(2)) : nil)
            }
        }
        return nil
    }

    /// `line` with `tail`, which ends it, replaced by `text`; the space before a wide
    /// character (a full-width bracket) goes too.
    private static func replacingTail(of line: String, _ tail: String, with text: String) -> String {
        var head = String(line.dropLast(tail.count))
        if head.hasSuffix(" "), let first = text.first, DisplayWidth.of(first) == 2 { head.removeLast() }
        return head + text
    }

    /// The text between `prefix` and `suffix` when `text` starts with `prefix` and ends with
    /// `suffix` (with `anchoredAtEnd`, the last `prefix` anywhere in `text`); nil otherwise.
    private static func between(_ text: String, _ prefix: String, _ suffix: String,
        anchoredAtEnd: Bool = false) -> String? {
        guard text.hasSuffix(suffix) else { return nil }
        let start: String.Index
        if anchoredAtEnd {
            guard let found = text.range(of: prefix, options: .backwards) else { return nil }
            start = found.upperBound
        } else {
            guard text.hasPrefix(prefix) else { return nil }
            start = text.index(text.startIndex, offsetBy: prefix.count)
        }
        let end = text.index(text.endIndex, offsetBy: -suffix.count)
        return start <= end ? String(text[start..<end]) : nil
    }
}
