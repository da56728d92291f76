import Catalogue
import PlanModel

/// The indicator ledger (台账) as CSV: one row per indicator with where it sits, its goal,
/// the value reported as of the day, its progress and standing, the lead unit and the day
/// of the last update. Empty cells mean not reported.
public enum CSVReport {
    /// The column labels, in the reader's language.
    public static var header: [String] { Message.csvReportHeader.map { $0.text() } }

    public static func text(_ b: Bulletin) -> String {
        CSVText.document([header] + b.indicators.map(row))
    }

    static func row(_ line: IndicatorLine) -> [String] {
        let ind = line.indicator
        let (comparator, value) = goalCells(ind)
        return [ind.id, line.place.numberedSection, line.place.numberedTask, line.target.text, ind.name,
                comparator, value, ind.unit ?? "",
                line.status.actual?.description ?? "",
                line.status.progress.map(NumberText.percent) ?? "",
                line.status.label, line.place.lead ?? "",
                line.status.updated?.at.description ?? ""]
    }

    /// The comparator and target value cells: `≥` `550`, `≈±10%` `1000`, `区间` `1–2`, `里程碑` `完成`.
    /// A range is written with an en dash so spreadsheets do not read it as a date.
    public static func goalCells(_ ind: Indicator) -> (String, String) {
        switch ind.goal {
        case .atLeast(let x)?: return ("≥", NumberText.format(x))
        case .atMost(let x)?: return ("≤", NumberText.format(x))
        case .about(let x, let t)?: return ("≈±\(NumberText.format(t))%", NumberText.format(x))
        case .range(let a, let b)?: return (Message.goalRange.text(), "\(NumberText.format(a))–\(NumberText.format(b))")
        case nil: return (Message.milestoneGoal.text(), Message.milestoneDone.text())
        }
    }
}
