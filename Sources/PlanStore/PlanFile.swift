import Foundation
import Catalogue
import PlanModel
import Yams

/// Reads and writes plan files (`Plans/<id>.yaml`).
public enum PlanFile {
    /// The largest plan file read: far above any real plan (the 1000× benchmark plan is 40 MB).
    public static let sizeLimit = 64 << 20
    /// The deepest nesting of mappings and lists read (a plan file nests 10 deep).
    public static let maxDepth = 64

    /// Parses plan YAML text; `file` names it in diagnostics, `expectedID` (the file's base
    /// name) is the id the plan must have. Throws `PlanLoadError` with every problem.
    public static func parse(_ text: String, file: String, expectedID: String? = nil) throws -> Plan {
        // Plan files as written are read by the fast reader; anything else, and any file with
        // problems (whose diagnostics need Yams' positions), by Yams.
        if let root = BlockYAML.compose(text) {
            var decoder = PlanDecoder(file: file, expectedID: expectedID)
            if let plan = decoder.decode(root) { return plan }
        }
        if let refusal = YAMLPreflight.refusal(in: text) {
            throw PlanLoadError([PlanDiagnostic(file: file, line: refusal.line, column: refusal.column, path: "",
                message: refusal.message.text())])
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw PlanLoadError([diagnostic(for: error, file: file)])
        }
        var decoder = PlanDecoder(file: file, expectedID: expectedID)
        guard let plan = decoder.decode(root.map(PlanNode.init)) else { throw PlanLoadError(decoder.diagnostics) }
        return plan
    }

    /// Loads and validates a plan file: a regular file of at most `sizeLimit` bytes whose plan
    /// id is its base name.
    public static func load(_ url: URL) throws -> Plan {
        let file = displayPath(url)
        func failure(_ message: String) -> PlanLoadError {
            PlanLoadError([PlanDiagnostic(file: file, line: 1, column: 1, path: "", message: message)])
        }
        let data: Data
        do {
            data = try BoundedRead.contents(of: url, limit: sizeLimit)
        } catch let refusal as BoundedRead.Refusal {
            throw failure(refusal.message.text())
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw failure(Message.planFileNotUTF8.text())
        }
        return try parse(text, file: file, expectedID: url.deletingPathExtension().lastPathComponent)
    }

    /// Writes a plan file atomically (temp file, fsync, rename). Refuses to replace an existing
    /// file unless `overwrite` is set, and anything but a regular file (`OutputFile`).
    public static func write(_ plan: Plan, to url: URL, overwrite: Bool = false) throws {
        try OutputFile.write(Data(PlanYAML.text(of: plan).utf8), to: url, force: overwrite)
    }

    /// A path as the user would type it, to show (never to open): relative to the current
    /// directory when below it, one terminal-safe line whatever characters the name holds.
    public static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        let path = url.standardizedFileURL.path
        return TerminalSafe.text(path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path)
    }

    private static func diagnostic(for error: YamlError, file: String) -> PlanDiagnostic {
        let wording = YAMLErrorWording(error)
        return PlanDiagnostic(file: file, line: wording.line, column: wording.column, path: "",
            message: wording.message.text())
    }
}
