/// A small RFC 4180 reader for the tests: a byte order mark at the start, CRLF between
/// records, quoted fields holding commas, doubled quotes and line breaks. Throws on
/// anything RFC 4180 does not allow (a bare LF, a quote inside an unquoted field).
enum CSVReader {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        var scalars = Array(text.unicodeScalars)
        guard scalars.first == "\u{FEFF}" else { throw Malformed(description: "no byte order mark") }
        scalars.removeFirst()
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var i = 0
        var quoted = false
        var fieldStarted = false
        func endField() {
            record.append(String(field))
            field = String.UnicodeScalarView()
            fieldStarted = false
        }
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                    quoted = false
                    i += 1
                    guard i == scalars.count || scalars[i] == "," || scalars[i] == "\r" else {
                        throw Malformed(description: "text after a closing quote at scalar \(i)")
                    }
                    continue
                }
                field.append(c)
                i += 1
                continue
            }
            switch c {
            case "\"":
                guard !fieldStarted, field.isEmpty else { throw Malformed(description: "quote inside an unquoted field at scalar \(i)") }
                quoted = true
                fieldStarted = true
                i += 1
            case ",":
                endField()
                i += 1
            case "\r":
                guard i + 1 < scalars.count, scalars[i + 1] == "\n" else { throw Malformed(description: "CR without LF at scalar \(i)") }
                endField()
                records.append(record)
                record = []
                i += 2
            case "\n":
                throw Malformed(description: "bare LF at scalar \(i): records end with CRLF")
            default:
                field.append(c)
                fieldStarted = true
                i += 1
            }
        }
        guard !quoted else { throw Malformed(description: "unterminated quoted field") }
        guard record.isEmpty, field.isEmpty else { throw Malformed(description: "last record without CRLF") }
        return records
    }
}
