import Foundation
import PlanModel

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
    /// Other files of the plans folder this sync committed (edited plan files), relative to it.
    public var committedFiles: [String] = []
    /// Records that arrived from the remote (over every merge of this sync), with their plan.
    public var arrivedRecords: [ArrivedRecord] = []
    /// Files of the plans folder the merges changed (journals, plan files), relative to it: an
    /// open plan whose file or journal is listed should be opened again.
    public var changedFiles: [String] = []
    /// Journal lines mended after the merge (glued records split, repeated records kept once).
    public var mended: [Mending] = []
    /// Plans that no longer load after the merge: plan id and the loader's first complaint.
    public var unloadable: [PlanProblem] = []

    public init(outcome: Outcome) { self.outcome = outcome }

    /// Records that arrived, per plan and user in the order they first appear in replay.
    public var arrived: [Arrival] {
        let sorted = arrivedRecords.sorted { ProgressRecord.replayOrder($0.record, $1.record) }
        var groups: [Arrival] = []
        for arrival in sorted {
            let (plan, record) = (arrival.plan, arrival.record)
            if let i = groups.firstIndex(where: { $0.plan == plan && $0.user == record.user }) {
                groups[i].count += 1
                if let note = record.note, !groups[i].notes.contains(note) { groups[i].notes.append(note) }
            } else {
                groups.append(Arrival(plan: plan, user: record.user, count: 1, notes: record.note.map { [$0] } ?? []))
            }
        }
        return groups
    }

    /// How many records of one plan were committed, and by whom.
    public struct PlanRecords: Sendable, Equatable {
        public var plan: String
        public var count: Int
        public var users: [String]
    }

    /// A record that arrived, and the plan whose journal it is in.
    public struct ArrivedRecord: Sendable, Equatable {
        public var plan: String
        public var record: ProgressRecord
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
