import Catalogue
import Foundation
import PlanModel

/// Turns a composed YAML document into a `Plan`, checking every key, type, id and figure,
/// and collecting every problem with its line, column and path instead of stopping at the first.
struct PlanDecoder {
    let file: String
    /// The id the plan must have: its file's base name (nil when the text has no file).
    let expectedID: String?
    private(set) var diagnostics: [PlanDiagnostic] = []
    private var ids: [String: Int] = [:]

    init(file: String, expectedID: String? = nil) {
        self.file = file
        self.expectedID = expectedID
    }

    mutating func decode(_ root: PlanNode?) -> Plan? {
        guard let root else {
            fail(nil, "", Message.planFileEmpty.text())
            return nil
        }
        guard let map = mapping(root, "", keys: ["plan", "sections", "periods"], required: ["plan",
            "sections"]) else { return nil }
        let info = map["plan"].flatMap { planInfo($0, "plan") }
        let sections = list(map["sections"], "sections", nonEmpty: true) { d, node, path in d.section(node, path) }
        let periods = map["periods"].flatMap { periodList($0, year: info?.year) }
        guard diagnostics.isEmpty, let info, let sections else { return nil }
        return Plan(info: info, sections: sections, periods: periods)
    }

    // MARK: - Plan parts

    private mutating func planInfo(_ node: PlanNode, _ path: String) -> PlanInfo? {
        let keys = ["id", "title", "document", "issuer", "issued", "year", "source"]
        guard let m = mapping(node, path, keys: keys, required: keys.filter { $0 != "source" }) else { return nil }
        let id = identifier(m["id"], path + ".id", register: false)
        if let id, let expectedID, id != expectedID { fail(m["id"], path + ".id", Message.planIDDiffersFromFileName(id,
            file: expectedID).text()) }
        let title = text(m["title"], path + ".title")
        let document = text(m["document"], path + ".document")
        let issuer = text(m["issuer"], path + ".issuer")
        let issued = date(m["issued"], path + ".issued")
        let year = integer(m["year"], path + ".year", range: 1900...2200)
        let source = m["source"].flatMap { text($0, path + ".source") }
        guard let id, let title, let document, let issuer, let issued, let year else { return nil }
        return PlanInfo(id: id, title: title, document: document, issuer: issuer, issued: issued, year: year,
            source: source)
    }

    private mutating func section(_ node: PlanNode, _ path: String) -> Section? {
        let keys = ["id", "kind", "title", "tasks"]
        guard let m = mapping(node, path, keys: keys, required: keys) else { return nil }
        let id = identifier(m["id"], path + ".id")
        let kind = text(m["kind"], path + ".kind")
        let title = text(m["title"], path + ".title")
        let tasks = list(m["tasks"], path + ".tasks", nonEmpty: true) { d, n, p in d.task(n, p) }
        guard let id, let kind, let title, let tasks else { return nil }
        return Section(id: id, kind: kind, title: title, tasks: tasks)
    }

    private mutating func task(_ node: PlanNode, _ path: String) -> TaskArea? {
        let keys = ["id", "title", "units", "measures", "targets"]
        guard let m = mapping(node, path, keys: keys, required: ["id", "title", "units"]) else { return nil }
        let id = identifier(m["id"], path + ".id")
        let title = text(m["title"], path + ".title")
        let units = list(m["units"], path + ".units", nonEmpty: true) { d, n, p in d.text(n, p) }
        let measures = m["measures"] == nil ? [] : list(m["measures"], path + ".measures", nonEmpty: false) { d, n,
            p in d.measure(n, p) }
        let targets = m["targets"] == nil ? [] : list(m["targets"], path + ".targets", nonEmpty: false) { d, n,
            p in d.target(n, p) }
        guard let id, let title, let units, let measures, let targets else { return nil }
        return TaskArea(id: id, title: title, measures: measures, targets: targets, units: units)
    }

