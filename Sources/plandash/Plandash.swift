import ArgumentParser

/// `plandash`: a terminal dashboard for annual work plans.
@main
struct Plandash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plandash",
        abstract: "Track an annual work plan: sections, task areas, measures, targets and who carries them.",
        discussion: """
        With no subcommand, shows the plan. Plans live in ./Plans (or $PLANDASH_PLANS) as YAML files;
        name one by id or path, or leave it out when there is one plan (or $PLANDASH_PLAN is set).

        Example: plandash hunan-2019-services
        """,
        subcommands: [OpenCommand.self, CheckCommand.self, SummaryCommand.self, DepartmentsCommand.self,
            ExportCommand.self,
                      SetCommand.self, HistoryCommand.self, ReportCommand.self, RenderCommand.self, ImportCommand.self,
                      InitCommand.self, SyncCommand.self, FormsCommand.self, CollectCommand.self, StatusCommand.self,
                          ChaseCommand.self,
                      OverdueCommand.self],
        defaultSubcommand: OpenCommand.self)
}
