import Catalogue
import Foundation
import PlanModel

/// Where things sit on a form: the header block's labels, the column labels, and which columns
/// the unit fills in. The writer lays a form out by it, with labels in the reader's language;
/// the reader finds things by the labels in either language, not by position, so a form whose
/// rows or columns were moved still reads, and a form sent out in English comes back as well
/// as a Chinese one.
public enum FormLayout {
    /// The header block's fields, each a label in column A and its value beside it.
    public enum Field: String, CaseIterable, Sendable, FormLabel {
        case plan, planID, document, unit, period, due

        public var message: Message {
            switch self {
            case .plan: return .formFieldPlan
            case .planID: return .formFieldPlanID
            case .document: return .formFieldDocument
            case .unit: return .formFieldUnit
            case .period: return .formFieldPeriod
            case .due: return .formFieldDue
            }
        }
    }

    /// The table's columns, in order.
    public enum Column: String, CaseIterable, Sendable, FormLabel {
        case id, task, text, goal, unit, previous, previousDate, value, note

        public var message: Message {
            switch self {
            case .id: return .formColumnID
            case .task: return .formColumnTask
            case .text: return .formColumnText
            case .goal: return .formColumnGoal
            case .unit: return .formColumnUnit
            case .previous: return .formColumnPrevious
            case .previousDate: return .formColumnPreviousDate
            case .value: return .formColumnValue
            case .note: return .formColumnNote
            }
        }

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

    /// The words a status cell offers, in the reader's language.
    public static var statusChoices: [String] { WorkStatus.allCases.map(\.label) }

    /// The 0-based row of the column labels: a title row, the header fields, and an instructions row above it.
    static let headerRow = 1 + Field.allCases.count + 1
}

/// A header field or column of a form: written with its label in the reader's language, found
/// again by its label in either language (English regardless of case).
public protocol FormLabel: CaseIterable {
    var message: Message { get }
}

extension FormLabel {
    /// The label written on the form.
    public var label: String { message.text() }

    /// The field or column a label names, in either language.
    public init?(label text: String) {
        guard let found = Self.allCases.first(where: {
            text == $0.message.zh || text.caseInsensitiveCompare($0.message.en) == .orderedSame
        }) else { return nil }
        self = found
    }
}
