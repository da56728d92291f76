/// What one responsible unit carries: the task areas it leads and joins, and what falls to it.
public struct UnitLoad: Sendable, Equatable {
    public var name: String
    /// Task ids the unit leads (listed first).
    public var leads: [String] = []
    /// Task ids the unit takes part in.
    public var joins: [String] = []
    /// Measures in all the unit's task areas.
    public var measures = 0
    /// Of those, overdue as of the day.
    public var overdue = 0
    /// Indicators in all the unit's task areas.
    public var indicators = 0
    /// Completion of the task areas it leads, pooled over their indicators (unreported count 0);
    /// nil when none is reported.
    public var leadCompletion: Double?
    /// Targets behind in the task areas it leads.
    public var leadBehind = 0

    public init(name: String) { self.name = name }

    /// Every task area the unit is in, led ones first.
    public var allTasks: [String] { leads + joins }

    static func compute(plan: Plan, tasks: [String: TaskStatus]) -> [UnitLoad] {
        var order: [String] = []
        var loads: [String: UnitLoad] = [:]
        for task in plan.tasks {
            let status = tasks[task.id]
            var seen: Set<String> = []
            for (i, unit) in task.units.enumerated() where seen.insert(unit).inserted {
                if loads[unit] == nil {
                    loads[unit] = UnitLoad(name: unit)
                    order.append(unit)
                }
                if i == 0 { loads[unit]!.leads.append(task.id) } else { loads[unit]!.joins.append(task.id) }
                loads[unit]!.measures += task.measures.count
                loads[unit]!.overdue += status?.overdue ?? 0
                loads[unit]!.indicators += task.targets.reduce(0) { $0 + $1.indicators.count }
            }
        }
        return order.map { name in
            var load = loads[name]!
            let led = load.leads.compactMap { tasks[$0] }
            load.leadCompletion = Completion.pooled(of: led.map(\.completion)).fraction
            load.leadBehind = led.reduce(0) { $0 + $1.targets.behind }
            return load
        }
    }
}
