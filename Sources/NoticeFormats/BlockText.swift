/// Text gathered from a document tree, one line per paragraph, table cell or line break, as a
/// notice copied from a page would read. Stops taking text at `NoticeLimits.textCharacters`.
struct BlockText {
    private(set) var lines: [String] = []
    private var current = ""
    private var total = 0
    /// Set when the text went past the limit; the rest was dropped.
    private(set) var overflowed = false

    /// Adds text to the open line; newlines inside it count as blanks (the tree gives line breaks).
    mutating func append(_ text: String) {
        guard !overflowed else { return }
        total += text.count
        if total > NoticeLimits.textCharacters { overflowed = true; return }
        current += text.map { $0.isNewline ? " " : $0 }
    }

    /// Ends the open line, if anything was written to it since the last break.
    mutating func endLine() {
        guard !current.isEmpty else { return }
        lines.append(current)
        current = ""
    }

    /// Ends the open line and keeps an empty one: a paragraph with no text.
    mutating func endParagraph() {
        if current.isEmpty { lines.append("") } else { endLine() }
    }

    /// The lines joined by newlines.
    mutating func text() -> String {
        endLine()
        return lines.joined(separator: "\n")
    }
}
