import PlanModel

/// Compares an imported plan with a reference plan field by field and lists every difference as
/// `path: expected X, found Y`. Every field is compared, names included; a last whole-value check
/// catches any field added to the model later and not yet listed here.
enum PlanComparison {
    static func differences(expected: Plan, found: Plan) -> [String] {
        var out: [String] = []
        func check<T: Equatable>(_ path: String, _ e: T, _ f: T) {
            if e != f { out.append("\(path): expected \(e), found \(f)") }
        }
        let ei = expected.info, fi = found.info
        check("plan.id", ei.id, fi.id)
        check("plan.title", ei.title, fi.title)
        check("plan.document", ei.document, fi.document)
        check("plan.issuer", ei.issuer, fi.issuer)
        check("plan.issued", ei.issued, fi.issued)
        check("plan.year", ei.year, fi.year)
        check("plan.source", ei.source, fi.source)
        check("sections.count", expected.sections.count, found.sections.count)
        for (si, (es, fs)) in zip(expected.sections, found.sections).enumerated() {
            let sp = "sections[\(si)]"
            check(sp + ".id", es.id, fs.id)
            check(sp + ".kind", es.kind, fs.kind)
            check(sp + ".title", es.title, fs.title)
            check(sp + ".tasks.count", es.tasks.count, fs.tasks.count)
            for (ti, (et, ft)) in zip(es.tasks, fs.tasks).enumerated() {
                let tp = "\(sp).tasks[\(ti)] (\(et.id))"
                check(tp + ".id", et.id, ft.id)
                check(tp + ".title", et.title, ft.title)
                check(tp + ".units", et.units, ft.units)
                check(tp + ".lead", et.lead, ft.lead)
                check(tp + ".measures.count", et.measures.count, ft.measures.count)
                for (mi, (em, fm)) in zip(et.measures, ft.measures).enumerated() {
                    let mp = "\(tp).measures[\(mi)] (\(em.id))"
                    check(mp + ".id", em.id, fm.id)
                    check(mp + ".number", em.number, fm.number)
                    check(mp + ".text", em.text, fm.text)
                    check(mp + ".deadline", em.deadline.date, fm.deadline.date)
                    check(mp + ".deadline_text", em.deadline.text, fm.deadline.text)
                }
                check(tp + ".targets.count", et.targets.count, ft.targets.count)
                for (gi, (eg, fg)) in zip(et.targets, ft.targets).enumerated() {
                    let gp = "\(tp).targets[\(gi)] (\(eg.id))"
                    check(gp + ".id", eg.id, fg.id)
                    check(gp + ".number", eg.number, fg.number)
                    check(gp + ".text", eg.text, fg.text)
                    check(gp + ".stretch", eg.stretch, fg.stretch)
                    check(gp + ".indicators.count", eg.indicators.count, fg.indicators.count)
                    for (ii, (e, f)) in zip(eg.indicators, fg.indicators).enumerated() {
                        let ip = "\(gp).indicators[\(ii)] (\(e.id) \(e.name) / found \(f.name))"
                        check(ip + ".id", e.id, f.id)
                        check(ip + ".name", e.name, f.name)
                        check(ip + ".kind", e.kind, f.kind)
                        check(ip + ".goal", e.goal, f.goal)
                        check(ip + ".unit", e.unit, f.unit)
                        check(ip + ".pace", e.statedPace, f.statedPace)
                        check(ip + ".deadline", e.deadline, f.deadline)
                        check(ip + ".stretch", e.stretch, f.stretch)
                    }
                }
            }
        }
        if out.isEmpty, expected != found { out.append("the plans differ in a field this comparison does not list yet") }
        return out
    }
}
