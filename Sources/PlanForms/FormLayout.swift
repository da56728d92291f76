import Catalogue

/// Where things sit on a form: the header block's labels, the column labels, and which columns
/// the unit fills in. The writer lays a form out by it and the reader finds things by the labels,
/// not by position, so a form whose rows or columns were moved still reads.
public enum FormLayout {
    /// The header block's fields, each a label in column A and its value beside it.
    public enum Field: String, CaseIterable, Sendable {
        case plan = "计划"
        case planID = "计划编号"
        case document = "文号"
        case unit = "填报单位"
        case period = "报送期"
        case due = "报送截止"
    }

    /// The table's columns, in order.
    public enum Column: String, CaseIterable, Sendable {
        case id = "编号"
        case task = "任务"
        case text = "工作目标/措施"
        case goal = "目标值"
        case unit = "单位"
        case previous = "上期值"
        case previousDate = "上期日期"
        case value = "本期值"
        case note = "进展情况说明"

        /// Width in characters, sized for Chinese text (two per character).
        var width: Double {
            switch self {
            case .id: return 12
            case .task: return 20
            case .text: return 54
            case .goal: return 11
            case .unit: return 8
            case .previous: return 11
            case .previousDate: return 12
            case .value: return 12
            case .note: return 40
            }
        }

        /// The column's 0-based position.
        var index: Int { Column.allCases.firstIndex(of: self)! }

        /// Whether the unit fills the column in.
        var isFillIn: Bool { self == .value || self == .note }
    }

    /// The words a status cell offers.
    public static let statusChoices = ["未开始", "推进中", "已完成"]

    /// The 0-based row of the column labels: a title row, the header fields, and an instructions row above it.
    static let headerRow = 1 + Field.allCases.count + 1
}

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
