import Catalogue
import PlanModel

/// Reads the body of a notice, line by line, into drafts of sections, task areas, measures,
/// targets and units. It knows two layouts:
///
/// - the flattened table (主要任务 / 工作措施及进度安排 / 工作目标 / 责任单位): a section heading
///   (一、…, repeated at page breaks and merged), a task-area heading ((一)… or a bare heading line),
///   measures ending in (完成时限:…), then targets (numbered again, or one paragraph), then one
///   line of units that closes the task area;
/// - items that carry their own units ((牵头单位:X,配合单位:Y), (X、Y负责)) and deadlines in their
///   text (2019年10月底前, 到2015年): each such item is a task area of its own, or a measure of the
///   task area whose heading it stands under.
///
/// Every line ends up placed (see `placements`) or in a warning that says why it was not.
struct NoticeStructure {
    struct Line {
        let number: Int
        let text: NoticeText
    }

    struct MeasureDraft {
        var number: Int?
        var text: String
        var deadline: Deadline
        var line: Int
    }

    struct TargetDraft {
        var number: Int?
        var text: NoticeText
        var line: Int
        /// Read for figures only: the target of an item, whose actions are its measure.
        var figuresOnly = false
    }

    struct TaskDraft {
        var title: String?
        var line: Int?
        var measures: [MeasureDraft] = []
        var targets: [TargetDraft] = []
        var units: [String] = []
        /// Closed by its units line (table) or by its own units (an item that is a task area).
        var closed = false
        /// Its measures carry their own units.
        var itemLayout = false
        /// Made from one item: the item's number is the task area's, not its measure's.
        var fromItem = false
        /// Its units came from a units line (table layout).
        var hasUnitsLine = false
    }

    struct SectionDraft {
        var title: String?
        var key: String
        var line: Int?
        var tasks: [TaskDraft] = []
    }

    /// Where a line went, by draft position; resolved to ids once ids are given.
    enum Place: Hashable {
        case section(Int)
        case task(Int, Int)
        case measure(Int, Int, Int)
        case target(Int, Int, Int)
    }

    let year: Int
    private(set) var sections: [SectionDraft] = []
    private(set) var warnings: [ImportWarning] = []
    private(set) var placements: [Int: Place] = [:]

    init(year: Int) { self.year = year }

    // MARK: - Reading

    mutating func read(_ lines: [Line]) throws(ImportFailure) {
        var k = 0
        while k < lines.count {
            k += try take(lines[k], after: lines[(k + 1)...]) ? 2 : 1
        }
    }

    /// Places one line; true when it also used the next line (a deadline closed there).
    private mutating func take(_ line: Line, after: ArraySlice<Line>) throws(ImportFailure) -> Bool {
        let text = line.text
        let next = after.first
        let marker = ItemMarker.read(text)
        let body = marker.map { text.dropFirst($0.length) } ?? text
        let tail = try MeasureTail.read(body, line: line.number, next: next)
        let ownUnits = tail == nil ? UnitList.marker(body) : nil

        if tail == nil, ownUnits == nil, body.isHeadingLike {
            switch marker?.marker {
            case .section?:
                openSection(body, line: line.number)
                return false
            case .task?:
                openTask(body, line: line.number)
                return false
            default:
                break
            }
        }
        let number: Int? = switch marker?.marker {
        case .item(let n)?, .task(let n)?, .section(let n)?: n
        case nil: nil
        }
        if let tail {
            addMeasure(number: number, text: tail.text.isEmpty ? text : tail.text, wording: tail.wording,
                units: tail.units, line: line.number)
            if tail.usedNextLine, let next { placements[next.number] = placements[line.number] }
            return tail.usedNextLine
        }
        if let ownUnits {
            let item = (body[0..<ownUnits.range.lowerBound] + body.dropFirst(ownUnits.range.upperBound)).trimming([" "])
            if let partners = UnitList.unnamedPartners(body[ownUnits.range]), let lead = ownUnits.units.first {
                warnings.append(ImportWarning(line: line.number, message: Message.importUnnamedPartners(lead: lead,
                    partners: partners).text()))
            }
            addItem(number: number, text: item.isEmpty ? text : item, units: ownUnits.units, line: line.number)
            return false
        }
        if marker == nil, UnitList.isUnitsLine(text) {
            setUnits(text, line: line.number)
            return false
        }
        if marker == nil, text.isBareHeadingLike, openTaskIndex == nil, startsItems(after) {
            openTask(text, line: line.number)
            return false
        }
        if number != nil, body.trimming([" ", "。"]).isEmpty {  // not a message: punctuation read in notice text
            warnings.append(ImportWarning(unplaced: line.number, .importBareNumber, text: text.description))
        } else if number != nil {
            addNumbered(number: number, text: body, line: line.number)
        } else {
            addParagraph(text, line: line.number)
        }
        return false
    }

