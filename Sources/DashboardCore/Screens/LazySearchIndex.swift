import PlanModel
import Synchronization

/// The plan's search index, built the first time a search needs it rather than before the
/// first frame: folding, abbreviations and pinyin cost more than drawing the dashboard, and
/// most sessions (and every `plandash render`) never search. Shared by copies of the state.
final class LazySearchIndex: Sendable {
    private let plan: Plan
    private let built = Mutex<SearchIndex?>(nil)

    init(_ plan: Plan) {
        self.plan = plan
    }

    /// The index, built on first use.
    var index: SearchIndex {
        built.withLock { index in
            if let index { return index }
            let made = SearchIndex(plan)
            index = made
            return made
        }
    }
}
