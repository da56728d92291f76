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
