import ArgumentParser
import Catalogue

/// `plandash`: a terminal dashboard for annual work plans.
@main
struct Plandash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plandash",
        abstract: Message.overviewAbstract.text(),
        discussion: Message.overviewDiscussion.text(),
        version: PlandashVersion.text,
        subcommands: [OpenCommand.self, CheckCommand.self, SummaryCommand.self, DepartmentsCommand.self,
            ExportCommand.self,
                      SetCommand.self, HistoryCommand.self, ReportCommand.self, RenderCommand.self, ImportCommand.self,
                      InitCommand.self, SyncCommand.self, FormsCommand.self, CollectCommand.self, StatusCommand.self,
                          ChaseCommand.self,
                      OverdueCommand.self],
        defaultSubcommand: OpenCommand.self)
}
