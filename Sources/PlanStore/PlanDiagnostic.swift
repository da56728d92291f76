import Catalogue
import PlanModel

/// One problem found in a plan file or journal: where it is and what was expected.
public struct PlanDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The path inside the plan, e.g. `sections[2].tasks[1].measures[3].deadline`; empty for file-level problems.
    public var path: String
    public var message: String

    public init(file: String, line: Int, column: Int, path: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `Plans/x.yaml:12:7: sections[0].tasks[1].id: duplicate id "kw1" (first at line 5)`,
    /// one terminal-safe line whatever the file name or the text quoted in the message holds.
    public var description: String {
        let at = path.isEmpty ? "" : "\(path): "
        return TerminalSafe.text("\(file):\(line):\(column): \(at)\(message)")
    }
}

/// Loading failed: every problem found, in file order. No partial plan is returned.
public struct PlanLoadError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [PlanDiagnostic]

    public init(_ diagnostics: [PlanDiagnostic]) { self.diagnostics = diagnostics }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n") + "\n" + Message.errorCount(diagnostics.count).text()
    }
}
