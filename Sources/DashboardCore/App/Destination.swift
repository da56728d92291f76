/// A screen to open directly (for `plandash render`, tests, or a runner's start-up option).
public enum Destination: Sendable, Equatable {
    case dashboard
    case departments
    /// The 督办清单.
    case overdue
    /// 报送情况 of the period holding the as-of day.
    case reporting
    /// The detail of a task area, by id (`kw1`).
    case task(String)
    case help
    case search
    case plans
}