    private mutating func measure(_ node: PlanNode, _ path: String) -> Measure? {
        let keys = ["id", "number", "text", "deadline", "deadline_text"]
        guard let m = mapping(node, path, keys: keys, required: ["id", "text", "deadline",
            "deadline_text"]) else { return nil }
        let id = identifier(m["id"], path + ".id")
        let number = m["number"].flatMap { integer($0, path + ".number", range: 0...9999) }
        let body = text(m["text"], path + ".text")
        let wording = text(m["deadline_text"], path + ".deadline_text")
        var due: CalendarDate??
        if let d = m["deadline"] {
            if d.string == "ongoing" { due = .some(nil) } else if let day = date(d, path + ".deadline",
                orOngoing: true) { due = .some(day) }
        }
        guard let id, let body, let wording, let due else { return nil }
        return Measure(id: id, number: number, text: body, deadline: Deadline(date: due, text: wording))
    }

    private mutating func target(_ node: PlanNode, _ path: String) -> Target? {
        let keys = ["id", "number", "text", "stretch", "indicators"]
        guard let m = mapping(node, path, keys: keys, required: ["id", "text", "indicators"]) else { return nil }
        let id = identifier(m["id"], path + ".id")
        let number = m["number"].flatMap { integer($0, path + ".number", range: 0...9999) }
        let body = text(m["text"], path + ".text")
        let stretch = m["stretch"].map { flag($0, path + ".stretch") } ?? false
        let indicators = list(m["indicators"], path + ".indicators", nonEmpty: true) { d, n, p in d.indicator(n, p) }
        guard let id, let body, let indicators, let stretch else { return nil }
        return Target(id: id, number: number, text: body, indicators: indicators, stretch: stretch)
    }

    private mutating func indicator(_ node: PlanNode, _ path: String) -> Indicator? {
        let keys = ["id", "name", "kind", "comparator", "value", "min", "max", "tolerance", "unit", "pace", "deadline",
            "stretch"]
        guard let m = mapping(node, path, keys: keys, required: ["id", "name", "kind"]) else { return nil }
        let id = identifier(m["id"], path + ".id")
        let name = text(m["name"], path + ".name")
        let kind: IndicatorKind? = m["kind"].flatMap { choice($0, path + ".kind") }
        let stretch = m["stretch"].map { flag($0, path + ".stretch") } ?? false
        guard let id, let name, let kind, let stretch else { return nil }
        if kind == .milestone {
            for key in ["comparator", "value", "min", "max", "tolerance", "unit", "pace"] {
                if let extra = m[key] { fail(extra, path + "." + key, Message.milestoneHasNo(key).text()) }
            }
            var due: CalendarDate?? = .some(nil)
            if let d = m["deadline"] { due = date(d, path + ".deadline").map { .some($0) } }
            guard let due else { return nil }
            return Indicator(id: id, name: name, kind: kind, deadline: due, stretch: stretch)
        }
        if let d = m["deadline"] { fail(d, path + ".deadline", Message.deadlineOnlyForMilestones.text()) }
        var pace: Pace?? = .some(nil)
        if let p = m["pace"] { pace = (choice(p, path + ".pace") as Pace?).map { .some($0) } }
        guard let cnode = m["comparator"] else {
            fail(node, path + ".comparator", Message.missingComparator(kind: kind.rawValue).text())
            return nil
        }
        let unit = m["unit"] == nil ? nil : text(m["unit"], path + ".unit")
        if m["unit"] == nil { fail(node, path + ".unit", Message.missingUnit(kind: kind.rawValue).text()) }
        guard let comparator: GoalComparator = choice(cnode, path + ".comparator") else { return nil }
        if comparator != .about, let t = m["tolerance"] {
            fail(t, path + ".tolerance", Message.toleranceOnlyForAbout.text())
        }
        let goal: Goal?
        switch comparator {
        case .range:
            if let v = m["value"] { fail(v, path + ".value", Message.rangeTakesMinAndMax.text()) }
            let low = figure(m["min"], node, path + ".min", "range")
            let high = figure(m["max"], node, path + ".max", "range")
            if let low, let high, low > high {
                fail(m["min"], path + ".min",
                    Message.rangeInverted(low: NumberText.format(low), high: NumberText.format(high)).text())
                goal = nil
            } else if let low, let high {
                goal = .range(low, high)
            } else { goal = nil }
        default:
            for key in ["min", "max"] {
                if let extra = m[key] { fail(extra, path + "." + key, Message.onlyForRange(key).text()) }
            }
            let value = figure(m["value"], node, path + ".value", comparator.rawValue)
            let tolerance = m["tolerance"].flatMap { number($0, path + ".tolerance") } ?? Goal.defaultTolerance
            if !(0...100).contains(tolerance) {
                fail(m["tolerance"], path + ".tolerance", Message.expectedPercentage.text())
            }
            switch (comparator, value) {
            case (.atLeast, let v?): goal = .atLeast(v)
            case (.atMost, let v?): goal = .atMost(v)
            case (.about, let v?): goal = .about(v, tolerance: tolerance)
            default: goal = nil
            }
        }
        guard let goal, let unit, let pace else { return nil }
        return Indicator(id: id, name: name, kind: kind, goal: goal, unit: unit, pace: pace, stretch: stretch)
    }

