import PlanModel

/// One task area as a row in a pane or list: computed once per status change.
struct TaskRowModel: Sendable, Equatable {
    let taskID: String
    let title: String
    /// Completion and measure counts, as PlanStatus computed them.
    let counts: TaskStatus
}

/// One section of the plan as a dashboard pane.
struct PaneModel: Sendable, Equatable {
    let sectionID: String
    /// 1-based, the key that focuses it.
    let number: Int
    let title: String
    let completion: Completion
    /// How the section's targets stand together.
    let standing: Standing
    let rows: [TaskRowModel]
    /// The rows' task ids, in order: what the pane's list selects.
    let taskIDs: [String]
    /// The widest task title in the pane, in columns.
    let titleWidth: Int
}

/// Everything the screens read that depends on the data, derived once per `PlanStatus` (never
/// per frame); what depends on the plan alone (the search index) is built once per plan.
struct PlanViewModel: Sendable {
    let status: PlanStatus
    let panes: [PaneModel]
    let rows: [String: TaskRowModel]
    let unitIndex: [String: Int]
    /// The department table's orders, by column and direction.
    let unitOrders: UnitOrders
    /// The widest unit name, in columns.
    let unitNameWidth: Int
    let measureCount: Int
    let done: Int
    let overdue: Int
    let dueSoon: Int
    /// 持续推进 measures not started by mid-year (未推进).
    let stalled: Int

    /// `names`: the plan's units in pinyin order, found once per plan when first asked for.
    init(_ status: PlanStatus, names: UnitNameOrder) {
        self.status = status
        var rows: [String: TaskRowModel] = [:]
        var panes: [PaneModel] = []
        for (s, section) in status.plan.sections.enumerated() {
            let paneRows = section.tasks.map { task in
                let t = status.tasks[task.id]
                return TaskRowModel(taskID: task.id, title: task.title,
                                    counts: t ?? TaskStatus(completion: Completion(fraction: nil, reported: 0,
                                        total: 0), measures: task.measures.count))
            }
            for (task, row) in zip(section.tasks, paneRows) {
                rows[task.id] = row
            }
            panes.append(PaneModel(sectionID: section.id, number: s + 1, title: section.title,
                                   completion: status.sections[section.id] ?? Completion(fraction: nil, reported: 0,
                                       total: 0),
                                   standing: status.sectionTargets[section.id]?.standing ?? .notReported,
                                   rows: paneRows, taskIDs: paneRows.map(\.taskID),
                                       titleWidth: paneRows.map { DisplayWidth.of($0.title) }.max() ?? 0))
        }
        self.panes = panes
        self.rows = rows
        unitIndex = Dictionary(status.units.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        unitNameWidth = status.units.map { DisplayWidth.of($0.name) }.max() ?? 0
        unitOrders = UnitOrders(status.units, byName: names)
        let all = rows.values
        measureCount = all.reduce(0) { $0 + $1.counts.measures }
        done = all.reduce(0) { $0 + $1.counts.done }
        overdue = all.reduce(0) { $0 + $1.counts.overdue }
        dueSoon = all.reduce(0) { $0 + $1.counts.dueSoon }
        stalled = all.reduce(0) { $0 + $1.counts.stalled }
    }

    var units: [UnitLoad] { status.units }

    /// A task area by id, with the index of its section.
    func task(_ id: String) -> (section: Int, task: TaskArea)? {
        status.index.tasks[id].map { ($0.section, status.plan.sections[$0.section].tasks[$0.task]) }
    }

    func unit(named name: String) -> UnitLoad? {
        unitIndex[name].map { status.units[$0] }
    }
}
