import ArgumentParser
import Catalogue
import Foundation
import PlanModel
import PlanSharing
import PlanStore

/// `plandash init [DIR]`: makes a plans folder shareable through git.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: """
            Make a plans folder shareable through git: journals merge line by line, reports stay out, first commit.
            """,
        discussion: """
        Creates a git repository in DIR when it is under none, writes .gitattributes (*.progress.jsonl merge=union,
        plan YAML as text) and .gitignore (generated reports), and commits. Running it again changes nothing.
        Refuses inside a repository whose attributes would merge journals another way.

        Example: plandash init Plans && git -C Plans remote add origin /shared/plans.git && plandash sync
        """)

    @Argument(help: ArgumentHelp("The plans folder (default: ./Plans, or $PLANDASH_PLANS).", valueName: "dir"))
    var dir: String?

    func run() throws {
        let folder = dir.map { URL(fileURLWithPath: $0) } ?? PlanLocator.fromEnvironment().folder
        let shown = TerminalSafe.text(PlanFile.displayPath(folder))
        let result = try PlansFolderSetup.initialize(folder: folder)
        if result.unchanged {
            Console.out(Message.sharingInitUnchanged(shown).text())
        } else {
            Console.out(Message.sharingInitDone(shown, created: result.createdRepository, files: result.wroteFiles,
                committed: result.committedFiles).text())
        }
        if SharingStatus.read(folder: folder) == nil { Console.out(Message.sharingInitNextStep(shown).text()) }
    }
}