    /// Whether the lines after a bare heading begin with a measure or a numbered item.
    private func startsItems(_ after: ArraySlice<Line>) -> Bool {
        guard let first = after.first else { return false }
        if MeasureTail.hasMarker(first.text) { return true }
        if case .item? = ItemMarker.read(first.text)?.marker { return true }
        return false
    }

    // MARK: - Headings

    private var current: Int?
    private var openTaskIndex: Int? {
        guard let s = current, let last = sections[s].tasks.indices.last,
            !sections[s].tasks[last].closed else { return nil }
        return last
    }

    private mutating func openSection(_ title: NoticeText, line: Int) {
        let key = title.trimming(["。", " "]).foldedString  // not a message: punctuation read in notice text
        let same = sections.firstIndex { $0.key == key }
        // Repeated at a page break inside the section, the heading leaves the open task area open.
        if same == nil || same != current {
            closeTask()
            if let same {
                current = same
            } else {
                let heading = title.trimming(["。", " "]).description  // not a message: punctuation read in notice text
                sections.append(SectionDraft(title: heading, key: key, line: line))
                current = sections.count - 1
            }
        }
        placements[line] = .section(current!)
    }

    private mutating func openTask(_ title: NoticeText, line: Int) {
        let s = sectionIndex()
        let name = title.trimming(["。", ":", " "]).description  // not a message: punctuation read in notice text
        if let last = sections[s].tasks.indices.last, !sections[s].tasks[last].closed,
            sections[s].tasks[last].title == name {
            placements[line] = .task(s, last)
            return
        }
        closeTask()
        sections[s].tasks.append(TaskDraft(title: name, line: line))
        placements[line] = .task(s, sections[s].tasks.count - 1)
    }

    /// A task that has no units when another heading begins stays open for a units line no
    /// more; it is closed so that later lines do not fall into it.
    private mutating func closeTask() {
        guard let s = current, let t = openTaskIndex else { return }
        sections[s].tasks[t].closed = true
    }

    private mutating func sectionIndex() -> Int {
        if let current { return current }
        sections.append(SectionDraft(title: nil, key: "", line: nil))
        current = sections.count - 1
        return current!
    }

    // MARK: - Items

    /// The task area new items go in: the open one, or a new one when the section has none
    /// (titled after the section), or the last one, closed, with a warning.
    private mutating func taskForItem(line: Int, what: Message) -> (Int, Int) {
        let s = sectionIndex()
        if let t = openTaskIndex { return (s, t) }
        if let last = sections[s].tasks.indices.last, !sections[s].tasks[last].itemLayout {
            warnings.append(ImportWarning(line: line, .importAfterUnitsLine(what, task: sections[s].tasks[last].title)))
            return (s, last)
        }
        sections[s].tasks.append(TaskDraft(title: nil, line: nil))
        return (s, sections[s].tasks.count - 1)
    }

    private mutating func addMeasure(number: Int?, text: NoticeText, wording: NoticeText, units: [String]?, line: Int) {
        let due = deadline(wording, line: line)
        if let units {
            addItem(number: number, text: text, units: units, deadline: due, line: line)
            return
        }
        let (s, t) = taskForItem(line: line, what: .importAMeasure)
        sections[s].tasks[t].measures.append(MeasureDraft(number: number, text: text.description, deadline: due,
            line: line))
        placements[line] = .measure(s, t, sections[s].tasks[t].measures.count - 1)
    }

    /// An item with its own units: a measure of the open task area, or a task area of its own.
    /// Its deadline is the one given, or the first written in its text, or ongoing (with a warning).
    private mutating func addItem(number: Int?, text: NoticeText, units: [String], deadline given: Deadline? = nil,
        line: Int) {
        var due = given ?? InlineDeadline.find(in: text, year: year)?.deadline
        if due == nil {
            due = Deadline(date: nil, text: Self.unstated)
            warnings.append(ImportWarning(line: line, .importItemWithoutDeadline(recorded: Self.unstated)))
        }
        if let s = current, let t = openTaskIndex {
            sections[s].tasks[t].measures.append(MeasureDraft(number: number, text: text.description, deadline: due!,
                line: line))
            mergeUnits(units, into: (s, t), itemLayout: true)
            addFigureTarget(number: number, text: text, at: (s, t), line: line)
            placements[line] = .measure(s, t, sections[s].tasks[t].measures.count - 1)
        } else {
            newItemTask(number: number, text: text, units: units, deadline: due!, line: line)
        }
    }

