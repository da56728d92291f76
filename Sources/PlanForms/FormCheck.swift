import Catalogue
import PlanModel

/// A returned form checked against its plan and the journal: which plan, period and unit it is
/// for, every filled-in value read as the editor reads it (`ValueInput`), and every refused
/// cell with its reason. Nothing is written here.
public struct FormCheck: Sendable {
    /// A valid filled-in value.
    public struct Entry: Sendable, Equatable {
        public var item: String
        public var value: ItemValue
        /// The value as of the period's end before this form (before its record, once collected).
        public var old: ItemValue?
        public var note: String
        public var cell: CellAddress
        /// The id of the record this row makes: the same file and row always give the same id.
        public var recordID: String
        /// Whether that record is already in the journal (the file was collected before).
        public var collected: Bool

        public var changes: Bool { old != value }
    }

    /// A cell that cannot be taken, and why.
    public struct Refusal: Sendable, Equatable {
        public var cell: CellAddress
        public var message: Message
    }

    public var sheet: String
    public var unit: String
    public var period: ReportingPeriod
    public var entries: [Entry]
    public var refusals: [Refusal]

    /// Checks `form` for `plan`. `asked` is the period being collected, if one was named;
    /// `fingerprint` identifies the file's content (see `FormFingerprint`).
    public init(_ form: ReturnedForm, plan: Plan, ledger: ProgressLedger, asked: ReportingPeriod?,
        fingerprint: String) throws(FormRefusal) {
        guard let planID =
            form.fields[.planID] else { throw FormRefusal(.collectHeaderFieldMissing(
            FormLayout.Field.planID.message)) }
        guard planID == plan.info.id else { throw FormRefusal(.collectOtherPlan(planID, plan: plan.info.id)) }
        guard let periodID =
            form.periodID else { throw FormRefusal(.collectHeaderFieldMissing(FormLayout.Field.period.message)) }
        guard let period = plan.reportingPeriod(named: periodID) else {
            throw FormRefusal(.periodUnknown(periodID, known: plan.reportingPeriods.map(\.id).joined(separator: ", ")))
        }
        if let asked, asked != period { throw FormRefusal(.collectOtherPeriod(period.id, asked: asked.id)) }
        guard let unit =
            form.fields[.unit] else { throw FormRefusal(.collectHeaderFieldMissing(FormLayout.Field.unit.message)) }
        let duty = ReportingDuty(unit: unit, plan: plan)
        guard !duty.items.isEmpty else { throw FormRefusal(.collectUnitUnknown(unit)) }
        let onForm = Set(duty.items.map(\.id))
        let index = PlanIndex(plan)
        sheet = form.sheet
        self.unit = unit
        self.period = period
        var entries: [Entry] = []
        var refusals: [Refusal] = []
        var firstSeen: [String: CellAddress] = [:]
        for row in form.rows {
            guard onForm.contains(row.id), let item = index.items[row.id] else {
                refusals.append(Refusal(cell: row.idCell, message: .collectNotOnForm(row.id, unit: unit)))
                continue
            }
            if let first = firstSeen[row.id] {
                refusals.append(Refusal(cell: row.idCell, message: .collectDuplicateRow(row.id,
                    first: "\(form.sheet)!\(first)")))
                continue
            }
            firstSeen[row.id] = row.idCell
            guard !row.value.isEmpty else {
                if !row.note.isEmpty { refusals.append(Refusal(cell: row.valueCell,
                    message: .collectNoteWithoutValue(row.id))) }
                continue
            }
            switch ValueInput.value(row.value, for: item) {
            case .failure(let problem):
                refusals.append(Refusal(cell: row.valueCell,
                    message: .collectBadValue(row.id, reason: problem.message)))
            case .success(let value):
                let id = "form-\(fingerprint)-\(row.id)"
                // Once collected, the change is the one its record made.
                let earlier = ledger.contains(id: id) ? ledger.history(of: row.id).first { $0.id == id } : nil
                entries.append(Entry(item: row.id, value: value, old: earlier.map(\.old) ?? ledger.state(of: row.id,
                    asOf: period.end)?.value,
                                     note: row.note, cell: row.valueCell, recordID: id, collected: earlier != nil))
            }
        }
        self.entries = entries
        self.refusals = refusals
    }
}
