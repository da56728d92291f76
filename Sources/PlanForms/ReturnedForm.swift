import Catalogue
import Foundation

/// A returned form as read from its sheet: the header block's fields and, for each row with
/// an 编号, the value and note the unit filled in, with the cells they came from. The header
/// row is found by its labels, so rows inserted above it or columns moved still read.
public struct ReturnedForm: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var id: String
        public var value: String
        public var valueCell: CellAddress
        public var note: String
        public var idCell: CellAddress
    }

    public var sheet: String
    public var fields: [FormLayout.Field: String]
    public var rows: [Row]

    /// Rows searched for the header row.
    static let headerSearchRows = 200

    public init(_ grid: SheetGrid) throws(FormRefusal) {
        sheet = grid.name
        let header = grid.rows.keys.sorted().prefix(Self.headerSearchRows).first { r in
            let columns = grid.row(r).compactMap { FormLayout.Column(label: Self.clean($0.text)) }
            return columns.contains(.value) && columns.count >= 3
        }
        guard let header else {
            let labels = FormLayout.Column.allCases.map(\.message)
            throw FormRefusal(.collectNoHeaderRow(Message(zh: labels.map(\.zh).joined(separator: " "),
                en: labels.map(\.en).joined(separator: " "))))
        }
        var columns: [FormLayout.Column: Int] = [:]
        for (c, text) in grid.row(header) {
            if let col = FormLayout.Column(label: Self.clean(text)), columns[col] == nil { columns[col] = c }
        }
        guard let idColumn = columns[.id] else { throw FormRefusal(.collectIDColumnMissing) }
        let valueColumn = columns[.value]!
        var fields: [FormLayout.Field: String] = [:]
        for r in grid.rows.keys where r < header {
            let cells = grid.row(r)
            for (i, cell) in cells.enumerated() {
                let text = Self.clean(cell.text)
                if let field = FormLayout.Field(label: text.trimmingCharacters(in: CharacterSet(
                    charactersIn: "::"))) {
                    if i + 1 < cells.count { fields[field] = Self.clean(cells[i + 1].text) }
                    break
                }
                if let split = text.firstIndex(where: { $0 == ":" || $0 == ":" }),
                   let field = FormLayout.Field(label: String(text[..<split]).trimmingCharacters(in: .whitespaces)) {
                    fields[field] = Self.clean(String(text[text.index(after: split)...]))
                    break
                }
            }
        }
        self.fields = fields
        rows = grid.rows.keys.filter { $0 > header }.sorted().compactMap { r in
            let id = Self.clean(grid[CellAddress(row: r, column: idColumn)] ?? "")
            guard !id.isEmpty else { return nil }
            let noteCell = columns[.note].map { CellAddress(row: r, column: $0) }
            return Row(id: id, value: Self.clean(grid[CellAddress(row: r, column: valueColumn)] ?? ""),
                       valueCell: CellAddress(row: r, column: valueColumn),
                       note: noteCell.flatMap { grid[$0] }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "",
                       idCell: CellAddress(row: r, column: idColumn))
        }
    }

    /// The period id the form names: its 报送期 up to the first bracket or space.
    public var periodID: String? {
        fields[.period].map { String($0.prefix { !"((  ".contains($0) }) }
    }

    /// Text without surrounding white space, full-width letters and digits folded (Ｑ３ → Q3).
    static func clean(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