    private mutating func newItemTask(number: Int?, text: NoticeText, units: [String], deadline: Deadline, line: Int) {
        let s = sectionIndex()
        closeTask()
        var task = TaskDraft(title: Self.itemTitle(text), line: nil, units: units, closed: true, itemLayout: true,
            fromItem: true)
        task.measures.append(MeasureDraft(number: number, text: text.description, deadline: deadline, line: line))
        sections[s].tasks.append(task)
        let t = sections[s].tasks.count - 1
        addFigureTarget(number: number, text: text, at: (s, t), line: line)
        placements[line] = .measure(s, t, 0)
    }

    /// In the item layout, an item that holds figures is also a target, read for its figures.
    private mutating func addFigureTarget(number: Int?, text: NoticeText, at place: (Int, Int), line: Int) {
        guard !TargetReader.read(text, figuresOnly: true).indicators.isEmpty else { return }
        sections[place.0].tasks[place.1].targets.append(TargetDraft(number: number, text: text, line: line,
            figuresOnly: true))
    }

    /// A numbered line with no deadline and no units: a target (table), or an item (item layout).
    private mutating func addNumbered(number: Int?, text: NoticeText, line: Int) {
        if let s = current, openTaskIndex == nil, sections[s].tasks.last?.itemLayout == true {
            addItem(number: number, text: text, units: [], line: line)
            return
        }
        if let s = current, let t = openTaskIndex, sections[s].tasks[t].itemLayout {
            addItem(number: number, text: text, units: [], line: line)
            return
        }
        let (s, t) = taskForItem(line: line, what: .importATarget)
        sections[s].tasks[t].targets.append(TargetDraft(number: number, text: text, line: line))
        placements[line] = .target(s, t, sections[s].tasks[t].targets.count - 1)
    }

    /// An unnumbered line: a target paragraph, or the rest of a target cut by a line break.
    private mutating func addParagraph(_ text: NoticeText, line: Int) {
        guard let s = current, let t = openTaskIndex else {
            let after = current.flatMap { sections[$0].tasks.last?.title }
            warnings.append(ImportWarning(unplaced: line, .importStrayText(afterTask: after), text: text.description))
            return
        }
        // Mutated in place: a copy of the task would copy all its targets for every line.
        if let last = sections[s].tasks[t].targets.indices.last,
            let end = sections[s].tasks[t].targets[last].text.folded.last,
            !"。;!?".contains(end) {  // not a message: punctuation read in notice text
            sections[s].tasks[t].targets[last].text = sections[s].tasks[t].targets[last].text + text
            placements[line] = .target(s, t, last)
            return
        }
        sections[s].tasks[t].targets.append(TargetDraft(number: nil, text: text, line: line))
        placements[line] = .target(s, t, sections[s].tasks[t].targets.count - 1)
    }

    private mutating func setUnits(_ text: NoticeText, line: Int) {
        let units = UnitList.parse(text)
        guard let s = current, let t = openTaskIndex ?? sections[s].tasks.indices.last else {
            warnings.append(ImportWarning(unplaced: line, .importUnitsOutsideTask, text: text.description))
            return
        }
        if sections[s].tasks[t].hasUnitsLine {
            warnings.append(ImportWarning(line: line, .importSecondUnitsLine(task: sections[s].tasks[t].title)))
        }
        mergeUnits(units, into: (s, t), itemLayout: sections[s].tasks[t].itemLayout)
        sections[s].tasks[t].closed = true
        sections[s].tasks[t].hasUnitsLine = true
        placements[line] = .task(s, t)
    }

    private mutating func mergeUnits(_ units: [String], into place: (Int, Int), itemLayout: Bool) {
        for u in units where !sections[place.0].tasks[place.1].units.contains(u) {
            sections[place.0].tasks[place.1].units.append(u)
        }
        if itemLayout { sections[place.0].tasks[place.1].itemLayout = true }
    }

    // MARK: - Deadlines

    static let unstated = "未注明"  // not a message: the deadline_text written into the plan file

    private mutating func deadline(_ wording: NoticeText, line: Int) -> Deadline {
        let text = wording.description.filter { !$0.isWhitespace }
        if let d = DeadlineWording.parse(text, year: year) { return d }
        let end = CalendarDate(year: year, month: 12, day: 31)!
        let what = text.isEmpty ? Message.importEmptyDeadline : .importDeadlineNotUnderstood(text)
        warnings.append(ImportWarning(line: line, .importDeadlineSetToYearEnd(what, end: end.description)))
        return Deadline(date: end, text: text.isEmpty ? Self.unstated : text)
    }

    /// A task area's title taken from an item: its first clause that is more than a deadline,
    /// without a deadline it opens with.
    private static func itemTitle(_ text: NoticeText) -> String {
        let clauses = text.split(on: ["。", ",", ";", ":"])  // not a message: punctuation read in notice text
            .map { InlineDeadline.strippingLeading($0.trimming([" "])) }
        let first = clauses.first { !$0.onlyDeadline && !$0.rest.isEmpty }?.rest ?? text
        return first.trimming([" "]).description
    }
}
