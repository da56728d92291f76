import Catalogue
import PlanModel

/// Turns the drafts read from a notice into a `Plan`: gives ids (sections by kind when their titles
/// name one of the five kinds of the Hunan plan: key-work, special-actions, safeguards, foundations,
/// opening-up, else s1, s2…; task areas kw1…/sa1…/sg1…/fd1…/op1… or s1t1…; measures `<task>.m<N>`,
/// targets `<task>.t<N>` after the notice's numbers, indicators `<target>.i<K>`), reads the
/// indicators of every target, and fills what the notice left out with a marked value and a warning.
struct PlanBuilder {
    static let noUnits = "责任单位未注明"  // not a message: the unit written into the plan file

    /// A section is of a kind only when its heading ends so (落实六大保障措施), never for a word
    /// inside it (构建更加积极的就业保障体系 is a plain `section`).
    private static let kinds: [(kind: String, prefix: String, endings: [String])] = [
        ("key-work", "kw", ["重点工作", "重点任务"]),  // not a message: heading words of notices
        ("special-actions", "sa", ["专项行动"]),  // not a message: heading words of notices
        ("safeguards", "sg", ["保障措施", "保障机制", "政策保障", "组织保障"]),  // not a message: heading words of notices
        ("foundations", "fd", ["基础工作", "基础建设"]),  // not a message: heading words of notices
        ("opening-up", "op", ["开放发展水平", "开放水平", "对外开放",  // not a message: heading words of notices
            "开放合作"]),  // not a message: heading words of notices
    ]

    var warnings: [ImportWarning] = []
    var placements: [Int: String] = [:]

    mutating func sections(from structure: NoticeStructure, planTitle: String) -> [Section] {
        var ids: [NoticeStructure.Place: String] = [:]
        var out: [Section] = []
        var usedKinds: Set<String> = []
        for (si, draft) in structure.sections.enumerated() {
            guard !draft.tasks.isEmpty else { continue }
            let position = out.count + 1
            let title = draft.title ?? planTitle
            let heading = NoticeText(title).trimming(["。", " "])  // not a message: punctuation read in notice text
            let match = Self.kinds.first { k in
                !usedKinds.contains(k.kind) && k.endings.contains(where: heading.hasSuffix) }
            let (sid, kind, prefix) = match.map { ($0.kind, $0.kind, $0.prefix) } ?? ("s\(position)", "section",
                "s\(position)t")
            if let match { usedKinds.insert(match.kind) }
            ids[.section(si)] = sid
            var tasks: [TaskArea] = []
            for (ti, task) in draft.tasks.enumerated() {
                let tid = "\(prefix)\(ti + 1)"
                ids[.task(si, ti)] = tid
                tasks.append(taskArea(task, id: tid, fallbackTitle: title, ids: &ids, at: (si, ti)))
            }
            out.append(Section(id: sid, kind: kind, title: title, tasks: tasks))
        }
        for (line, place) in structure.placements.sorted(by: { $0.key < $1.key }) {
            if let id = ids[place] {
                placements[line] = id
            } else if case .section(let si) = place {
                let title = structure.sections[si].title ?? ""
                warnings.append(ImportWarning(unplaced: line, .importSectionWithoutTasks(title)))
            }
        }
        return out
    }

    private mutating func taskArea(_ draft: NoticeStructure.TaskDraft, id: String, fallbackTitle: String,
                                   ids: inout [NoticeStructure.Place: String], at place: (Int, Int)) -> TaskArea {
        var numbers = Numbering(prefix: id + ".m")
        let measures = draft.measures.enumerated().map { k, m in
            let mid = numbers.next(draft.fromItem ? nil : m.number)
            ids[.measure(place.0, place.1, k)] = mid
            return Measure(id: mid, number: m.number, text: m.text, deadline: m.deadline)
        }
        var targetNumbers = Numbering(prefix: id + ".t")
        let targets = draft.targets.enumerated().map { k, t in
            let tid = targetNumbers.next(draft.fromItem ? nil : t.number)
            ids[.target(place.0, place.1, k)] = tid
            return target(t, id: tid)
        }
        let title = draft.title ?? fallbackTitle
        var units = draft.units
        if units.isEmpty {
            units = [Self.noUnits]
            let line = draft.line ?? draft.measures.first?.line ?? draft.targets.first?.line ?? 1
            warnings.append(ImportWarning(line: line, .importNoUnits(task: id, title: title, recorded: Self.noUnits)))
        }
        return TaskArea(id: id, title: title, measures: measures, targets: targets, units: units)
    }

    private mutating func target(_ draft: NoticeStructure.TargetDraft, id: String) -> Target {
        let reading = TargetReader.read(draft.text, figuresOnly: draft.figuresOnly)
        for part in reading.unread {
            warnings.append(ImportWarning(line: draft.line, .importTargetUnread(target: id, part: part)))
        }
        let stretchTarget = draft.text.trimming([" "]).hasPrefix("力争")  // not a message: notice wording (stretch)
        let indicators = reading.indicators.enumerated().map { k, ind in
            let iid = "\(id).i\(k + 1)"
            let name = ind.name.isEmpty ? draft.text.description : ind.name
            let pace = Pace.read(kind: ind.kind, wording: ind.wording)
            if let pace, pace.guessed {
                warnings.append(ImportWarning(line: draft.line, message: Message.importPaceGuessed(indicator: iid,
                    name: name, pace: pace.pace.rawValue).text()))
            }
            return Indicator(id: iid, name: name, kind: ind.kind, goal: ind.goal, unit: ind.unit, pace: pace?.pace,
                             stretch: ind.stretch && !stretchTarget)
        }
        return Target(id: id, number: draft.number, text: draft.text.description, indicators: indicators,
            stretch: stretchTarget)
    }
}

/// Ids after the notice's own numbers (kw4.t1, kw4.t3, kw4.t4 keep the gap), or the next free one.
private struct Numbering {
    let prefix: String
    var used: Set<Int> = []
    var last = 0

    init(prefix: String) { self.prefix = prefix }

    mutating func next(_ number: Int?) -> String {
        var n = number ?? (last + 1)
        if n < 1 || used.contains(n) { n = (used.max() ?? 0) + 1 }
        used.insert(n)
        last = n
        return "\(prefix)\(n)"
    }
}
