import Catalogue
import Foundation
import PlanModel

/// A question asked on the status line with a line editor: the as-of day (`t`) or a note for
/// an item (`n` in a task area). Enter answers it (the app checks the answer), Esc drops it.
struct Prompt: Sendable {
    enum Purpose: Sendable, Equatable {
        /// A day as `YYYY-MM-DD`; empty goes back to the default day.
        case asOf
        /// A note kept with the item's value, `basis` as the user saw it.
        case note(item: String, basis: ItemValue?)
    }

    let purpose: Purpose
    /// Shown before the field: `截至日期 (YYYY-MM-DD, 空 = 默认):`.
    let label: Message
    var field: LineEditor
    /// The day typed lies outside the plan's span and the question is on screen: Enter again shows it.
    private(set) var questioned: String?

    init(_ purpose: Purpose, label: Message, text: String = "") {
        self.purpose = purpose
        self.label = label
        field = LineEditor(text, selected: true)
    }

    /// What Enter does with the text: an effect, or a problem to show while the prompt stays
    /// open. A day outside the plan's span is asked about first; Enter again on it shows it.
    mutating func answer(asOf day: CalendarDate, plan: PlanInfo) -> Result<AppEffect, PromptProblem> {
        let text = field.text.trimmingCharacters(in: .whitespaces)
        switch purpose {
        case .asOf:
            if text.isEmpty { return .success(.setAsOf(nil)) }
            guard let date = CalendarDate(iso: text) else { return .failure(.notADate(text)) }
            if let question = plan.outsideSpan(date), questioned != text {
                questioned = text
                return .failure(.confirm(question))
            }
            return .success(.setAsOf(date))
        case .note(let item, let basis):
            guard !text.isEmpty else { return .failure(.emptyNote) }
            return .success(.record(Change(item: item, value: basis, note: text, at: day, expecting: basis)))
        }
    }

    /// The prompt in the status line: the label, then the field with its cursor.
    func draw(into grid: inout CellGrid, y: Int, theme: Theme) {
        var line = StyledLine()
        line.append(" " + label.text() + " ", theme.style(.heading))
        let labelWidth = min(line.width, grid.width / 2)
        grid.draw(line, x: 0, y: y, width: labelWidth)
        field.draw(into: &grid, x: labelWidth, y: y, width: grid.width - labelWidth,
                   style: .plain, cursorStyle: theme.style(.focus), selection: field.isSelected ? Style(bold: true,
                       reverse: true) : nil)
    }
}

/// Why a prompt's answer was refused.
enum PromptProblem: Error, Equatable {
    case notADate(String)
    case emptyNote
    /// A question to confirm with Enter again.
    case confirm(Message)

    var message: Message {
        switch self {
        case .notADate(let t): return .notADate(t)
        case .emptyNote: return .emptyNote
        case .confirm(let question): return .confirmWithEnter(question)
        }
    }
}
