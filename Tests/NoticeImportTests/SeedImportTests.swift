import Foundation
import NoticeImport
import PlanModel
import PlanStore
import Testing

/// The seed notice imports to the hand-authored Hunan plan, field by field.
@Suite struct SeedImportTests {
    let seed: String
    let imported: ImportedPlan?

    init() throws {
        seed = try TestFiles.text(TestFiles.seedNotice)
        imported = TestFiles.imported(seed, id: "hunan-2019-services")
    }

    @Test func reproducesTheReferencePlan() throws {
        let reference = try PlanFile.load(TestFiles.referencePlan)
        let plan = try #require(imported?.plan)
        let differences = PlanComparison.differences(expected: reference, found: plan)
        #expect(differences.isEmpty, Comment(rawValue: "\(differences.count) differences:\n" + differences.joined(separator: "\n")))
    }

    @Test func countsMatchTheNotice() throws {
        let plan = try #require(imported?.plan)
        let tasks = plan.tasks
        #expect(plan.sections.count == 5)
        #expect(tasks.count == 18)
        #expect(tasks.reduce(0) { $0 + $1.measures.count } == 58)
        #expect(tasks.reduce(0) { $0 + $1.targets.count } == 55)
        #expect(tasks.flatMap(\.targets).reduce(0) { $0 + $1.indicators.count } == 88)
    }
}
