/// CSV as RFC 4180 writes it, in the form Excel and WPS open by double-click: UTF-8 with a
/// byte order mark, CRLF after every record, fields quoted when they hold a quote, comma,
/// CR or LF, and quotes inside doubled.
public enum CSVText {
    public static let byteOrderMark = "\u{FEFF}"

    /// The whole document: BOM, then each record and its CRLF.
    public static func document(_ records: [[String]]) -> String {
        byteOrderMark + records.map { record($0) + "\r\n" }.joined()
    }

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    public static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "\"" || $0 == "," || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
