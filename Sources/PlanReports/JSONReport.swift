import Foundation
import PlanModel

/// The bulletin as JSON for scripts: camelCase field names that do not change, every field
/// always present (`null` when there is nothing to say), figures as fractions 0…1.
/// README's "Reports" section documents each field.
public enum JSONReport {
    public static func data(_ b: Bulletin) throws -> Data {
        try JSON.encode(Report(b))
    }

    struct Report: Encodable {
        let plan: PlanHead
        let asOf: String
        let timeElapsed: Double
        let overall: Figures
        let standing: Standing
        let targetCounts: StandingCounts
        let measureCounts: MeasureCounts
        let sections: [SectionEntry]
        let targets: [TargetEntry]
        let measures: [MeasureEntry]
        let units: [UnitEntry]
        let indicators: [IndicatorEntry]
        let chase: [ChaseList.Group]

        init(_ b: Bulletin) {
            plan = PlanHead(b.info)
            asOf = b.asOf.description
            timeElapsed = b.timeElapsed
            overall = Figures(b.overall)
            standing = b.overallTargets.standing
            targetCounts = b.overallTargets
            chase = b.chase.groups
            measureCounts = MeasureCounts(b)
            sections = b.sections.map(SectionEntry.init)
            targets = b.targets.map(TargetEntry.init)
            measures = b.measures.map(MeasureEntry.init)
            units = b.units.map(UnitEntry.init)
            indicators = b.indicators.map(IndicatorEntry.init)
        }
    }

    struct PlanHead: Encodable {
        let id, title, document, issuer, issued: String
        let year: Int
        init(_ i: PlanInfo) {
            id = i.id; title = i.title; document = i.document; issuer = i.issuer; issued = i.issued.description;
            year = i.year
        }
    }

    /// A completion: the fraction (null when nothing is reported) and the indicator counts.
    struct Figures: Encodable {
        let completion: Nullable<Double>
        let indicatorsReported, indicators: Int
        init(_ c: Completion) {
            completion = Nullable(c.fraction); indicatorsReported = c.reported; indicators = c.total
        }
    }

    struct MeasureCounts: Encodable {
        let total, done, overdue, dueSoon, doneLate, stalled: Int
        init(_ b: Bulletin) {
            total = b.measures.count; done = b.measures(.done).count
            overdue = b.measures(.overdue).count; dueSoon = b.measures(.dueSoon).count
            doneLate = b.measures.filter { $0.status.daysLate != nil }.count
            stalled = b.measures.filter(\.status.stalled).count
        }
    }

    struct SectionEntry: Encodable {
        let id, title: String
        let number: Int
        let completion: Nullable<Double>
        let indicatorsReported, indicators: Int
        let standing: Standing
        let targetCounts: StandingCounts
        let tasks: [TaskEntry]
        init(_ s: SectionLine) {
            id = s.id; title = s.title; number = s.number; completion = Nullable(s.completion.fraction)
            standing = s.targets.standing; targetCounts = s.targets
            indicatorsReported = s.completion.reported; indicators = s.completion.total
            tasks = s.tasks.map(TaskEntry.init)
        }
    }

    struct TaskEntry: Encodable {
        let id, title: String
        let number: Int
        let lead: Nullable<String>
        let completion: Nullable<Double>
        let indicatorsReported, indicators, measures, measuresDone, measuresOverdue, measuresDueSoon: Int
        let measuresDoneLate, measuresStalled: Int
        let standing: Standing
        let targetCounts: StandingCounts
        init(_ t: TaskLine) {
            measuresDoneLate = t.status.doneLate; measuresStalled = t.status.stalled
            standing = t.status.standing; targetCounts = t.status.targets
            id = t.place.taskID; title = t.place.taskTitle; number = t.place.taskNumber; lead = Nullable(t.place.lead)
            completion = Nullable(t.status.completion.fraction)
            indicatorsReported = t.status.completion.reported; indicators = t.status.completion.total
            measures = t.status.measures; measuresDone = t.status.done
            measuresOverdue = t.status.overdue; measuresDueSoon = t.status.dueSoon
        }
    }

    struct TargetEntry: Encodable {
        let id, sectionId, taskId, text: String
        let standing: Standing
        let completion: Nullable<Double>
        let indicatorsReported, indicators: Int
        let partlyReported, stretch: Bool
        init(_ t: TargetLine) {
            partlyReported = t.status.partlyReported; stretch = t.status.stretch
            id = t.target.id; sectionId = t.place.sectionID; taskId = t.place.taskID; text = t.target.text
            standing = t.standing; completion = Nullable(t.completion.fraction)
            indicatorsReported = t.completion.reported; indicators = t.completion.total
        }
    }

    struct MeasureEntry: Encodable {
        let id, sectionId, taskId, text, deadlineText, state, work: String
        let deadline, doneOn, lead: Nullable<String>
        let daysLeft, daysLate: Nullable<Int>
        let stalled: Bool
        init(_ m: MeasureLine) {
            daysLate = Nullable(m.status.daysLate); stalled = m.status.stalled
            id = m.measure.id; sectionId = m.place.sectionID; taskId = m.place.taskID; text = m.measure.text
            deadline = Nullable(m.measure.deadline.date?.description); deadlineText = m.measure.deadline.text
            state = m.status.state.rawValue; work = m.status.work.rawValue
            doneOn = Nullable(m.status.doneOn?.description); daysLeft = Nullable(m.status.daysLeft);
            lead = Nullable(m.place.lead)
        }
    }

    struct UnitEntry: Encodable {
        let name: String
        let leads, joins: [String]
        let measures, overdue, indicators, leadBehind: Int
        let leadCompletion: Nullable<Double>
        init(_ u: UnitLoad) {
            leadBehind = u.leadBehind
            name = u.name; leads = u.leads; joins = u.joins; measures = u.measures
            overdue = u.overdue; indicators = u.indicators; leadCompletion = Nullable(u.leadCompletion)
        }
    }

    struct IndicatorEntry: Encodable {
        let id, sectionId, taskId, targetId, name, kind: String
        let comparator, unit, lead, updatedOn, updatedBy: Nullable<String>
        let value, min, max, tolerance, progress: Nullable<Double>
        let actual: Nullable<ItemValue>
        let standing: Standing
        let pace, deadline: Nullable<String>
        let exceeded, stretch: Bool
        init(_ l: IndicatorLine) {
            let i = l.indicator
            pace = Nullable(i.pace?.rawValue); deadline = Nullable(l.status.deadline?.description)
            exceeded = l.status.exceeded; stretch = l.status.stretch
            id = i.id; sectionId = l.place.sectionID; taskId = l.place.taskID; targetId = l.target.id
            name = i.name; kind = i.kind.rawValue; comparator = Nullable(i.goal?.comparator.rawValue);
            unit = Nullable(i.unit)
            let g = GoalFields(i.goal)
            value = Nullable(g.value); min = Nullable(g.min); max = Nullable(g.max); tolerance = Nullable(g.tolerance)
            actual = Nullable(l.status.actual); progress = Nullable(l.status.progress); standing = l.standing
            lead = Nullable(l.place.lead)
            updatedOn = Nullable(l.status.updated?.at.description); updatedBy = Nullable(l.status.updated?.user)
        }
    }
}

/// An optional that encodes as JSON `null` instead of leaving its key out, so every field
/// of the report is always present.
struct Nullable<Wrapped: Encodable>: Encodable {
    let value: Wrapped?
    init(_ value: Wrapped?) { self.value = value }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if let value { try c.encode(value) } else { try c.encodeNil() }
    }
}
