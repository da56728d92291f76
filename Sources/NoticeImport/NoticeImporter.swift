import Catalogue
import PlanModel

/// Turns the text of a published work-plan notice (as copied from a web page) into a `Plan`.
/// Pure: text in, plan and warnings out. Every non-blank line of the notice is either placed in
/// the plan (see `ImportedPlan.placements`) or named in a warning that says why it was not.
public enum NoticeImporter {
    /// Imports notice text. `id` is the plan id (the plan file's base name); without one it is made
    /// from the year and the document number (notice-2019-2).
    public static func importPlan(text: String, id: String?) -> ImportResult {
        if text.contains("\0") { return .failed(ImportFailure(.importBinaryText)) }
        let lines = text.split(omittingEmptySubsequences: false,
            whereSeparator: \.isNewline).enumerated().compactMap { i, raw in
            let t = NoticeText.cleanLine(raw)
            return t.isEmpty ? nil : NoticeStructure.Line(number: i + 1, text: t)
        }
        guard !lines.isEmpty else { return .failed(ImportFailure(.noticeEmpty)) }
        do {
            return .imported(try importLines(lines, id: id))
        } catch {
            return .failed(error)
        }
    }

    private static func importLines(_ lines: [NoticeStructure.Line],
        id: String?) throws(ImportFailure) -> ImportedPlan {
        guard let bodyStart = lines.firstIndex(where: startsBody) else {
            throw ImportFailure(.importNoPlan(lines: lines.count))
        }
        let head = NoticeHead(Array(lines[..<bodyStart]))
        let year = head.year ?? bodyYear(lines[bodyStart...])
        // Without a year the body is still read, to tell "no plan" from "no year"; nothing is kept then.
        var structure = NoticeStructure(year: year ?? 2000)
        try structure.read(Array(lines[bodyStart...]))
        let tasks = structure.sections.flatMap(\.tasks)
        guard tasks.contains(where: { !$0.measures.isEmpty || !$0.targets.isEmpty }) else {
            throw ImportFailure(.importNoItems)
        }
        guard let year else {
            throw ImportFailure(.importNoYear)
        }
        var warnings = head.warnings + structure.warnings
        let info = planInfo(head, id: id, year: year, warnings: &warnings)
        guard PlanIdentifier.isValid(info.id) else {
            throw ImportFailure(.importBadPlanID(info.id))
        }
        var builder = PlanBuilder()
        let sections = builder.sections(from: structure, planTitle: info.title)
        warnings += builder.warnings
        var placements = builder.placements
        for line in head.placed { placements[line] = "plan" }
        let explained = Set(warnings.filter(\.isAboutAnUnplacedLine).map(\.line))
        for line in lines where placements[line.number] == nil && !explained.contains(line.number) {
            warnings.append(ImportWarning(unplaced: line.number, .importNotRecognised, text: line.text.description))
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
            if body.isHeadingLike, !t.contains("关于印发") { return true }  // not a message: notice wording
        default:
            break
        }
        return MeasureTail.hasMarker(t) || UnitList.marker(body) != nil
    }

    /// Without a head that gives the year: the year of the first 完成时限 deadline (2019年底), never
    /// a year named in a target (到2015年).
    private static func bodyYear(_ lines: ArraySlice<NoticeStructure.Line>) -> Int? {
        lines.lazy.compactMap { line in line.text.findLast("完成时限")  // not a message: notice wording
            .flatMap { NoticeHead.firstYear(line.text.dropFirst($0)) } }.first
    }

    private static func planInfo(_ head: NoticeHead, id: String?, year: Int,
        warnings: inout [ImportWarning]) -> PlanInfo {
        func missing(_ what: Message, _ value: String) -> String {
            warnings.append(ImportWarning(line: 1, .importHeadMissing(what, recorded: value)))
            return value
        }
        let title = head.title ?? missing(.importHeadTitle, Unstated.title)
        let document = head.document ?? missing(.importHeadDocument, Unstated.document)
        let issuer = head.issuer ?? missing(.importHeadIssuer, Unstated.issuer)
        let issued: CalendarDate
        if let d = head.issued {
            issued = d
        } else if let d = head.pageDate {
            issued = d
            warnings.append(ImportWarning(line: 1, .importHeadPageDate(d.description)))
        } else {
            issued = CalendarDate(year: year, month: 1, day: 1)!
            warnings.append(ImportWarning(line: 1, .importHeadMissing(.importHeadDate, recorded: issued.description)))
        }
        let planID = id ?? PlanIdentifier.derived(year: year, document: head.document)
        return PlanInfo(id: planID, title: title, document: document, issuer: issuer, issued: issued, year: year)
    }

    /// What the plan file records where the notice gives no value: plan data, as the notice's own words are.
    private enum Unstated {
        static let title = "未注明标题"  // not a message: a placeholder value written into the plan file
        static let document = "未注明文号"  // not a message: a placeholder value written into the plan file
        static let issuer = "未注明发文单位"  // not a message: a placeholder value written into the plan file
    }

    private static func sortedByLine(_ warnings: [ImportWarning]) -> [ImportWarning] {
        warnings.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
