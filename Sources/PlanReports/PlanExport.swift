import Foundation
import PlanModel

/// The whole plan as JSON, in the plan file's shape (sections → tasks → measures,
/// targets → indicators, units), for scripts, reports and tests.
public enum PlanExport {
    public static func json(_ plan: Plan) throws -> Data {
        try JSON.encode(PlanDTO(plan))
    }

    struct PlanDTO: Encodable {
        let plan: InfoDTO
        let sections: [SectionDTO]
        init(_ p: Plan) {
            plan = InfoDTO(p.info)
            sections = p.sections.map(SectionDTO.init)
        }
    }

    struct InfoDTO: Encodable {
        let id, title, document, issuer: String
        let issued: String
        let year: Int
        let source: String?
        init(_ i: PlanInfo) {
            id = i.id; title = i.title; document = i.document; issuer = i.issuer
            issued = i.issued.description; year = i.year; source = i.source
        }
    }

    struct SectionDTO: Encodable {
        let id, kind, title: String
        let tasks: [TaskDTO]
        init(_ s: Section) { id = s.id; kind = s.kind; title = s.title; tasks = s.tasks.map(TaskDTO.init) }
    }

    struct TaskDTO: Encodable {
        let id, title: String
        let lead: String?
        let units: [String]
        let measures: [MeasureDTO]
        let targets: [TargetDTO]
        init(_ t: TaskArea) {
            id = t.id; title = t.title; lead = t.lead; units = t.units
            measures = t.measures.map(MeasureDTO.init); targets = t.targets.map(TargetDTO.init)
        }
    }

    struct MeasureDTO: Encodable {
        let id: String
        let number: Int?
        let text: String
        let deadline: String
        let deadline_text: String
        init(_ m: Measure) {
            id = m.id; number = m.number; text = m.text
            deadline = m.deadline.date?.description ?? "ongoing"; deadline_text = m.deadline.text
        }
    }

    struct TargetDTO: Encodable {
        let id: String
        let number: Int?
        let text: String
        let indicators: [IndicatorDTO]
        init(_ t: Target) { id = t.id; number = t.number; text = t.text;
            indicators = t.indicators.map(IndicatorDTO.init) }
    }

    struct IndicatorDTO: Encodable {
        let id, name, kind: String
        let comparator: String?
        let value, min, max, tolerance: Double?
        let unit: String?
        init(_ i: Indicator) {
            id = i.id; name = i.name; kind = i.kind.rawValue; unit = i.unit
            comparator = i.goal?.comparator.rawValue
            let g = GoalFields(i.goal)
            value = g.value; min = g.min; max = g.max; tolerance = g.tolerance
        }
    }
}

/// A goal's figures as JSON fields: `value` (with `tolerance` for about), or `min` and `max`
/// for a range; all nil for a milestone.
struct GoalFields {
    let value, min, max, tolerance: Double?

    init(_ goal: Goal?) {
        switch goal {
        case .atLeast(let v)?, .atMost(let v)?: value = v; min = nil; max = nil; tolerance = nil
        case .about(let v, let t)?: value = v; min = nil; max = nil; tolerance = t
        case .range(let a, let b)?: value = nil; min = a; max = b; tolerance = nil
        case nil: value = nil; min = nil; max = nil; tolerance = nil
        }
    }
}
