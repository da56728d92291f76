import Foundation
import NoticeFormats
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

    /// Every field but the indicator names, which `namesMatchTheReferencePlan` compares.
    @Test func reproducesTheReferencePlan() throws {
        let differences = try Self.differences(imported).filter { !$0.contains(".name:") }
        #expect(differences.isEmpty, Comment(rawValue: "\(differences.count) differences:\n" + differences.joined(separator: "\n")))
    }

    /// Names are never cut with …; 23 of the 88 hand-written names are editorial summaries the
    /// importer cannot derive from the notice's words (服务业金融服务提升、“期货+保险”推进 for a
    /// sentence about bank credit products), so they are a known issue until a rule or the plan changes.
    @Test func namesMatchTheReferencePlan() throws {
        let plan = try #require(imported?.plan)
        #expect(!plan.tasks.flatMap(\.targets).flatMap(\.indicators).contains { $0.name.contains("…") })
        let names = try Self.differences(imported).filter { $0.contains(".name:") }
        withKnownIssue("\(names.count) names differ from the hand-written ones") {
            #expect(names.isEmpty, Comment(rawValue: names.joined(separator: "\n")))
        }
    }

    /// The differences from the bundled plan, with `source:` set as `plandash import -o Plans/…` sets it.
    static func differences(_ imported: ImportedPlan?) throws -> [String] {
        let reference = try PlanFile.load(TestFiles.referencePlan)
        var plan = try #require(imported?.plan)
        plan.info.source = NoticeSource.relativePath(of: TestFiles.seedNotice, from: TestFiles.referencePlan)
        return PlanComparison.differences(expected: reference, found: plan)
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

    @Test func everyLineIsPlacedOrExplained() throws {
        let imported = try #require(imported)
        let warned = Set(imported.warnings.filter(\.isAboutAnUnplacedLine).map(\.line))
        for (i, line) in seed.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            #expect(imported.placements[i + 1] != nil || warned.contains(i + 1), "line \(i + 1) is neither placed nor warned about: \(line)")
        }
        #expect(imported.placements[31] == "key-work")
        #expect(imported.placements[70] == "key-work", "the repeated section heading is merged")
        #expect(imported.placements[303] == "op1", "the unnumbered task heading")
        #expect(imported.placements[205] == "sg1", "the units line")
        #expect(imported.placements[263] == "sg5.t1", "the unnumbered target paragraph")
    }

    /// The lines the seed import leaves out: page details, addressees, the covering sentence,
    /// the attachment label and the four table column headings. Nothing else.
    @Test func warningsAreTheHeadLinesOnly() throws {
        let imported = try #require(imported)
        #expect(imported.warnings.map(\.line) == [3, 9, 11, 19, 23, 25, 27, 29])
        #expect(imported.warnings.allSatisfy { $0.isAboutAnUnplacedLine })
    }
}
