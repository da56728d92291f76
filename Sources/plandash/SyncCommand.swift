import ArgumentParser
import Foundation
import PlanModel
import PlanSharing
import PlanStore

/// `plandash sync [PLAN|DIR] [--remote NAME]`: exchanges a plans folder's records with its remote.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Share records with the other offices: commit new journal lines, merge the remote's, check, push.",
        discussion: """
        Commits the plans folder (new journal lines and edited plan files, with who and how many records), pulls
        with a line-by-line merge of the journals, checks that no record was lost, doubled or torn, pushes, and
        says what arrived from whom. A plan file changed on both sides is a conflict: the merge is undone and the
        commands to resolve it are printed (exit status 1). Run plandash init first.

        Example: plandash sync hunan-2019-services --remote origin
        """)

    @Argument(help: ArgumentHelp("A plan (id or path) or a plans folder (default: ./Plans, or $PLANDASH_PLANS).",
        valueName: "plan|dir"))
    var target: String?

    @Option(help: ArgumentHelp(
        "The git remote to share with (default: the branch's upstream, origin, or the only remote).",
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
