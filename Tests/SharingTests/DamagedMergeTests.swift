import Foundation
@testable import PlanSharing
import PlanStore
import Testing

/// A merge that loses records (here a broken merge driver configured in place of git's union)
/// is refused and undone: the office keeps its own records and nothing is pushed.
@Suite struct DamagedMergeTests {
    @Test func mergeThatLosesRecordsIsUndone() throws {
        guard let offices = try Offices.make() else { return }
        try offices.founding("changsha", user: "张三")
        try offices.joining("zhuzhou")
        _ = try offices.set("changsha", as: "张三", at: "2019-09-30", ["kw1.t1.i3\t412.5\t", "kw1.t1.i4\t11\t"])
        _ = try offices.plandash(["sync", offices.folder("changsha").path], as: "张三").succeeded()
        let ours = try offices.set("zhuzhou", as: "李四", at: "2019-09-30", ["kw1.t1.i3\t430\t", "kw1.m1\tdone\t"])
        let zhuzhou = offices.folder("zhuzhou")
        try offices.git(["config", "merge.union.driver", "head -n 1 %A > %A.cut && mv %A.cut %A"], in: zhuzhou)

        let run = try offices.plandash(["sync", zhuzhou.path], as: "李四")
        #expect(run.status == 1)
        #expect(run.stderr.contains("合并会损坏进度日志"))
        #expect(run.stderr.contains("丢失 3 条记录"))
        let git = try Git(folder: zhuzhou, environment: offices.environment)
        #expect(git.value(["rev-list", "--count", "HEAD"]) == "2")
        #expect(git.value(["status", "--porcelain"]) == "")
        #expect(try offices.journal("zhuzhou").readNew(final: true).records.map(\.id) == ours)
        #expect(git.value(["rev-list", "--count", "refs/remotes/origin/main"]) == "2")
    }
}
