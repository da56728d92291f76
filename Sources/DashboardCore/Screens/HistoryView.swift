import Catalogue
import PlanModel

/// `h` in a task area: every record of one indicator or measure (as of, recorded, who,
/// old → new, note, as `plandash history` words them) under a trend line of its figures in
/// as-of order. Records after the as-of day are dimmed. Scrolls; Esc goes back.
struct HistoryView: AppView {
    let itemID: String
    private(set) var pager = Pager()
    private var records: [ProgressRecord]

    /// Rows above the records: the trend line, a blank row, the column header.
    private static let headRows = 3
    private static var columnTitles: [String] { Message.historyScreenColumns.map { $0.text() } }

    /// Opens on the newest records. The item must exist in `ctx.model`.
    init(item: String, _ ctx: ViewContext) {
        itemID = item
        records = ctx.ledger.history(of: item)
        pager.showEnd(lines: records.count, rows: tableRows(ctx))
    }

    private func tableRows(_ ctx: ViewContext) -> Int { max(0, ctx.body.height - HistoryView.headRows) }

    /// The figures the item took, in as-of order (statuses, cleared values and notes that
    /// left the value as it was are left out).
    var figures: [Double] { records.filter { $0.new != $0.old }.compactMap { $0.new?.number } }

    mutating func handle(_ key: Key, _ ctx: ViewContext) -> ViewAction {
        if key == .enter { return .pop }
        return pager.handle(key, lines: records.count, rows: tableRows(ctx)) ? .handled : .unhandled
    }

    mutating func mouse(_ event: MouseEvent, _ ctx: ViewContext) -> ViewAction {
        pager.mouse(event.kind, lines: records.count, rows: tableRows(ctx))
        return .handled
    }

    mutating func refresh(_ ctx: ViewContext) -> RefreshOutcome {
        guard ctx.model.status.index.items[itemID] != nil else { return .gone }
        let atEnd = pager.atEnd(lines: records.count, rows: tableRows(ctx))
        records = ctx.ledger.history(of: itemID)
        pager.clamp(lines: records.count, rows: tableRows(ctx), stickToEnd: atEnd)
        return .kept
    }

    func header(_ ctx: ViewContext) -> ScreenHeader {
        let status = ctx.model.status
        var sub = StyledLine()
        switch status.index.items[itemID] {
        case .indicator(let ind, _, _):
            sub.append(Message.historyScreenGoal(ind.goalText).text(), ctx.theme.style(.label))
            sub.append(" · " + Message.historyScreenNow.text() + " ")
            sub.append(IndicatorTable.actualText(ind, status), Style(bold: true))
        case .measure(let m, _):
            sub.append(Message.screenDeadline(TaskDetailDocument.deadlineText(m.deadline)).text(),
                ctx.theme.style(.label))
            if let ms = status.measures[itemID] {
                sub.append(" · ")
                let (text, role) = TaskDetailDocument.stateText(ms)
                sub.append(text, role.map(ctx.theme.style) ?? Style(bold: true))
            }
        case nil:
            break
        }
        sub.append(" · " + Message.historyScreenRecordCount(records.count).text(), ctx.theme.style(.label))
        return ScreenHeader(title: Message.historyScreenTitle(ChangeText.item(itemID, in: status)).text(),
            right: Message.asOfRight(status.asOf.description).text(), subtitle: sub)
    }

    func status(_ ctx: ViewContext) -> String {
        guard !records.isEmpty else { return Message.historyScreenNoneYet.text() }
        let later = records.contains { $0.at > ctx.model.status.asOf } ? Message.historyScreenLaterDimmed
            : .verbatim("")
        return (pager.position(lines: records.count, rows: tableRows(ctx), noun: .screenRecords) + later).text()
    }

    var keyBar: [KeyHint] { KeyHelp.history }

    func draw(into grid: inout CellGrid, _ ctx: ViewContext) {
        let body = ctx.body
        let theme = ctx.theme
        guard body.height > 0 else { return }
        var trend = StyledLine()
        trend.append(" " + Message.historyScreenTrend.text() + "  ", theme.style(.heading))
        let figures = figures
        if figures.isEmpty {
            trend.append(Message.historyScreenNoFigures.text(), theme.style(.label))
        } else {
            let spark = Sparkline.text(figures, width: max(1, body.width / 2))
            trend.append(spark, theme.style(.good))
            let first = NumberText.format(figures[figures.count - spark.count])
            trend.append("  " + Message.historyScreenTrendRange(first, NumberText.format(figures[figures.count - 1]),
                count: figures.count).text(), theme.style(.label))
        }
        grid.draw(trend, x: body.x, y: body.y, width: body.width)
        guard !records.isEmpty else {
            grid.draw(StyledLine(" " + Message.historyScreenHowToRecord.text(), theme.style(.label)), x: body.x,
                y: body.y + 2,
                width: body.width)
            return
        }
        let rows = records.map(ItemHistory.row)
        let titles = HistoryView.columnTitles
        let widths = columnWidths(rows, titles: titles, total: body.width - 1)
        grid.draw(line(titles, widths, theme.style(.label)), x: body.x, y: body.y + 2,
            width: body.width)
        let t = pager.visibleTop(lines: rows.count, rows: tableRows(ctx))
        for (offset, i) in (t..<min(rows.count, t + tableRows(ctx))).enumerated() {
            let later = records[i].at > ctx.model.status.asOf
            grid.draw(line(rows[i], widths, later ? theme.style(.label) : .plain), x: body.x,
                y: body.y + HistoryView.headRows + offset, width: body.width)
        }
    }

    /// As of and recorded at their own widths, who and the change as wide as their longest
    /// (within limits), the note in what is left.
    private func columnWidths(_ rows: [[String]], titles: [String], total: Int) -> [Int] {
        func widest(_ c: Int, cap: Int) -> Int {
            min(cap, ([titles[c]] + rows.map { $0[c] }).map { DisplayWidth.of($0) }.max() ?? 0)
        }
        let fixed = [widest(0, cap: 10), widest(1, cap: 17), widest(2, cap: 12), widest(3, cap: 30)]
        return fixed + [max(0, total - fixed.reduce(0, +) - HistoryView.gap * fixed.count)]
    }

    private static let gap = 2

    private func line(_ cells: [String], _ widths: [Int], _ style: Style) -> StyledLine {
        var line = StyledLine()
        for (cell, width) in zip(cells, widths) {
            line.pad(line.width == 0 ? 1 : HistoryView.gap)
            line.append(cell, style, width: width)
        }
        return line
    }
}
