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

    /// Every field, names and paces included.
    @Test func reproducesTheReferencePlan() throws {
        let differences = try Self.differences(imported)
        #expect(differences.isEmpty, Comment(rawValue: "\(differences.count) differences:\n" + differences.joined(separator: "\n")))
    }

    /// Names are never cut with …, and the one share that builds up through the year
    /// (双随机抽查覆盖企业比例, coverage by inspections) is read as cumulative.
    @Test func namesAreWholeAndCoverageBuildsUp() throws {
        let plan = try #require(imported?.plan)
        let indicators = plan.tasks.flatMap(\.targets).flatMap(\.indicators)
        #expect(!indicators.contains { $0.name.contains("…") })
        #expect(indicators.first { $0.id == "sg6.t1.i1" }?.statedPace == .cumulative)
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
        #expect(tasks.flatMap(\.targets).reduce(0) { $0 + $1.indicators.count } == 95)
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

    /// The lines the seed import leaves out (page details, addressees, the covering sentence, the
    /// attachment label and the four table column headings), and the figures whose pace no word
    /// of their clause tells (设立, 支持, 确定…: cumulative, guessed). Nothing else.
    @Test func warningsAreTheHeadLinesAndGuessedPaces() throws {
        let imported = try #require(imported)
        let unplaced = imported.warnings.filter(\.isAboutAnUnplacedLine)
        #expect(unplaced.map(\.line) == [3, 9, 11, 19, 23, 25, 27, 29])
        let guessed = imported.warnings.filter { !$0.isAboutAnUnplacedLine }
        #expect(guessed.count == 19)
        #expect(guessed.allSatisfy { $0.message.contains("pace: cumulative") })
        let indicators = imported.plan.tasks.flatMap(\.targets).flatMap(\.indicators)
        #expect(indicators.filter { !$0.isMilestone }.allSatisfy { $0.statedPace != nil }, "every figure states its pace")
    }
}
