import Catalogue
import PlanModel

/// How a task area reads as one row: title, completion bar (with the 时间进度 marker) and
/// percentage, then counts of overdue measures, targets behind, done measures and reported
/// indicators (the coverage). Used by the dashboard panes and the unit's task list.
struct TaskRowView: Sendable {
    /// Columns after the title: gap, bar, gap, percent (4), then four counts, each at least as
    /// wide as its header.
    static var countColumns: [(header: String, width: Int)] {
        [(Message.screenColumnOverdue, 4), (.screenColumnBehind, 4), (.screenColumnMeasures, 5),
         (.screenColumnIndicators, 5)].map {
            let header = $0.0.text()
            return (header, max($0.1, DisplayWidth.of(header)))
        }
    }
    static let marker = SelectableList<String>.marker
    static let percentWidth = 4

    let titleWidth: Int
    let barWidth: Int
    let countColumns: [(header: String, width: Int)]
    /// 时间进度: where the bars' marker stands.
    let timeElapsed: Double

    /// Fits the columns into `width`: the title takes what it needs (up to `titleNeed`), the
    /// bar what is left (6 to 30 columns), and the title grows again when the bar is full.
    init(width: Int, titleNeed: Int, timeElapsed: Double) {
        self.timeElapsed = timeElapsed
        countColumns = TaskRowView.countColumns
        let fixed = TaskRowView.marker + 1 + 1 + TaskRowView.percentWidth + countColumns.reduce(0) { $0 + $1.width + 1 }
        let room = max(0, width - fixed)
        barWidth = min(30, max(6, room - titleNeed))
        titleWidth = max(0, room - barWidth)
    }

    /// The column headers, aligned with `line(for:)` drawn after a list's marker column.
    func header(theme: Theme) -> StyledLine {
        var line = StyledLine()
        line.pad(TaskRowView.marker)
        line.append(Message.screenTask.text(), theme.style(.label), width: titleWidth + 1)
        line.append(Message.screenColumnCompletion.text(), theme.style(.label),
            width: barWidth + 1 + TaskRowView.percentWidth)
        for c in countColumns {
            line.pad(1)
            line.append(c.header, theme.style(.label), width: c.width, alignRight: true)
        }
        return line
    }

    /// The row, without the marker column; `title` replaces the task's title (to prefix its id).
    func line(for row: TaskRowModel, theme: Theme, title: String? = nil) -> StyledLine {
        var line = StyledLine()
        line.append(title ?? row.title, width: titleWidth)
        line.pad(1)
        let style = row.counts.overdue > 0 ? theme.style(.bad) : theme.standing(row.counts.standing)
        if let f = row.counts.completion.fraction {
            line.append(ProgressBar.text(f, width: barWidth, marker: timeElapsed), style)
            line.pad(1)
            line.append(NumberText.percent(f), style, width: TaskRowView.percentWidth, alignRight: true)
        } else {
            line.append(Message.screenColumnNotReported.text(), theme.style(.label),
                width: barWidth + 1 + TaskRowView.percentWidth)
        }
        let counts = ["\(row.counts.overdue)", "\(row.counts.targets.behind)",
            "\(row.counts.done)/\(row.counts.measures)",
                      "\(row.counts.completion.reported)/\(row.counts.completion.total)"]
        for (i, (text, c)) in zip(counts, countColumns).enumerated() {
            line.pad(1)
            let s: Style = i == 0 && row.counts.overdue > 0 ? theme.style(.bad)
                : i == 1 && row.counts.targets.behind > 0 ? theme.style(.warn) : .plain
            line.append(text, s, width: c.width, alignRight: true)
        }
        return line
    }
}
