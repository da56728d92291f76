import Catalogue
import PlanModel
import PlanReports

/// What goes on one unit's form for one period: the header and one row per item it reports,
/// with the value it last reported before the period.
public struct UnitForm: Sendable, Equatable {
    /// One row: the item and what the unit sees beside the cells it fills in.
    public struct Row: Sendable, Equatable {
        public var id: String
        public var task: String
        public var text: String
        public var goal: String
        public var unit: String
        /// The value before the period (a figure as text, or a status), empty when none.
        public var previous: String
        /// The figure itself when the previous value is one (written as a number cell).
        public var previousNumber: Double?
        public var previousDate: String
        public var takesStatus: Bool
    }

    public var planID: String
    public var planTitle: String
    public var document: String
    public var unit: String
    public var period: ReportingPeriod
    public var rows: [Row]

    public init(plan: Plan, ledger: ProgressLedger, duty: ReportingDuty, period: ReportingPeriod) {
        planID = plan.info.id
        planTitle = plan.info.title
        document = plan.info.document
        unit = duty.unit
        self.period = period
        let before = period.start.adding(days: -1)
        rows = duty.items.map { item in
            let state = ledger.state(of: item.id, asOf: before)
            var row = Row(id: item.id, task: item.taskTitle, text: "", goal: "", unit: "",
                          previous: state?.value.description ?? "", previousNumber: state?.value.number,
                          previousDate: state?.record.at.description ?? "", takesStatus: item.takesStatus)
            switch item.kind {
            case .indicator(let ind, let target):
                row.text = ind.name + "\n" + Message.formsIndicatorTarget.text() + target
                let (comparator, value) = CSVReport.goalCells(ind)
                row.goal = ind.isMilestone ? value : Self.comparatorOnForm(ind.goal, comparator) + value
                row.unit = ind.unit ?? ""
            case .measure(let m):
                row.text = m.text
                row.goal = m.deadline.text
            }
            return row
        }
    }

    /// The comparator written before a goal's figure on the form: `≥`, `≤`, `≈` (the tolerance
    /// left out), nothing before a range.
    static func comparatorOnForm(_ goal: Goal?, _ comparator: String) -> String {
        switch goal {
        case .about?: return "≈"
        case .range?: return ""
        default: return comparator
        }
    }

    /// The header block's values.
    public var fields: [(FormLayout.Field, String)] {
        [(.plan, planTitle), (.planID, planID), (.document, document), (.unit, unit),
         (.period, Message.formPeriod(period.id, start: period.start.description, end: period.end.description).text()),
         (.due, period.due.description)]
    }

    /// The title row's text.
    public var title: String { Message.formsTitle(planTitle).text() }

    /// The cells of a row in column order (the fill-in columns empty).
    func cells(_ row: Row) -> [String] {
        FormLayout.Column.allCases.map { c in
            switch c {
            case .id: return row.id
            case .task: return row.task
            case .text: return row.text
            case .goal: return row.goal
            case .unit: return row.unit
            case .previous: return row.previous
            case .previousDate: return row.previousDate
            case .value, .note: return ""
            }
        }
    }

    /// A file name for the form: the unit and the period, with characters file systems refuse replaced.
    public func fileName(extension ext: String) -> String {
        UnitForm.safeFileName("\(unit)-\(period.id)") + "." + ext
    }

    /// `name` with the characters file systems refuse (and control characters) replaced by `_`.
    public static func safeFileName(_ name: String) -> String {
        name.map { "/\\:*?\"<>|".contains($0) ||
            $0.unicodeScalars.contains(where: TerminalSafe.isUnsafe) ? "_" : String($0) }.joined()
    }
}
