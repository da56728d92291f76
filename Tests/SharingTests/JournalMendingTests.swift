import Foundation
import PlanModel
@testable import PlanSharing
import PlanStore
import Testing

/// Journals after a merge: glued records split, repeated records kept once, a missing final
/// newline restored, so the next record appended can never be glued to the last one.
@Suite struct JournalMendingTests {
    private func line(_ id: String, _ value: Double) throws -> String {
        let record = ProgressRecord(id: id, time: Date(timeIntervalSince1970: 1_570_000_000), user: "张三", item: "kw1.t1.i3",
                                    old: nil, new: .number(value), at: CalendarDate(iso: "2019-09-30")!)
        return String(decoding: try Journal.lines([record]), as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    @Test func gluedAndRepeatedLinesAreMended() throws {
        let scratch = try Scratch()
        let (a, b, c) = (try line("a", 1), try line("b", 2), try line("c", 3))
        let merged = try JournalContents(Data("\(a)\n\(b)\(c)\n\(a)\n".utf8), scratch: scratch)
        #expect(merged.damaged == [b + c])
        let fix = try #require(merged.mended(keeping: [], scratch: scratch))
        #expect(fix.split == 1 && fix.doubled == 1)
        #expect(String(decoding: fix.data, as: UTF8.self) == "\(a)\n\(b)\n\(c)\n")
    }

    @Test func damageThatWasThereBeforeIsLeftAlone() throws {
        let scratch = try Scratch()
        let a = try line("a", 1)
        let torn = String(a.prefix(20))
        let merged = try JournalContents(Data("\(a)\n\(torn)\n".utf8), scratch: scratch)
        #expect(merged.damaged == [torn])
        #expect(merged.mended(keeping: [torn], scratch: scratch) == nil)
        let unterminated = try JournalContents(Data("\(a)".utf8), scratch: scratch)
        #expect(try #require(unterminated.mended(keeping: [], scratch: scratch)).data == Data("\(a)\n".utf8))
    }

    /// An office whose journal reached the remote without its final newline (written by another
    /// tool, committed by hand): the merge keeps every record and the journal ends with a newline.
    @Test func remoteJournalWithoutFinalNewlineMergesCleanly() throws {
        guard let offices = try Offices.make() else { return }
        try offices.founding("changsha", user: "张三")
        try offices.joining("zhuzhou")
        let zhuzhou = offices.folder("zhuzhou")
        let journalName = "hunan-2019-services.progress.jsonl"
        try Data((try line("by-hand", 400)).utf8).write(to: zhuzhou.appendingPathComponent(journalName))
        try offices.git(["add", journalName], in: zhuzhou)
        try offices.git(["-c", "user.name=李四", "-c", "user.email=l@x", "commit", "-q", "-m", "by hand"], in: zhuzhou)
        try offices.git(["push", "-q", "origin", "main"], in: zhuzhou)
        let ours = try offices.set("changsha", as: "张三", at: "2019-09-30", ["kw1.t1.i3\t412.5\t"])

        let run = try offices.plandash(["sync", offices.folder("changsha").path], as: "张三").succeeded()
        #expect(run.stdout.contains("+1 条记录，来自 张三"))
        let data = try Data(contentsOf: offices.folder("changsha").appendingPathComponent(journalName))
        #expect(data.last == 0x0A)
        let read = try offices.journal("changsha").readNew(final: true)
        #expect(read.warnings.isEmpty)
        #expect(Set(read.records.map(\.id)) == Set(ours + ["by-hand"]))
        #expect(try offices.git(["status", "--porcelain"], in: offices.folder("changsha")).text.isEmpty)
    }
}