    /// `periods:` — the plan's own reporting periods, each `id`, `end` and `due`, ends in order.
    private mutating func periodList(_ node: PlanNode, year: Int?) -> [ReportingPeriod]? {
        var previous: CalendarDate?
        let parts = list(node, "periods", nonEmpty: true) { d, n, path -> (id: String, end: CalendarDate,
            due: CalendarDate)? in
            guard let m = d.mapping(n, path, keys: ["id", "end", "due"], required: ["id", "end", "due"]),
                  let id = d.identifier(m["id"], path + ".id"), let end = d.date(m["end"], path + ".end"),
                  let due = d.date(m["due"], path + ".due") else { return nil }
            if let previous, end <= previous { d.fail(m["end"], path + ".end",
                Message.periodEndOutOfOrder(end.description, previous: previous.description).text()) }
            if due < end {
                d.fail(m["due"], path + ".due",
                    Message.periodDueBeforeEnd(due.description, end: end.description).text())
            }
            previous = end
            return (id, end, due)
        }
        guard let parts, let year else { return nil }
        return ReportingPeriod.chained(parts, year: year)
    }

    // MARK: - Scalars and containers

    private mutating func fail(_ node: PlanNode?, _ path: String, _ message: String) {
        let mark = node?.mark
        diagnostics.append(PlanDiagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, path: path,
            message: message))
    }

    private func kindName(_ node: PlanNode) -> String {
        switch node {
        case .scalar: return Message.yamlScalar.text()
        case .mapping: return Message.yamlMapping.text()
        case .sequence: return Message.yamlList.text()
        }
    }

    /// What was found in place of the expected value: the text quoted, else the node's kind.
    private func found(_ node: PlanNode) -> String {
        node.string.map { "\"\($0)\"" } ?? kindName(node)
    }

    /// The mapping's values by key name.
    private mutating func mapping(_ node: PlanNode, _ path: String, keys: [String],
        required: [String]) -> [String: PlanNode]? {
        guard case .mapping(let pairs, _) = node else {
            fail(node, path, Message.expectedMapping(keys: keys.joined(separator: ", "), found: kindName(node)).text())
            return nil
        }
        var fields: [String: PlanNode] = [:]
        fields.reserveCapacity(pairs.count)
        for pair in pairs {
            let name = pair.key.string ?? "?"
            if keys.contains(name) {
                fields[name] = pair.value
            } else {
                fail(pair.key, path.isEmpty ? name : path + "." + name,
                    Message.unknownKey(name, keys: keys.joined(separator: ", ")).text())
            }
        }
        for r in required where fields[r] == nil {
            fail(node, path.isEmpty ? r : path + "." + r, Message.missingKey(r).text())
        }
        return fields
    }

    private mutating func list<T>(_ node: PlanNode?, _ path: String, nonEmpty: Bool, _ each: (inout PlanDecoder,
        PlanNode, String) -> T?) -> [T]? {
        guard let node else { return nil }
        guard case .sequence(let seq, _) = node else {
            fail(node, path, Message.expectedList(found: kindName(node)).text())
            return nil
        }
        if nonEmpty && seq.isEmpty { fail(node, path, Message.expectedAnEntry.text()) }
        var out: [T] = []
        var ok = true
        for (i, n) in seq.enumerated() {
            if let v = each(&self, n, "\(path)[\(i)]") { out.append(v) } else { ok = false }
        }
        return ok ? out : nil
    }

    private mutating func text(_ node: PlanNode?, _ path: String) -> String? {
        guard let node else { return nil }
        guard let s = node.string else {
            fail(node, path, Message.expectedText(found: kindName(node)).text())
            return nil
        }
        let t = PlanDecoder.trimmed(s)
        if t.isEmpty { fail(node, path, Message.expectedTextNotEmpty.text()) ; return nil }
        return t
    }

    /// `s` without surrounding white space; checks the ends first, since almost every value has
    /// none and Foundation's trimming is slow on Linux.
    static func trimmed(_ s: String) -> String {
        // Every character Foundation trims has the Unicode White_Space property.
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return s }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private mutating func identifier(_ node: PlanNode?, _ path: String, register: Bool = true) -> String? {
        guard let node, let s = text(node, path) else { return nil }
        let allowed = s.utf8.allSatisfy { b in
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): return true
            default: return false
            }
        }
        guard allowed else {
            fail(node, path, Message.badIdentifier(s).text())
            return nil
        }
        if register {
            let line = node.mark?.line ?? 0
            if let first = ids[s] {
                fail(node, path, Message.duplicateIdentifier(s, firstLine: first).text())
                return nil
            }
            ids[s] = line
        }
        return s
    }

    /// A plain (unquoted) decimal number, `-12.5` or `3e2`; refused: quoted text, hex, `_`,
    /// `.inf`, `+1`, and figures that overflow or underflow a Double.
    private mutating func number(_ node: PlanNode, _ path: String) -> Double? {
        guard let s = node.plainString, PlanDecoder.isPlainDecimal(s), let v = Double(s) else {
            fail(node, path, Message.notPlainDecimal(found(node)).text())
            return nil
        }
        let mantissaIsZero = !s.prefix { $0 != "e" && $0 != "E" }.contains { ("1"..."9").contains($0) }
        guard v.isFinite, !v.isSubnormal, (v == 0) == mantissaIsZero else {
            fail(node, path, Message.numberOutOfRange(s).text())
            return nil
        }
        return v
    }

    /// `-?digits(.digits)?([eE][+-]?digits)?`, ASCII only.
    static func isPlainDecimal(_ s: String) -> Bool {
        var b = Substring(s).utf8[...]
        func digits() -> Bool {
            let n = b.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            b = b.dropFirst(n)
            return n > 0
        }
        if b.first == UInt8(ascii: "-") { b = b.dropFirst() }
        guard digits() else { return false }
        if b.first == UInt8(ascii: ".") { b = b.dropFirst(); guard digits() else { return false } }
        if b.first == UInt8(ascii: "e") || b.first == UInt8(ascii: "E") {
            b = b.dropFirst()
            if b.first == UInt8(ascii: "-") || b.first == UInt8(ascii: "+") { b = b.dropFirst() }
            guard digits() else { return false }
        }
        return b.isEmpty
    }

    private mutating func figure(_ node: PlanNode?, _ parent: PlanNode, _ path: String,
        _ comparator: String) -> Double? {
        guard let node else {
            fail(parent, path, Message.comparatorNeedsNumber(comparator, key: String(path.split(separator: ".").last!))
                .text())
            return nil
        }
        return number(node, path)
    }

    private mutating func integer(_ node: PlanNode?, _ path: String, range: ClosedRange<Int>) -> Int? {
        guard let node else { return nil }
        guard let s = node.plainString, s.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let v = Int(s), range.contains(v) else {
            fail(node, path, Message.expectedWholeNumber(from: range.lowerBound, to: range.upperBound).text())
            return nil
        }
        return v
    }

    private mutating func flag(_ node: PlanNode, _ path: String) -> Bool? {
        switch node.string {
        case "true": return true
        case "false": return false
        default:
            fail(node, path, Message.expectedBoolean(found: found(node)).text())
            return nil
        }
    }

    private mutating func date(_ node: PlanNode?, _ path: String, orOngoing: Bool = false) -> CalendarDate? {
        guard let node else { return nil }
        guard let s = node.plainString, let d = CalendarDate(iso: s) else {
            fail(node, path, Message.expectedDate(orOngoing: orOngoing, found: found(node)).text())
            return nil
        }
        return d
    }

    private mutating func choice<T: RawRepresentable & CaseIterable>(_ node: PlanNode,
        _ path: String) -> T? where T.RawValue == String {
        guard let s = node.string, let v = T(rawValue: s) else {
            let options = T.allCases.map(\.rawValue).joined(separator: ", ")
            fail(node, path, Message.expectedOneOf(options, found: found(node)).text())
            return nil
        }
        return v
    }
}
