import Foundation

/// What one `sync` did, as values the command line and the dashboard word for themselves.
public struct SyncReport: Sendable, Equatable {
    /// How the sync ended.
    public enum Outcome: Sendable, Equatable {
        /// Merged with the remote and pushed: both hold the same history now.
        case synced(remote: String)
        /// The repository has no remote: the journals were committed locally only.
        case noRemote
        /// A plan file was changed on both sides. The merge was undone (journals untouched and
        /// valid, the local commit kept); `commands` resolve it by hand, one shell line each.
        case conflict(remote: String, files: [String], commands: [String])
    }

    public var outcome: Outcome
    /// Records this sync committed from the local journals, per plan.
    public var committed: [PlanRecords] = []
    /// Records that arrived from the remote, per plan and user.
    public var arrived: [Arrival] = []
    /// Journal lines mended after the merge (glued records split, repeated records kept once).
    public var mended: [Mending] = []
    /// Plans that no longer load after the merge: plan id and the loader's first complaint.
    public var unloadable: [PlanProblem] = []

    public init(outcome: Outcome) { self.outcome = outcome }

    /// How many records of one plan were committed, and by whom.
    public struct PlanRecords: Sendable, Equatable {
        public var plan: String
        public var count: Int
        public var users: [String]
    }

    /// Records of one plan that arrived from one user, with the distinct notes they carry.
    public struct Arrival: Sendable, Equatable {
        public var plan: String
        public var user: String
        public var count: Int
        public var notes: [String]
    }

    /// A journal mended after a merge.
    public struct Mending: Sendable, Equatable {
        public var plan: String
        public var gluedLinesSplit: Int
        public var repeatedLinesDropped: Int
    }

    /// A plan that does not load after the merge.
    public struct PlanProblem: Sendable, Equatable {
        public var plan: String
        public var problem: String
    }
}

/// A step of a sync, reported as it starts (for a progress line).
public enum SyncStep: Sendable, Equatable {
    case committing, fetching, merging, checking, pushing
}
