import Foundation
import PlanModel
@testable import PlanSharing
import PlanStore
import Testing

/// Another office pushes between this sync's fetch and its push: the push is refused, and sync
/// fetches, merges and pushes again, reporting everything that arrived once.
@Suite struct PushRaceTests {
    @Test func refusedPushIsMergedAndRetried() throws {
        guard let offices = try Offices.make() else { return }
        try offices.founding("changsha", user: "张三")
        try offices.joining("zhuzhou")
        try offices.joining("xiangtan")
        let early = try offices.set("xiangtan", as: "王五", at: "2019-09-30", ["kw1.t1.i3\t401\t湘潭一"])
        _ = try offices.plandash(["sync", offices.folder("xiangtan").path], as: "王五").succeeded()
        let late = try offices.set("xiangtan", as: "王五", at: "2019-09-30", ["kw1.t1.i4\t12\t湘潭二"])
        _ = try offices.plandash(["sync", offices.folder("xiangtan").path], as: "王五").succeeded()
        try offices.git(["reset", "-q", "--hard", "HEAD~1"], in: offices.folder("xiangtan"))
        try offices.git(["push", "-q", "--force", "origin", "main"], in: offices.folder("xiangtan"))
        // 湘潭's second commit goes out while 株洲 is about to push (its pre-push hook runs first).
        let hook = offices.folder("zhuzhou").appendingPathComponent(".git/hooks/pre-push")
        let once = offices.root.appendingPathComponent("raced")
        try """
        #!/bin/sh
        unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
        [ -e '\(once.path)' ] && exit 0
        touch '\(once.path)'
        git -C '\(offices.folder("xiangtan").path)' push -q origin ORIG_HEAD:main
        """.write(to: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        let ours = try offices.set("zhuzhou", as: "李四", at: "2019-09-30", ["kw1.m1\tdone\t"])

        let run = try offices.plandash(["sync", offices.folder("zhuzhou").path], as: "李四").succeeded()
        #expect(FileManager.default.fileExists(atPath: once.path))
        #expect(run.stdout.contains("+2 条记录，来自 王五，湘潭一、湘潭二（hunan-2019-services）"))
        let git = try Git(folder: offices.folder("zhuzhou"), environment: offices.environment)
        #expect(git.value(["rev-parse", "HEAD"]) == git.value(["rev-parse", "refs/remotes/origin/main"]))
        let read = try offices.journal("zhuzhou").readNew(final: true)
        #expect(read.records.map(\.id).sorted() == (early + late + ours).sorted())
    }

    /// A record appended while sync runs (here by a hook right after sync's own commit, as a
    /// plandash set in another window would) is committed before the merge and pushed with it.
    @Test func recordAppendedDuringSyncIsCommittedBeforeTheMerge() throws {
        guard let offices = try Offices.make() else { return }
        try offices.founding("changsha", user: "张三")
        try offices.joining("zhuzhou")
        let theirs = try offices.set("zhuzhou", as: "李四", at: "2019-09-30", ["kw1.t1.i3\t430\t"])
        _ = try offices.plandash(["sync", offices.folder("zhuzhou").path], as: "李四").succeeded()
        let ours = try offices.set("changsha", as: "张三", at: "2019-09-30", ["kw1.m1\tdone\t"])
        let meanwhile = ProgressRecord(id: "appended-meanwhile", time: Date(), user: "张三", item: "kw1.t1.i4", old: nil,
                                       new: .number(11), at: CalendarDate(iso: "2019-09-30")!)
        let line = offices.root.appendingPathComponent("line.jsonl")
        try Journal.lines([meanwhile]).write(to: line)
        let once = offices.root.appendingPathComponent("appended")
        let hook = offices.folder("changsha").appendingPathComponent(".git/hooks/post-commit")
        try """
        #!/bin/sh
        [ -e '\(once.path)' ] && exit 0
        touch '\(once.path)'
        cat '\(line.path)' >> '\(offices.journal("changsha").url.path)'
        """.write(to: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)

        let run = try offices.plandash(["sync", offices.folder("changsha").path], as: "张三").succeeded()
        #expect(FileManager.default.fileExists(atPath: once.path))
        #expect(run.stdout.contains("已提交 2 条记录（hunan-2019-services，张三）"))
        let git = try Git(folder: offices.folder("changsha"), environment: offices.environment)
        #expect(git.value(["status", "--porcelain"]) == "")
        let pushed = try offices.journal("changsha")
        #expect(try Set(pushed.readNew(final: true).records.map(\.id)) == Set(theirs + ours + [meanwhile.id]))
        #expect(git.value(["rev-parse", "HEAD"]) == git.value(["rev-parse", "refs/remotes/origin/main"]))
    }
}
