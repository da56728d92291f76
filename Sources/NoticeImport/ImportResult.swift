import Catalogue
import PlanModel

/// What importing a notice gives: a plan with the warnings met on the way, or why no plan was found.
public enum ImportResult: Sendable {
    case imported(ImportedPlan)
    case failed(ImportFailure)
}

/// A plan read from a notice.
public struct ImportedPlan: Sendable {
    public var plan: Plan
    /// Lines not placed in the plan (and why), and readings that need a person's eye.
    public var warnings: [ImportWarning]
    /// For every line placed in the plan, where it went: `plan` for the head, else an item id.
    public var placements: [Int: String]
}

/// A remark about one line of the notice. Remarks about the notice as a whole (no date found)
/// are given at line 1.
public struct ImportWarning: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line number in the notice.
    public var line: Int
    public var message: String
    /// Whether the warning says its line was left out of the plan (the others remark on a placed line).
    public var isAboutAnUnplacedLine: Bool

    public init(line: Int, message: String, unplaced: Bool = false) {
        self.line = line
        self.message = message
        self.isAboutAnUnplacedLine = unplaced
    }

    /// A remark, in the language of the task.
    init(line: Int, _ message: Message) {
        self.init(line: line, message: message.text())
    }

    /// A line left out of the plan, with why.
    init(unplaced line: Int, _ reason: Message, text: String? = nil) {
        self.init(line: line, message: Message.importNotPlaced(reason, line: text).text(), unplaced: true)
    }

    public var description: String { "line \(line): \(message)" }
}

/// Why nothing was imported.
public struct ImportFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The line the problem is on, when there is one.
    public var line: Int?
    public var message: String

    public init(line: Int? = nil, message: String) {
        self.line = line
        self.message = message
    }

    /// A failure, in the language of the task.
    init(line: Int? = nil, _ message: Message) {
        self.init(line: line, message: message.text())
    }

    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}
