import Foundation
@testable import PlanSharing
import PlanStore
import Testing

/// A plan file edited in two offices is a git conflict: sync says so with the commands that
/// resolve it, leaves no merge half done, and the journals stay valid.
@Suite struct ConflictTests {
    @Test func planEditedOnBothSidesIsReportedAndLeavesJournalsValid() throws {
        guard let offices = try Offices.make() else { return }
        try offices.founding("changsha", user: "张三")
        try offices.joining("zhuzhou")
        try retitle(offices.planFile("changsha"), "（长沙修订）")
        try retitle(offices.planFile("zhuzhou"), "（株洲修订）")
        let ours = try offices.set("zhuzhou", as: "李四", at: "2019-09-30", ["kw1.t1.i3\t430\t株洲报送"])
        let theirs = try offices.set("changsha", as: "张三", at: "2019-09-30", ["kw1.t1.i3\t412.5\t"])
        let first = try offices.plandash(["sync", offices.folder("changsha").path], as: "张三").succeeded()
        #expect(first.stdout.contains("已提交修改的文件：hunan-2019-services.yaml"))

        let conflicted = try offices.plandash(["sync", offices.folder("zhuzhou").path], as: "李四")
        #expect(conflicted.status == 1)
        #expect(conflicted.stdout.contains("冲突：计划文件 hunan-2019-services.yaml 在本地和远程都被修改"))
        #expect(conflicted.stdout.contains("git merge origin/main\n"))
        #expect(conflicted.stdout.contains("git add hunan-2019-services.yaml\n"))
        let zhuzhou = offices.folder("zhuzhou")
        #expect(!FileManager.default.fileExists(atPath: zhuzhou.appendingPathComponent(".git/MERGE_HEAD").path))
        #expect(try offices.git(["status", "--porcelain"], in: zhuzhou).text.isEmpty)
        let journal = try offices.journal("zhuzhou").readNew(final: true)
        #expect(journal.warnings.isEmpty)
        #expect(journal.records.map(\.id) == ours)
        #expect(try PlanSession(url: offices.planFile("zhuzhou")).plan.info.title.hasSuffix("（株洲修订）"))

        // The printed steps resolve it: merge again, keep one side's plan, commit, sync.
        let git = try Git(folder: zhuzhou, environment: offices.environment)
        #expect(try !git.run(["merge", "origin/main"], check: false).ok)
        try git.run(["checkout", "--theirs", "hunan-2019-services.yaml"])
        try git.run(["add", "hunan-2019-services.yaml"])
        try git.run(["commit", "--no-edit", "-q"])
        _ = try offices.plandash(["sync", zhuzhou.path], as: "李四").succeeded()
        let merged = try offices.journal("zhuzhou").readNew(final: true)
        #expect(merged.warnings.isEmpty)
        #expect(Set(merged.records.map(\.id)) == Set(ours + theirs))
        #expect(try PlanSession(url: offices.planFile("zhuzhou")).plan.info.title.hasSuffix("（长沙修订）"))
    }

    private func retitle(_ plan: URL, _ suffix: String) throws {
        let text = try String(contentsOf: plan, encoding: .utf8)
        let title = "湖南省2019年度服务业高质量发展工作要点"
        guard let range = text.range(of: title) else { throw CocoaError(.fileReadCorruptFile) }
        try text.replacingCharacters(in: range, with: title + suffix).write(to: plan, atomically: true, encoding: .utf8)
    }
}
