/// Draws report blocks as GitHub-flavoured Markdown, for pasting into a document or e-mail.
/// Charts are left out: their figures are in the tables.
public enum MarkdownRenderer {
    public static func render(_ blocks: [ReportBlock]) -> String {
        blocks.compactMap(block).joined(separator: "\n\n") + "\n"
    }

    static func block(_ b: ReportBlock) -> String? {
        switch b {
        case .heading(let level, let text):
            return String(repeating: "#", count: level) + " " + escape(text)
        case .paragraph(let spans):
            return spans.map { $0.strong ? "**\(escape($0.text))**" : escape($0.text) }.joined()
        case .table(let t):
            let rule = t.header.indices.map { t.numeric.contains($0) ? "---:" : "---" }
            return ([row(t.header.map(escape)), row(rule)] + t.rows.map { row($0.map(escape)) }).joined(separator: "\n")
        case .chart:
            return nil
        }
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// Text made safe for a Markdown line or table cell: `|` and the characters that start
    /// emphasis, code or HTML are backslash-escaped, and line breaks become spaces.
    public static func escape(_ text: String) -> String {
        // Most cells hold none of these (all ASCII): then the text is its own escape.
        let special: Set<UInt8> = [0x5C, 0x7C, 0x2A, 0x5F, 0x60, 0x3C, 0x5B, 0x5D, 0x0A, 0x0D]
        guard text.utf8.contains(where: special.contains) else { return text }
        var out = ""
        for c in text {
            switch c {
            case "\\", "|", "*", "_", "`", "<", "[", "]": out.append("\\"); out.append(c)
            case "\n", "\r", "\r\n": out.append(" ")
            default: out.append(c)
            }
        }
        return out
    }
}
