import Catalogue
import PlanModel

/// The indicator table of a task area: name, goal (`≥550亿元`), actual, progress bar (with
/// the 时间进度 marker for cumulative figures) and percentage, standing, last update. Columns
/// fit the width; the update column goes first when narrow, then the standing.
struct IndicatorTable: Sendable {
    let status: PlanStatus
    let nameWidth: Int
    let goalWidth: Int
    let actualWidth: Int
    let barWidth: Int
    let standingWidth: Int
    let dateWidth: Int

    static let percentWidth = 4
    static let indent = TaskDetailDocument.marker + 2
    static let gap = 2

    init(indicators: [Indicator], status: PlanStatus, width: Int) {
        self.status = status
        let goal = min(16, max(4, indicators.map { DisplayWidth.of($0.goalText) }.max() ?? 0))
        let actual = min(16, max(6, indicators.map { DisplayWidth.of(IndicatorTable.actualText($0,
            status)) }.max() ?? 0))
        var bar = width >= 100 ? 12 : 8
        var date = 10
        // Wide enough for 未填报, the most common standing, in either language.
        var standing = max(8, DisplayWidth.of(Message.standingNotReported.text()))
        func name() -> Int {
            width - IndicatorTable.indent - goal - actual - bar - 1 - IndicatorTable.percentWidth
                - (date > 0 ? date + IndicatorTable.gap : 0) - (standing > 0 ? standing +
                    IndicatorTable.gap : 0) - 3 * IndicatorTable.gap
        }
        if name() < 12 { date = 0 }
        if name() < 12 { standing = 0 }
        if name() < 12 { bar = 4 }
        goalWidth = goal
        actualWidth = actual
        barWidth = bar
        standingWidth = standing
        dateWidth = date
        nameWidth = max(1, name())
    }

    /// Where the inline editor opens: the actual value's cell, and the progress cell after it
    /// (a bar means nothing while the value is being typed), so most values fit unscrolled.
    var editColumns: Range<Int> {
        let x = IndicatorTable.indent + nameWidth + goalWidth + 2 * IndicatorTable.gap
        return x..<(x + actualWidth + IndicatorTable.gap + barWidth + 1 + IndicatorTable.percentWidth)
    }

    /// The actual value as read: `412.5亿元`, `12%`, `已完成`, or `未填报`.
    static func actualText(_ ind: Indicator, _ status: PlanStatus) -> String {
        guard let actual = status.indicators[ind.id]?.actual else { return Message.standingNotReported.text() }
        switch actual {
        case .number(let n): return NumberText.format(n) + (ind.unit ?? "")
        case .status(let s): return s.label
        }
    }

    func header(theme: Theme) -> StyledLine {
        var line = StyledLine()
        line.pad(IndicatorTable.indent)
        let label = theme.style(.label)
        line.append(Message.screenColumnIndicator.text(), label, width: nameWidth + IndicatorTable.gap)
        line.append(Message.screenColumnGoal.text(), label, width: goalWidth + IndicatorTable.gap)
        line.append(Message.screenColumnActual.text(), label, width: actualWidth + IndicatorTable.gap)
        line.append(Message.screenColumnProgress.text(), label, width: barWidth + 1 + IndicatorTable.percentWidth)
        if standingWidth > 0 {
            line.pad(IndicatorTable.gap)
            line.append(Message.screenColumnStanding.text(), label, width: standingWidth)
        }
        if dateWidth > 0 {
            line.pad(IndicatorTable.gap)
            line.append(Message.screenColumnUpdated.text(), label, width: dateWidth)
        }
        return line
    }

    func line(for ind: Indicator, theme: Theme) -> StyledLine {
        let st = status.indicators[ind.id]
        var line = StyledLine()
        line.pad(IndicatorTable.indent)
        line.append(ind.name, width: nameWidth)
        line.pad(IndicatorTable.gap)
        line.append(ind.goalText, theme.style(.label), width: goalWidth)
        line.pad(IndicatorTable.gap)
        let reported = st?.isReported == true
        line.append(IndicatorTable.actualText(ind, status), reported ? Style(bold: true) : theme.style(.label),
            width: actualWidth)
        line.pad(IndicatorTable.gap)
        if let p = st?.progress {
            let style = theme.completion(p)
            let paced = ind.pace == .cumulative ? status.timeElapsed : nil
            line.append(ProgressBar.text(p, width: barWidth, marker: paced), style)
            line.pad(1)
            line.append(NumberText.percent(p), style, width: IndicatorTable.percentWidth, alignRight: true)
        } else {
            line.append(String(repeating: "·", count: barWidth), theme.style(.label))
            line.pad(1 + IndicatorTable.percentWidth)
        }
        if standingWidth > 0, let st {
            line.pad(IndicatorTable.gap)
            line.append(st.label, theme.standing(st.standing), width: standingWidth)
        } else if standingWidth > 0 {
            line.pad(IndicatorTable.gap + standingWidth)
        }
        if dateWidth > 0 {
            line.pad(IndicatorTable.gap)
            line.append(st?.updated.map { $0.at.description } ?? "", theme.style(.label), width: dateWidth)
        }
        return line
    }
}
