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
        abstract: Message.helpInitAbstract.text(),
        discussion: Message.helpInitDiscussion.text())

    @Argument(help: ArgumentHelp(Message.helpInitDir.text(), valueName: "dir"))
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
