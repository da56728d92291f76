import Foundation
import PlanModel
import PlanStore
import TestSupport

/// The Hunan 2019 plan and its fixed progress journal, as the golden tests use them.
enum Fixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let planURL = TestWorkspace.hunanPlan
    static let journalURL = testsFolder.appendingPathComponent("Fixtures/hunan.progress.jsonl")
    static let golden = GoldenFolder()

    static let hunan: Plan = try! PlanFile.load(planURL)

    /// The fixture journal replayed into a ledger, exactly as the journal reader reads it.
    static let ledger: ProgressLedger = {
        let read = try! Journal(url: journalURL).readNew(final: true)
        precondition(read.warnings.isEmpty, "fixture journal: \(read.warnings)")
        return ProgressLedger(read.records)
    }()

    static func status(_ day: String, plan: Plan = hunan, ledger: ProgressLedger = ledger) -> PlanStatus {
        PlanStatus(plan: plan, ledger: ledger, asOf: CalendarDate(iso: day)!)
    }

    /// A record setting one item, for ledgers built in tests.
    static func record(_ item: String, _ value: ItemValue, at day: String, n: Int) -> ProgressRecord {
        ProgressRecord(id: "test-\(n)", time: Date(timeIntervalSince1970: 1_560_000_000 + Double(n)), user: "test",
                       item: item, old: nil, new: value, at: CalendarDate(iso: day)!)
    }
}
