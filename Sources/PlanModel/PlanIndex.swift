/// Where an item lives in a plan, found by id in constant time.
public struct PlanIndex: Sendable {
    /// The position of a task area: section index and task index within it.
    public struct TaskPath: Sendable, Equatable { public let section: Int; public let task: Int }

    public enum Item: Sendable, Equatable {
        case indicator(Indicator, task: TaskPath, target: Int)
        case measure(Measure, task: TaskPath)
    }

    public private(set) var tasks: [String: TaskPath] = [:]
    public private(set) var items: [String: Item] = [:]
    /// For each task id, the section it belongs to.
    public private(set) var sectionOfTask: [String: String] = [:]

    public init(_ plan: Plan) {
        for (s, section) in plan.sections.enumerated() {
            for (t, task) in section.tasks.enumerated() {
                let path = TaskPath(section: s, task: t)
                tasks[task.id] = path
                sectionOfTask[task.id] = section.id
                for m in task.measures { items[m.id] = .measure(m, task: path) }
                for (g, target) in task.targets.enumerated() {
                    for i in target.indicators { items[i.id] = .indicator(i, task: path, target: g) }
                }
            }
        }
    }

    /// The task area holding an item, or the task itself when `id` names a task.
    public func taskPath(of id: String) -> TaskPath? {
        if let path = tasks[id] { return path }
        switch items[id] {
        case .indicator(_, let task, _), .measure(_, let task): return task
        case nil: return nil
        }
    }
}
