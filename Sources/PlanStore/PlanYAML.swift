import PlanModel
import Yams

/// Emits a plan in the plan file format: block style, keys in the documented order,
/// CJK as is, unit lists on one line.
public enum PlanYAML {
    /// Throws `StoreError` worded in the user's language when Yams cannot write the plan.
    public static func text(of plan: Plan) throws -> String {
        do {
            return try Yams.serialize(node: node(plan), indent: 2, width: -1, allowUnicode: true)
        } catch let error as YamlError {
            throw StoreError(YAMLErrorWording(error).message.text())
        }
    }

    static func node(_ plan: Plan) -> Node {
        let i = plan.info
        var head: [(Node, Node)] = [
            ("id", str(i.id)), ("title", str(i.title)), ("document", str(i.document)), ("issuer", str(i.issuer)),
            ("issued", plain(i.issued.description)), ("year", plain("\(i.year)")),
        ]
        if let s = i.source { head.append(("source", str(s))) }
        var top: [(Node, Node)] = [("plan", map(head)), ("sections", .sequence(.init(plan.sections.map(section))))]
        if let periods = plan.periods {
            top.append(("periods", .sequence(.init(periods.map { map([("id", str($0.id)), ("end",
                plain($0.end.description)), ("due", plain($0.due.description))]) }))))
        }
        return map(top)
    }

    private static func section(_ s: Section) -> Node {
        map([("id", str(s.id)), ("kind", str(s.kind)), ("title", str(s.title)), ("tasks",
            .sequence(.init(s.tasks.map(task))))])
    }

    private static func task(_ t: TaskArea) -> Node {
        map([
            ("id", str(t.id)), ("title", str(t.title)),
            ("units", .sequence(.init(t.units.map(str), .implicit, .flow))),
            ("measures", .sequence(.init(t.measures.map(measure)))),
            ("targets", .sequence(.init(t.targets.map(target)))),
        ])
    }

    private static func measure(_ m: Measure) -> Node {
        var pairs: [(Node, Node)] = [("id", str(m.id))]
        if let n = m.number { pairs.append(("number", plain("\(n)"))) }
        pairs += [("text", str(m.text)), ("deadline", plain(m.deadline.date?.description ?? "ongoing")),
            ("deadline_text", str(m.deadline.text))]
        return map(pairs)
    }

    private static func target(_ t: Target) -> Node {
        var pairs: [(Node, Node)] = [("id", str(t.id))]
        if let n = t.number { pairs.append(("number", plain("\(n)"))) }
        pairs.append(("text", str(t.text)))
        if t.stretch { pairs.append(("stretch", plain("true"))) }
        pairs.append(("indicators", .sequence(.init(t.indicators.map(indicator)))))
        return map(pairs)
    }

    private static func indicator(_ i: Indicator) -> Node {
        var pairs: [(Node, Node)] = [("id", str(i.id)), ("name", str(i.name)), ("kind", str(i.kind.rawValue))]
        if let goal = i.goal {
            pairs.append(("comparator", str(goal.comparator.rawValue)))
            switch goal {
            case .atLeast(let v), .atMost(let v): pairs.append(("value", num(v)))
            case .about(let v, let t):
                pairs.append(("value", num(v)))
                if t != Goal.defaultTolerance { pairs.append(("tolerance", num(t))) }
            case .range(let a, let b): pairs += [("min", num(a)), ("max", num(b))]
            }
        }
        if let u = i.unit { pairs.append(("unit", str(u))) }
        if let p = i.statedPace { pairs.append(("pace", str(p.rawValue))) }
        if let d = i.deadline { pairs.append(("deadline", plain(d.description))) }
        if i.stretch { pairs.append(("stretch", plain("true"))) }
        return map(pairs)
    }

    private static func map(_ pairs: [(Node, Node)]) -> Node { .mapping(.init(pairs)) }
    /// A string; the emitter quotes it when YAML would read it as something else.
    private static func str(_ s: String) -> Node { .scalar(.init(s, .init(.str))) }
    private static func plain(_ s: String) -> Node { .scalar(.init(s, .init(.str), .plain)) }
    private static func num(_ v: Double) -> Node { plain(NumberText.format(v, maxFractionDigits: 6)) }
}
