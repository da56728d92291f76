/// CSV as RFC 4180 writes it, in the form Excel and WPS open by double-click: UTF-8 with a
/// byte order mark, CRLF after every record, fields quoted when they hold a quote, comma,
/// CR or LF, and quotes inside doubled. A cell a spreadsheet would run as a formula (one
/// starting with `=`, `+`, `-`, `@`, a tab or a CR) gets a leading apostrophe, unless it is a
/// plain number such as `-12.5` or `-3%`.
public enum CSVText {
    public static let byteOrderMark = "\u{FEFF}"

    /// The whole document: BOM, then each record and its CRLF.
    public static func document(_ records: [[String]]) -> String {
        byteOrderMark + records.map { record($0) + "\r\n" }.joined()
    }

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    public static func field(_ raw: String) -> String {
        let text = neutralised(raw)
        let needsQuotes = text.unicodeScalars.contains { $0 == "\"" || $0 == "," || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` with a leading apostrophe when a spreadsheet would read it as a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first),
            !isPlainNumber(text) else { return text }
        return "'" + text
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `-12`, `+3.5`, `-40%`: a number the ledger writes, which no spreadsheet runs.
    private static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        if body.last == "%" { body = body.dropLast() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII &&
            $0.isNumber } }
    }
}
