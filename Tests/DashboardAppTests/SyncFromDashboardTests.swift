import Catalogue
import DashboardCore
import DashboardRunner
import Foundation
import PlanModel
import PlanSharing
import PlanStore
import TestSupport
import Testing

/// `S` in the dashboard syncs the plans folder with real git, in the background, saying where
/// it stands and what came of it; the header shows how the folder stands against its remote.
@Suite(.language(.zh)) struct SyncFromDashboardTests {
    static func git(_ args: [String], in dir: URL) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git"] + args
        p.currentDirectoryURL = dir
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "git \(args.joined(separator: " "))")
    }

    @Test func sWritesTheEditToTheRemoteAndSaysSo() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else {
            print("skipped: git not installed")
            return
        }
        let url = try DashboardControllerTests.planCopy()
        let folder = url.deletingLastPathComponent()
        let remote = folder.deletingLastPathComponent().appendingPathComponent("shared.git")
        try Self.git(["init", "-q", "--bare", "-b", "main", remote.path], in: folder.deletingLastPathComponent())
        _ = try PlansFolderSetup.initialize(folder: folder)
        try Self.git(["remote", "add", "origin", remote.path], in: folder)
        _ = try PlanSync(folder: folder).run()

        let c = try DashboardControllerTests.onRevenue(url)
        DashboardControllerTests.press(c, [.enter] + DashboardControllerTests.type("500") + [.enter])
        #expect(c.state.sharing == nil, "git is not run before the first frame")
        _ = c.pickUpOtherWriters()
        #expect(c.state.sharing?.text().contains("origin/main") == true, "the header knows the remote after the first tick")
        Self.syncAndWait(c)
        #expect(c.state.message?.isError == false, "\(DashboardControllerTests.statusLine(c))")
        #expect(try Self.remoteJournal(remote).contains("\"new\":500"), "the edit reached the remote")
    }

    /// A folder set up and given a remote but never synced (no remote branch fetched yet): `S`
    /// runs the first sync instead of saying the folder is not shared.
    @Test func theFirstSyncCanStartFromTheDashboard() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else {
            print("skipped: git not installed")
            return
        }
        let url = try DashboardControllerTests.planCopy()
        let folder = url.deletingLastPathComponent()
        let remote = folder.deletingLastPathComponent().appendingPathComponent("shared.git")
        try Self.git(["init", "-q", "--bare", "-b", "main", remote.path], in: folder.deletingLastPathComponent())
        _ = try PlansFolderSetup.initialize(folder: folder)
        try Self.git(["remote", "add", "origin", remote.path], in: folder)

        let c = try DashboardControllerTests.onRevenue(url)
        DashboardControllerTests.press(c, [.enter] + DashboardControllerTests.type("600") + [.enter])
        Self.syncAndWait(c)
        #expect(c.state.message?.isError == false, "\(DashboardControllerTests.statusLine(c))")
        #expect(try Self.remoteJournal(remote).contains("\"new\":600"), "the edit reached the remote")
    }

    /// A folder not under git: `S` says to run plandash init on it.
    @Test func aFolderNotUnderGitIsToldToRunInit() throws {
        let c = try DashboardControllerTests.onRevenue(try DashboardControllerTests.planCopy())
        Self.syncAndWait(c)
        #expect(c.state.message?.isError == true)
        let said = c.state.message?.text ?? ""
        #expect(said.contains("还不是共享计划文件夹") && said.contains("plandash init"), "\(said)")
    }

    /// Presses `S` and lets the dashboard tick until the sync has ended (at most a minute).
    static func syncAndWait(_ c: DashboardController) {
        DashboardControllerTests.press(c, [.char("S")])
        #expect(DashboardControllerTests.statusLine(c).contains(Message.syncStarted.text()))
        let end = Date().addingTimeInterval(60)
        var finished = false
        while !finished, Date() < end {
            _ = c.pickUpOtherWriters()
            finished = c.state.message.map { !$0.text.contains("…") } ?? false
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(finished, "the sync ended within a minute: \(DashboardControllerTests.statusLine(c))")
    }

    /// The journal on the remote's main branch.
    static func remoteJournal(_ remote: URL) throws -> String {
        let log = Process()
        log.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        log.arguments = ["git", "--git-dir", remote.path, "show", "main:hunan-2019-services.progress.jsonl"]
        let out = Pipe()
        log.standardOutput = out
        try log.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        log.waitUntilExit()
        return text
    }
}
