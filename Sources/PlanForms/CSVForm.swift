import Catalogue
import Foundation
import PlanModel
import PlanReports

/// A form as CSV, for units that cannot take xlsx: the same header block and table in
/// UTF-8 with a byte order mark (so Excel and WPS open the Chinese text), and the reading
/// back of such a file into a sheet grid.
public enum CSVForm {
    public static func text(_ form: UnitForm) -> String {
        var records: [[String]] = [[form.title]]
        records += form.fields.map { [$0.0.label, $0.1] }
        records.append([Message.formsInstructions.text()])
        records.append(FormLayout.Column.allCases.map(\.label))
        records += form.rows.map(form.cells)
        return CSVText.document(records)
    }

    /// Reads CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into a grid named `sheet`.
    public static func grid(_ data: Data, sheet: String,
        limits: ReadLimits = ReadLimits()) throws(FormRefusal) -> SheetGrid {
        guard data.count <= limits.fileBytes else {
            throw FormRefusal(.collectTooLarge("\(data.count) B", limit: ReadLimits.megabytes(limits.fileBytes)))
        }
        guard var text = String(data: data, encoding: .utf8) else { throw FormRefusal(.collectNotUTF8) }
        if text.hasPrefix(CSVText.byteOrderMark) { text.removeFirst() }
        var grid = SheetGrid(name: sheet)
        var (row, column) = (0, 0)
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        func endField() {
            grid.set(CellAddress(row: row, column: column), field)
            field = ""
            column += 1
        }
        while let s = pending {
            pending = scalars.next()
            if quoted {
                if s == "\"" {
                    if pending == "\"" { field.unicodeScalars.append(s);
                        pending = scalars.next() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(s)
                }
                continue
            }
            switch s {
            case "\"" where field.isEmpty: quoted = true
            case ",": endField()
            case "\r" where pending == "\n": continue
            case "\n", "\r":
                endField()
                (row, column) = (row + 1, 0)
            default: field.unicodeScalars.append(s)
            }
            guard grid.cellCount <= limits.cells else { throw FormRefusal(.collectTooLarge(.verbatim(sheet),
                limit: .formCells(limits.cells))) }
        }
        if !field.isEmpty || column > 0 { endField() }
        return grid
    }
}
