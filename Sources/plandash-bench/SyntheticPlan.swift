// not messages: developer tool; its output is for developers and README's English benchmark table

import PlanModel

/// A plan shaped like a real one, `factor` times its size: the same sections, each holding its
/// task areas `factor` times over, as if `factor` offices had each written their part of every
/// section. The first copy is the real plan itself; later copies keep every text (so text
/// lengths stay realistic CJK) and suffix ids and unit names with the copy's number, so ids
/// stay unique and departments grow with the plan.
enum SyntheticPlan {
    static func scaled(_ base: Plan, by factor: Int) -> Plan {
        var info = base.info
        info.id = "\(base.info.id)-x\(factor)"
        info.title = "\(base.info.title)（×\(factor)）"
        info.source = nil
        let sections = base.sections.map { section in
            Section(id: section.id, kind: section.kind, title: section.title, tasks: (0..<factor).flatMap { copy in
                section.tasks.map { copy == 0 ? $0 : task($0, copy: copy) }
            })
        }
        return Plan(info: info, sections: sections)
    }

    private static func task(_ t: TaskArea, copy: Int) -> TaskArea {
        TaskArea(
            id: id(t.id, copy), title: t.title,
            measures: t.measures.map { Measure(id: id($0.id, copy), number: $0.number, text: $0.text,
                deadline: $0.deadline) },
            targets: t.targets.map { target in
                Target(id: id(target.id, copy), number: target.number, text: target.text,
                    indicators: target.indicators.map {
                    Indicator(id: id($0.id, copy), name: $0.name, kind: $0.kind, goal: $0.goal, unit: $0.unit)
                })
            },
            units: t.units.map { "\($0)（\(copy + 1)）" })
    }

    /// `kw1.t1.i3` in copy 7 → `kw1.t1.i3-7`: unique, since the real plan's ids are.
    private static func id(_ base: String, _ copy: Int) -> String { "\(base)-\(copy)" }
}
