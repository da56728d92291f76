import Foundation
import PlanModel
@testable import PlanSharing
import PlanStore
import Testing

/// What the dashboard reads: ahead/behind from the last fetch (never the network), and the
/// report a sync returns.
@Suite struct StatusTests {
    @Test func statusFollowsFetchesAndSyncReturnsWhatArrived() throws {
        guard let offices = try Offices.make() else { return }
        try offices.founding("changsha", user: "张三")
        try offices.joining("zhuzhou")
        let changsha = offices.folder("changsha")
        #expect(SharingStatus.read(folder: changsha, environment: offices.environment).map { ($0.ahead, $0.behind, $0.unsynced) }! == (0, 0, false))

        _ = try offices.set("zhuzhou", as: "李四", at: "2019-09-30", ["kw1.t1.i3\t430\t株洲报送", "kw1.m1\tdone\t株洲报送"])
        _ = try offices.plandash(["sync", offices.folder("zhuzhou").path], as: "李四").succeeded()
        #expect(SharingStatus.read(folder: changsha, environment: offices.environment)?.behind == 0)
        try offices.git(["fetch", "-q"], in: changsha)
        let behind = try #require(SharingStatus.read(folder: changsha, environment: offices.environment))
        #expect(behind.remote == "origin/main" && behind.behind == 1 && behind.ahead == 0 && behind.lastFetch != nil)
        #expect(behind.header.text(.zh) == "origin/main：待合并 1")

        _ = try offices.set("changsha", as: "张三", at: "2019-09-30", ["kw1.t1.i4\t11\t"])
        #expect(SharingStatus.read(folder: changsha, environment: offices.environment)?.unsynced == true)
        var steps: [SyncStep] = []
        var environment = offices.environment
        environment["PLANDASH_USER"] = "张三"
        let report = try PlanSync(folder: changsha, environment: environment).run { steps.append($0) }
        #expect(report.outcome == .synced(remote: "origin/main"))
        #expect(report.committed == [.init(plan: Offices.plan, count: 1, users: ["张三"])])
        #expect(report.arrived == [.init(plan: Offices.plan, user: "李四", count: 2, notes: ["株洲报送"])])
        #expect(report.statusLine.text(.zh) == "已与 origin/main 同步：送出 1 条，收到 2 条记录（来自 李四）")
        #expect(report.changedFiles == ["\(Offices.plan).progress.jsonl"])
        #expect(steps == [.committing, .fetching, .merging, .checking, .pushing])
        #expect(report.lines.map { $0.text(.zh) }.contains("+2 条记录，来自 李四，株洲报送（hunan-2019-services）"))
        let after = try #require(SharingStatus.read(folder: changsha, environment: offices.environment))
        #expect((after.ahead, after.behind, after.unsynced) == (0, 0, false))
    }

    @Test func noStatusOutsideGit() throws {
        guard let offices = try Offices.make() else { return }
        #expect(SharingStatus.read(folder: offices.root, environment: offices.environment) == nil)
        #expect(throws: SharingError.notARepository(folder: PlanFile.displayPath(offices.root.standardizedFileURL))) {
            try PlanSync(folder: offices.root, environment: offices.environment).run()
        }
        var noGit = offices.environment
        noGit["PATH"] = "/nonexistent"
        #expect(throws: SharingError.gitMissing) { try PlanSync(folder: offices.root, environment: noGit).run() }
        #expect(SharingError.gitMissing.message.text(.zh).hasPrefix("找不到 git"))
    }
}
