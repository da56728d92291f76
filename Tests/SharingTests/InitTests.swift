import Foundation
@testable import PlanSharing
import Testing

/// `plandash init`: sets a folder up once, changes nothing the second time, and refuses a
/// repository that would merge journals another way.
@Suite struct InitTests {
    @Test func initIsIdempotentAndSetsTheAttributes() throws {
        guard let offices = try Offices.make() else { return }
        let folder = offices.folder("office")
        let first = try PlansFolderSetup.initialize(folder: folder, environment: offices.environment)
        #expect(first.createdRepository && first.wroteFiles == [".gitattributes", ".gitignore"] && first.committedFiles == 2)
        let git = try Git(folder: folder, environment: offices.environment)
        #expect(git.value(["check-attr", "merge", "--", "x.progress.jsonl"]) == "x.progress.jsonl: merge: union")
        #expect(git.value(["check-ignore", "x.report-2019-09-30.md"]) == "x.report-2019-09-30.md")
        #expect(git.value(["config", "--local", "user.name"]) != nil)
        let second = try PlansFolderSetup.initialize(folder: folder, environment: offices.environment)
        #expect(second.unchanged)
        #expect(git.value(["rev-list", "--count", "HEAD"]) == "1")
    }

    @Test func refusesARepositoryThatMergesJournalsAnotherWay() throws {
        guard let offices = try Offices.make() else { return }
        let outer = offices.folder("outer")
        try FileManager.default.createDirectory(at: outer, withIntermediateDirectories: true)
        try offices.git(["init", "-q"], in: outer)
        try Data("*.jsonl merge=binary\n".utf8).write(to: outer.appendingPathComponent(".gitattributes"))
        let run = try offices.plandash(["init", outer.appendingPathComponent("Plans").path], as: "张三")
        #expect(run.status == 1)
        #expect(run.stderr.contains("merge=binary"))
        #expect(!FileManager.default.fileExists(atPath: outer.appendingPathComponent("Plans/.gitattributes").path))
        let sync = try offices.plandash(["sync", outer.appendingPathComponent("Plans").path], as: "张三")
        #expect(sync.stderr.contains("plandash init"))
    }
}
