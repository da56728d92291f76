/// What the runner must do outside the pure core after a key.
public enum AppEffect: Sendable, Equatable {
    /// Leave the program (restore the terminal).
    case quit
    /// Open another plan, then call `AppState.replaceStatus` with its status.
    case switchPlan(PlanChoice)
}
