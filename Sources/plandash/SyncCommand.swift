import ArgumentParser
import Catalogue
import Foundation
import PlanModel
import PlanSharing
import PlanStore

/// `plandash sync [PLAN|DIR] [--remote NAME]`: exchanges a plans folder's records with its remote.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: Message.helpSyncAbstract.text(),
        discussion: Message.helpSyncDiscussion.text())

    @Argument(help: ArgumentHelp(Message.helpSyncTarget.text(),
        valueName: "plan|dir"))
    var target: String?

    @Option(help: ArgumentHelp(Message.helpSyncRemote.text(),
        valueName: "name"))
    var remote: String?

    func run() throws {
        let folder = try plansFolder()
        // Progress goes to a terminal only, so scripts and logs read just the outcome.
        let report = try PlanSync(folder: folder, remote: remote).run { step in
            if isatty(2) != 0 { CommandSupport.printError(step.message.text()) }
        }
        for line in report.lines { Console.out(line.text()) }
        if case .conflict = report.outcome { throw ExitCode(1) }
    }

    /// The folder named, or the folder of the plan named, or the default plans folder.
    private func plansFolder() throws -> URL {
        let locator = PlanLocator.fromEnvironment()
        guard let target else { return locator.folder }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDir),
            isDir.boolValue { return URL(fileURLWithPath: target) }
        return try locator.resolve(target).deletingLastPathComponent()
    }
}
