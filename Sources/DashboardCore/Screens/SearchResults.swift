/// A query and the entries it found, with the one in use: kept after leaving the search
/// screen so `n`/`N` step through the results.
struct SearchResults: Sendable, Equatable {
    var query: String
    /// Indices into the search index's entries.
    var hits: [Int]
    var current = 0

    init(query: String, in index: SearchIndex) {
        self.query = query
        hits = index.find(query)
    }

    /// Moves to the next (or previous) result, wrapping around.
    mutating func step(_ delta: Int) {
        guard !hits.isEmpty else { return }
        current = ((current + delta) % hits.count + hits.count) % hits.count
    }

    /// Runs the query again on new data, keeping the position where it can.
    mutating func rerun(in index: SearchIndex) {
        hits = index.find(query)
        current = min(current, max(0, hits.count - 1))
    }
}
