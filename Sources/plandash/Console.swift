import Foundation
import PlanModel

/// The one way commands write text to standard output and standard error. Every line passes
/// `TerminalSafe`, so text from a plan, journal, notice, file name or the environment cannot
/// send an escape sequence, a bell or a carriage return to the terminal. Line breaks the
/// program puts between lines are kept (and a CR right before one, as CSV ends its records);
/// fields that may hold a line break of their own are made one line where they are laid out
/// (`TextTable`, `PlanDiagnostic`, …), or printed with `warning`, which shows it as `\n`.
enum Console {
    /// Program-built text on standard output, followed by a line break.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((safeLines(text) + "\n").utf8))
    }

    /// Program-built text on standard error, followed by a line break.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((safeLines(text) + "\n").utf8))
    }

    /// One line on standard error whose every control, line breaks included, is shown visibly.
    static func warning(_ text: String) {
        FileHandle.standardError.write(Data((TerminalSafe.text(text) + "\n").utf8))
    }

    /// A document (Markdown, CSV) on standard output, each line made safe.
    static func document(_ data: Data) {
        FileHandle.standardOutput.write(Data(safeLines(String(decoding: data, as: UTF8.self)).utf8))
    }

    /// A document whose format already escapes every control (HTML, YAML), written as it is.
    static func escaped(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// JSON on standard output. The encoder escapes C0 controls; the C1 controls, DEL and
    /// bidirectional overrides it leaves raw (they can only stand inside strings) become `\uXXXX`
    /// too, so the data read back is the same.
    static func json(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        guard text.unicodeScalars.contains(where: TerminalSafe.isUnsafe) else { return escaped(data) }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if TerminalSafe.isUnsafe(s), s.value >= 0x7F {
                out.append(contentsOf: String(format: "\\u%04x", s.value).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        escaped(Data(String(out).utf8))
    }

    /// `text` with each line made safe; the line breaks between lines, and a CR right before
    /// one, kept.
    static func safeLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: TerminalSafe.isUnsafe) else { return text }
        // Split by scalars: as Characters, CR LF is one and would not split.
        return text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? TerminalSafe.text(String(line.dropLast())) + "\r" : TerminalSafe.text(String(line))
        }.joined(separator: "\n")
    }
}
