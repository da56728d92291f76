import Foundation
import Testing
import TestSupport

/// `report -o` and `import -o` write only new regular files (or replace one with --force),
/// never a directory, device or symbolic link, never the plan or its journal; `-o -` is
/// standard output. Whatever they refuse is left exactly as it was.
@Suite struct OutputFileTests {
    let plan = "hunan-2019-services"

    @Test func anExistingFileIsReplacedOnlyWithForce() throws {
        let (dir, _) = try Plandash.hunanWorkspace()
        let other = dir.appendingPathComponent("Plans/other.yaml")
        try Data("keep me".utf8).write(to: other)
        let refused = try Plandash.run(["report", plan, "-o", other.path, "--format", "md"], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("already exists"))
        #expect(try String(contentsOf: other, encoding: .utf8) == "keep me")
        let forced = try Plandash.run(["report", plan, "-o", other.path, "--format", "md", "--force"], in: dir)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: other, encoding: .utf8).hasPrefix("#"))
    }

    @Test func directoriesDevicesAndSymlinksAreRefused() throws {
        let (dir, _) = try Plandash.hunanWorkspace()
        let target = dir.appendingPathComponent("target.md")
        try Data("target".utf8).write(to: target)
        let link = dir.appendingPathComponent("link.md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let folder = dir.appendingPathComponent("folder.md")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        for path in [link.path, folder.path, "/dev/null"] {
            for force in [[], ["--force"]] {
                let r = try Plandash.run(["report", plan, "-o", path] + force, in: dir)
                #expect(r.status == 1, "\(path) \(force)")
                #expect(r.stderr.contains("not a regular file"), "\(path): \(r.stderr)")
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "target")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "/dev/null is still a device")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func thePlanAndItsJournalAreNeverWritten() throws {
        let (dir, planURL) = try Plandash.hunanWorkspace()
        let journal = dir.appendingPathComponent("Plans/\(plan).progress.jsonl")
        #expect(try Plandash.run(["set", plan, "kw1.t1.i3", "400", "--at", "2019-09-30"], in: dir).status == 0)
        let before = try [Data(contentsOf: planURL), Data(contentsOf: journal)]
        for path in [planURL.path, journal.path, "Plans/../Plans/\(plan).yaml"] {
            let r = try Plandash.run(["report", plan, "-o", path, "--format", "md", "--force"], in: dir)
            #expect(r.status == 1, "\(path)")
        }
        #expect(try [Data(contentsOf: planURL), Data(contentsOf: journal)] == before)
    }

    @Test func dashMeansStandardOutput() throws {
        let (dir, _) = try Plandash.hunanWorkspace()
        let r = try Plandash.run(["report", plan, "-o", "-", "--format", "json"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("{"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path))
        let md = try Plandash.run(["report", plan, "-o", "-"], in: dir)
        #expect(md.stdout.hasPrefix("#"))
    }

    @Test func importRefusesTheSameAndWritesToStandardOutputOnDash() throws {
        let dir = try Plandash.workspace()
        let notice = TestWorkspace.repo.appendingPathComponent("Plans/sources/hunan-2019-services.txt").path
        let existing = dir.appendingPathComponent("Plans/city.yaml")
        try Data("keep me".utf8).write(to: existing)
        let refused = try Plandash.run(["import", notice, "-o", existing.path], in: dir)
        #expect(refused.status == 1)
        #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me")
        let link = dir.appendingPathComponent("Plans/link.yaml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: existing)
        let viaLink = try Plandash.run(["import", notice, "-o", link.path, "--force"], in: dir)
        #expect(viaLink.status == 1)
        #expect(viaLink.stderr.contains("not a regular file"))
        #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me")
        let dash = try Plandash.run(["import", notice, "-o", "-", "--id", "city"], in: dir)
        #expect(dash.status == 0, "\(dash.stderr)")
        #expect(dash.stdout.hasPrefix("plan:"))
        #expect(dash.stderr.contains("Imported"))
    }
}
