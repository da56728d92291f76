import Foundation
import PlanStore
import Testing
import TestSupport

/// `plandash import` end to end in a temporary folder, through the real binary: what it writes,
/// and that it writes nothing when there is no plan or the file exists.
@Suite struct ImportCommandTests {
    let folder: URL

    init() throws {
        folder = try TestWorkspace.folder("plandash-import")
    }

    /// Runs `plandash import` with `arguments`; its exit status.
    func run(_ arguments: [String]) throws -> Int32 {
        try Binary.run(["import"] + arguments).status
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func files() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    @Test func writesAPlanThatLoads() throws {
        let notice = try write("notice.txt", Array(try TestFiles.text(TestFiles.seedNotice).utf8))
        let out = folder.appendingPathComponent("hunan.yaml")
        #expect(try run([notice, "-o", out.path]) == 0)
        let plan = try PlanFile.load(out)
        #expect(plan.info.id == "hunan")
        #expect(plan.info.source == "notice.txt")
        #expect(plan.tasks.count == 18)
    }

    @Test func neverReplacesAFileWithoutForce() throws {
        let notice = try write("notice.txt", Array(try TestFiles.text(TestFiles.seedNotice).utf8))
        let out = folder.appendingPathComponent("plan.yaml")
        try Data("keep me\n".utf8).write(to: out)
        #expect(try run([notice, "-o", out.path]) == 1)
        #expect(try String(contentsOf: out, encoding: .utf8) == "keep me\n")
        #expect(try run([notice, "-o", out.path, "--force"]) == 0)
        #expect(try PlanFile.load(out).info.id == "plan")
    }

    @Test(arguments: [
        ("empty.txt", [UInt8]()),
        ("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]),
        ("news.txt", Array("近日,省服务业发展联席会议办公室召开会议,研究部署今年的工作。\n".utf8)),
        ("cut.txt", Array("一、聚焦四大重点工作\n(一)补齐生产服务短板\n1、研究制定行动计划。(完成时限:2019年底\n".utf8)),
    ])
    func badInputWritesNothing(_ name: String, _ bytes: [UInt8]) throws {
        let notice = try write(name, bytes)
        let out = folder.appendingPathComponent("out.yaml")
        #expect(try run([notice, "-o", out.path]) == 1)
        #expect(try files() == [name])
    }

    /// A GB18030 notice in a folder beside the plans: told by its bytes, its source written relative to the plan.
    @Test func gb18030NoticeAndARelativeSource() throws {
        let gbk = try OfficeFormatTests.iconv(try TestFiles.text(TestFiles.seedNotice), to: "GB18030")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("notices"), withIntermediateDirectories: true)
        let notice = try write("notices/notice.txt", gbk)
        let out = folder.appendingPathComponent("plans/hunan.yaml")
        try FileManager.default.createDirectory(at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(try run([notice, "-o", out.path]) == 0)
        let plan = try PlanFile.load(out)
        #expect(plan.info.source == "../notices/notice.txt")
        #expect(plan.info.title == "湖南省2019年度服务业高质量发展工作要点")
        #expect(try run([notice, "-o", folder.appendingPathComponent("utf8.yaml").path, "--encoding", "utf-8"]) == 1, "GB18030 is not UTF-8")
        #expect(try run([notice, "-o", folder.appendingPathComponent("x.yaml").path, "--encoding", "latin-9"]) != 0)
    }

    @Test func aMissingNoticeIsAnError() throws {
        #expect(try run([folder.appendingPathComponent("absent.txt").path, "-o", folder.appendingPathComponent("x.yaml").path]) == 1)
        #expect(try files().isEmpty)
    }
}
