import PlanModel

/// Turns the text of a published work-plan notice (as copied from a web page) into a `Plan`.
/// Pure: text in, plan and warnings out. Every non-blank line of the notice is either placed in
/// the plan (see `ImportedPlan.placements`) or named in a warning that says why it was not.
public enum NoticeImporter {
    /// Imports notice text. `id` is the plan id (the plan file's base name); without one it is made
    /// from the year and the document number (notice-2019-2).
    public static func importPlan(text: String, id: String?) -> ImportResult {
        if text.contains("\0") { return .failed(ImportFailure(
            message: "this is a binary file (it holds NUL bytes), not the text of a notice")) }
        let lines = text.split(omittingEmptySubsequences: false,
            whereSeparator: \.isNewline).enumerated().compactMap { i, raw in
            let t = NoticeText.cleanLine(raw)
            return t.isEmpty ? nil : NoticeStructure.Line(number: i + 1, text: t)
        }
        guard !lines.isEmpty else { return .failed(ImportFailure(
            message: "the notice is empty: there is no text to import")) }
        do {
            return .imported(try importLines(lines, id: id))
        } catch {
            return .failed(error)
        }
    }

    private static func importLines(_ lines: [NoticeStructure.Line],
        id: String?) throws(ImportFailure) -> ImportedPlan {
        guard let bodyStart = lines.firstIndex(where: startsBody) else {
            throw ImportFailure(message: """
                no plan found: no section heading (一、…), task-area heading ((一)…), measure ending in (完成时限:…) or item \
                with its units ((牵头单位:…)) in \(lines.count) lines of text
                """)
        }
        let head = NoticeHead(Array(lines[..<bodyStart]))
        let year = head.year ?? bodyYear(lines[bodyStart...])
        // Without a year the body is still read, to tell "no plan" from "no year"; nothing is kept then.
        var structure = NoticeStructure(year: year ?? 2000)
        try structure.read(Array(lines[bodyStart...]))
        let tasks = structure.sections.flatMap(\.tasks)
        guard tasks.contains(where: { !$0.measures.isEmpty || !$0.targets.isEmpty }) else {
            throw ImportFailure(message: """
                no plan found: there are headings, but no measure (…(完成时限:…)), numbered target or item with its units \
                under them
                """)
        }
        guard let year else {
            throw ImportFailure(message: """
                cannot tell the plan's year: the notice gives no date, no year in its title or document number, and \
                no year in its text
                """)
        }
        var warnings = head.warnings + structure.warnings
        let info = planInfo(head, id: id, year: year, warnings: &warnings)
        guard PlanIdentifier.isValid(info.id) else {
            throw ImportFailure(message: "plan id “\(info.id)” may hold only letters, digits, -, _ and .")
        }
        var builder = PlanBuilder()
        let sections = builder.sections(from: structure, planTitle: info.title)
        warnings += builder.warnings
        var placements = builder.placements
        for line in head.placed { placements[line] = "plan" }
        let explained = Set(warnings.filter(\.isAboutAnUnplacedLine).map(\.line))
        for line in lines where placements[line.number] == nil && !explained.contains(line.number) {
            warnings.append(ImportWarning(line: line.number,
                message: "\(ImportWarning.notPlaced)not recognised as part of the plan: “\(line.text)”"))
        }
        return ImportedPlan(plan: Plan(info: info, sections: sections), warnings: sortedByLine(warnings),
            placements: placements)
    }

    /// The first line of the plan itself: a heading, a measure, or an item with its units.
    private static func startsBody(_ line: NoticeStructure.Line) -> Bool {
        let t = line.text
        let marker = ItemMarker.read(t)
        let body = marker.map { t.dropFirst($0.length) } ?? t
        switch marker?.marker {
        case .section?, .task?:
            if body.isHeadingLike, !t.contains("关于印发") { return true }
        default:
            break
        }
        return MeasureTail.hasMarker(t) || UnitList.marker(body) != nil
    }

    /// Without a head that gives the year: the year of the first 完成时限 deadline (2019年底), never
    /// a year named in a target (到2015年).
    private static func bodyYear(_ lines: ArraySlice<NoticeStructure.Line>) -> Int? {
        lines.lazy.compactMap { line in line.text.findLast("完成时限")
            .flatMap { NoticeHead.firstYear(line.text.dropFirst($0)) } }.first
    }

    private static func planInfo(_ head: NoticeHead, id: String?, year: Int,
        warnings: inout [ImportWarning]) -> PlanInfo {
        func missing(_ what: String, _ value: String) -> String {
            warnings.append(ImportWarning(line: 1, message: "the notice gives no \(what): recorded as \(value)"))
            return value
        }
        let title = head.title ?? missing("title (关于印发《…》的通知 or 附件:…)", "未注明标题")
        let document = head.document ?? missing("document number (文号, e.g. 湘服联办〔2019〕2号)", "未注明文号")
        let issuer = head.issuer ?? missing("issuer (the line above the date)", "未注明发文单位")
        let issued: CalendarDate
        if let d = head.issued {
            issued = d
        } else if let d = head.pageDate {
            issued = d
            warnings.append(ImportWarning(line: 1,
                message: "the notice gives no date of its own: recorded the web page's date \(d)"))
        } else {
            issued = CalendarDate(year: year, month: 1, day: 1)!
            warnings.append(ImportWarning(line: 1, message: "the notice gives no date: recorded as \(issued)"))
        }
        let planID = id ?? PlanIdentifier.derived(year: year, document: head.document)
        return PlanInfo(id: planID, title: title, document: document, issuer: issuer, issued: issued, year: year)
    }

    private static func sortedByLine(_ warnings: [ImportWarning]) -> [ImportWarning] {
        warnings.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
