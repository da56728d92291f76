import Foundation
import Testing

/// The CSV ledger never hands a spreadsheet a formula: a cell starting with `=`, `+`, `-`,
/// `@`, a tab or a CR gets a leading apostrophe; figures stay numbers.
@Suite struct CSVFormulaTests {
    /// RFC 4180 records (quoted fields, doubled quotes, CRLF).
    func records(_ text: String) -> [[String]] {
        var out: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.drop { $0 == "\u{FEFF}" }.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append(c) } else { quoted = false } } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\r", chars.first == "\n" { chars.removeFirst(); row.append(field); out.append(row); row = []; field = ""
            } else { field.unicodeScalars.append(c) }
        }
        return out
    }

    @Test func formulasGetAnApostropheAndFiguresStayNumbers() throws {
        let (dir, _) = try Plandash.hunanWorkspace([
            ("                name: 软件业务收入\n", "                name: \"=HYPERLINK(\\\"http://evil.example\\\",\\\"点击\\\")\"\n"),
            ("                name: 软件业务收入增长\n", "                name: \"@SUM(A1:A9)\"\n"),
            ("    title: 聚焦四大重点工作", "    title: \"+1+cmd|' /C calc'!A0\""),
            ("        title: 补齐生产服务短板", "        title: \"-2+3\""),
            ("        units: [省发展改革委,", "        units: [\"\\t=1+1\","),
            ("                name: 新批复组建省重点实验室\n", "                name: \"\\r=2\"\n"),
            ("                comparator: at-least\n                value: 550\n", "                comparator: at-least\n                value: -5\n"),
        ])
        let csv = dir.appendingPathComponent("ledger.csv")
        let r = try Plandash.run(["report", "hunan-2019-services", "--as-of", "2019-12-31", "-o", csv.path], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = records(try String(contentsOf: csv, encoding: .utf8))
        #expect(rows.count == 96, "a header and one row per indicator")
        let cells = rows.flatMap { $0 }
        for cell in cells {
            guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { continue }
            #expect(Double(cell.replacingOccurrences(of: "%", with: "")) != nil, "formula cell passed through: \(cell)")
        }
        #expect(cells.contains("'=HYPERLINK(\"http://evil.example\",\"点击\")"))
        #expect(cells.contains("'@SUM(A1:A9)"))
        #expect(cells.contains("'=1+1"))
        #expect(cells.contains("'=2"))
        let i3 = rows.first { $0.first == "kw1.t1.i3" }
        #expect(i3?[6] == "-5", "the goal figure is a number, untouched")
    }
}
