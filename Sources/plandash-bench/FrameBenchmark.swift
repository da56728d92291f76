// not messages: developer tool; its output is for developers and README's English benchmark table

import DashboardCore
import PlanModel

/// The UI core's costs at a 120×40 terminal: the first frame, and each keystroke with the
/// frame drawn after it, through the core's public API as the terminal runner drives it.
enum FrameBenchmark {
    static let width = 120
    static let height = 40

    /// `AppState` built on the status, sized, and the dashboard drawn into the cell grid.
    static func firstFrame(_ status: PlanStatus, runs: Int) -> Sample {
        Sample.measure(runs: runs) {
            var state = AppState(status: status)
            _ = state.handle(.resize(width: width, height: height))
            _ = state.render(width: width, height: height)
        }
    }

    /// One key handled and the next frame drawn, for each kind of keystroke; what sets the
    /// scene for a keystroke (going back to the dashboard, opening the search) is not timed.
    static func keystrokes(_ status: PlanStatus, runs: Int) -> [PlanFigures.Keystroke] {
        var state = AppState(status: status)
        _ = state.handle(.resize(width: width, height: height))
        func frame(after key: Key) {
            _ = state.handle(key)
            _ = state.render(width: width, height: height)
        }
        var down = true
        let move = Sample.measure(runs: runs, prepare: { down.toggle() }) { frame(after: down ? .down : .up) }
        let open = Sample.measure(runs: runs, prepare: { state.open(.dashboard) }) { frame(after: .enter) }
        let departments = Sample.measure(runs: runs, prepare: { state.open(.dashboard) }) { frame(after: .char("d")) }
        state.open(.departments)
        let sort = Sample.measure(runs: runs) { frame(after: .char("s")) }
        let search = Sample.measure(runs: runs,
            prepare: { state.open(.dashboard); state.open(.search) }) { frame(after: .char("服")) }
        // The second letter of a Latin query: the pass over pinyin and initials, ranked by spelling.
        let pinyin = Sample.measure(runs: runs,
            prepare: { state.open(.dashboard); state.open(.search); _ = state.handle(.char("s")) }) {
            frame(after: .char("w"))
        }
        return [
            .init(name: "move (↓/↑ on the dashboard)", sample: move),
            .init(name: "open a task (Enter)", sample: open),
            .init(name: "department view (d)", sample: departments),
            .init(name: "sort departments (s)", sample: sort),
            .init(name: "search: type 服 after /", sample: search),
            .init(name: "pinyin: type w after /s", sample: pinyin),
        ]
    }
}
