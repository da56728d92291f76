import Catalogue
import PlanModel

/// A task area laid out for one width: its measures with wrapped text, deadline and state;
/// its targets with the indicator table; its units with the lead marked. Built when the task
/// opens, the status changes or the width changes; drawing only copies visible lines.
struct TaskDetailDocument: Sendable {
    struct Line: Sendable {
        var text: StyledLine
        /// The measure or indicator the line belongs to, if any.
        var item: String?
    }

    /// The lines of one selectable item, and where the text leading up to it starts
    /// (a heading or a target sentence), shown along with it when scrolling back.
    struct ItemLines: Sendable, Equatable {
        let context: Int
        let lines: Range<Int>
    }

    let width: Int
    private(set) var lines: [Line] = []
    /// Measure and indicator ids, in the order they appear.
    private(set) var items: [String] = []
    private(set) var itemLines: [String: ItemLines] = [:]
    /// The columns of the indicator table's inline value editor.
    private(set) var editColumns: Range<Int> = 0..<0
    private var contextStart = 0

    static let marker = 2

    init(task: TaskArea, model: PlanViewModel, theme: Theme, width: Int) {
        self.width = width
        let status = model.status
        addMeasures(task, status, theme)
        blank()
        addTargets(task, status, theme)
        blank()
        addUnits(task, theme)
    }

    private mutating func add(_ text: StyledLine, item: String? = nil) {
        if let item {
            let n = lines.count
            if let existing = itemLines[item] {
                itemLines[item] = ItemLines(context: existing.context, lines: existing.lines.lowerBound..<(n + 1))
            } else {
                items.append(item)
                itemLines[item] = ItemLines(context: contextStart, lines: n..<(n + 1))
            }
            contextStart = n + 1
        }
        lines.append(Line(text: text, item: item))
    }

    private mutating func blank() { add(StyledLine()) }

    /// Wrapped text with a first-line prefix and a hanging indent under it. Plan text is made
    /// terminal-safe first, so a line break or control inside it shows (`\n`) instead of
    /// starting a row of its own.
    private mutating func addWrapped(_ text: String, prefix: StyledLine, indent: Int, style: Style,
        item: String? = nil) {
        for (i, part) in DisplayWidth.wrap(TerminalSafe.text(text), to: max(1, width - indent)).enumerated() {
            var line = i == 0 ? prefix : StyledLine()
            line.pad(to: indent)
            line.append(part, style)
            add(line, item: item)
        }
    }

    private mutating func heading(_ title: Message, _ detail: String, _ theme: Theme) {
        var line = StyledLine()
        line.pad(1)
        line.append(title.text(), theme.style(.heading))
        line.append("  " + detail, theme.style(.label))
        add(line)
    }

    // MARK: measures

    private mutating func addMeasures(_ task: TaskArea, _ status: PlanStatus, _ theme: Theme) {
        let t = status.tasks[task.id]
        heading(.taskScreenMeasures, Message.measureCounts(total: task.measures.count, done: t?.done ?? 0,
                                                          overdue: t?.overdue ?? 0,
                                                 stalled: t?.stalled ?? 0).text(), theme)
        let indent = TaskDetailDocument.marker + 4
        for (n, m) in task.measures.enumerated() {
            let state = status.measures[m.id]
            var prefix = StyledLine()
            prefix.pad(TaskDetailDocument.marker)
            let overdue = state?.state == .overdue
            prefix.append("\(m.number ?? n + 1).", overdue ? theme.style(.bad) : Style(bold: true), width: 3,
                alignRight: true)
            addWrapped(m.text, prefix: prefix, indent: indent, style: .plain, item: m.id)
            var meta = StyledLine()
            meta.pad(indent)
            meta.append(Message.screenDeadline(Self.deadlineText(m.deadline)).text(), theme.style(.label))
            if let state {
                meta.append(" · ", theme.style(.label))
                let (text, role) = Self.stateText(state)
                meta.append(text, role.map(theme.style) ?? .plain)
            }
            add(meta, item: m.id)
        }
    }

    /// `2019年底（2019-12-31）` (as the bulletin writes it), or the wording alone for ongoing measures.
    static func deadlineText(_ d: Deadline) -> String {
        guard let date = d.date else { return d.text }
        return d.text == date.description ? d.text : Message.deadlineWithDay(d.text, date.description).text()
    }

    /// The work state and, apart, the deadline state: `未开始 · 剩 12 天`, `推进中 · 逾期 3 天`,
    /// `已完成 2019-12-20 · 逾期完成 5 天`, `未开始 · 未推进`.
    static func stateText(_ s: MeasureStatus) -> (String, Theme.Role?) {
        let work = s.workMessage.text() + (s.work == .done ? s.doneOn.map { " \($0)" } ?? "" : "")
        // An ongoing measure's deadline already reads 持续推进: only 未推进 is worth adding.
        let deadline = s.deadlineMessage
        let text = deadline == .ongoing ? work : work + " · " + deadline.text()
        if s.work == .done { return (text, s.daysLate == nil ? .good : .warn) }
        if s.state == .overdue || s.stalled { return (text, .bad) }
        return (text, s.state == .dueSoon ? .warn : nil)
    }

    // MARK: targets and indicators

    private mutating func addTargets(_ task: TaskArea, _ status: PlanStatus, _ theme: Theme) {
        let indicators = task.targets.flatMap(\.indicators)
        let c = status.tasks[task.id]?.completion
        heading(.taskScreenTargets, Message.taskScreenTargetCounts(targets: task.targets.count,
            indicators: indicators.count,
            completion: c?.textWithCoverage ?? Message.standingNotReported.text()).text(), theme)
        let table = IndicatorTable(indicators: indicators, status: status, width: width)
        editColumns = table.editColumns
        add(table.header(theme: theme))
        for (n, target) in task.targets.enumerated() {
            var prefix = StyledLine()
            prefix.pad(TaskDetailDocument.marker)
            prefix.append(Message.taskScreenTarget(target.number ?? n + 1).text(), Style(bold: true))
            if let t = status.targetStatuses[target.id] {
                // Its completion when anything is reported, then its standing (未填报 says it once).
                if let f = status.targets[target.id]?.fraction {
                    prefix.append(" " + NumberText.percent(f), theme.standing(t.standing))
                }
                prefix.append(" " + t.label, theme.standing(t.standing))
            }
            addWrapped(target.text, prefix: prefix, indent: prefix.width + 1, style: theme.style(.label))
            for ind in target.indicators {
                add(table.line(for: ind, theme: theme), item: ind.id)
            }
        }
    }

    // MARK: units

    private mutating func addUnits(_ task: TaskArea, _ theme: Theme) {
        var seen: Set<String> = []
        let units = task.units.filter { seen.insert($0).inserted }
        let others = Array(units.dropFirst())
        heading(.taskScreenUnits, Message.taskScreenUnitCount(units.count).text(), theme)
        var lead = StyledLine()
        lead.pad(TaskDetailDocument.marker)
        lead.append(Message.taskScreenLead.text() + " ", theme.style(.heading))
        lead.append(task.lead ?? "—", Style(bold: true))
        add(lead)
        guard !others.isEmpty else { return }
        var prefix = StyledLine()
        prefix.pad(TaskDetailDocument.marker)
        prefix.append(Message.taskScreenJoin.text() + " ", theme.style(.label))
        addWrapped(others.joined(separator: Message.screenListSeparator.text()), prefix: prefix, indent: prefix.width,
            style: .plain)
    }
}
