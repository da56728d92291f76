/// A cell position, 0-based, shown as A1.
public struct CellAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// `A`, `B`, … `Z`, `AA`, …
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// Reads `B12` (any letters case); nil for anything else.
    public init?(a1 text: Substring) {
        var column = 0
        var digits = Substring()
        for (i, ch) in zip(text.indices, text) {
            if let a = ch.asciiValue, (65...90).contains(a & ~0x20) {
                column = column * 26 + Int((a & ~0x20) - 64)
                guard column < 20_000 else { return nil }
            } else {
                digits = text[i...]
                break
            }
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        self.init(row: row - 1, column: column - 1)
    }

    public var description: String { CellAddress.columnName(column) + String(row + 1) }

    public static func < (a: CellAddress, b: CellAddress) -> Bool { (a.row, a.column) < (b.row, b.column) }
}

/// One sheet as read from a returned file: its name and the text of every non-empty cell, by row.
public struct SheetGrid: Sendable, Equatable {
    public var name: String
    /// Row → column → text (0-based).
    public private(set) var rows: [Int: [Int: String]] = [:]
    public private(set) var cellCount = 0

    public init(name: String) { self.name = name }

    /// Sets a cell; empty text is not kept.
    public mutating func set(_ address: CellAddress, _ text: String) {
        guard !text.isEmpty else { return }
        if rows[address.row, default: [:]].updateValue(text, forKey: address.column) == nil { cellCount += 1 }
    }

    public subscript(_ address: CellAddress) -> String? { rows[address.row]?[address.column] }

    /// The non-empty cells of a row, left to right.
    func row(_ r: Int) -> [(column: Int, text: String)] {
        (rows[r] ?? [:]).map { ($0.key, $0.value) }.sorted { $0.column < $1.column }
    }
}
