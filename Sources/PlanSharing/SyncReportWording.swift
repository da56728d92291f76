import Catalogue
import PlanModel

extension SyncReport {
    /// The report in words, one message a line, the outcome last (`headline`). Names, notes
    /// and paths are terminal-safe.
    public var lines: [Message] {
        let safe = TerminalSafe.text
        var out: [Message] = committed.map { .sharingCommitted(safe($0.plan), $0.count, $0.users.map(safe)) }
        if !committedFiles.isEmpty { out.append(.sharingCommittedFiles(committedFiles.map(safe))) }
        for m in mended { out.append(.sharingMended(safe(m.plan), split: m.gluedLinesSplit,
            dropped: m.repeatedLinesDropped)) }
        out += arrived.map { .sharingArrived(safe($0.plan), $0.count, safe($0.user), $0.notes.map(safe)) }
        if case .synced = outcome, arrived.isEmpty { out.append(.sharingNothingArrived) }
        out += unloadable.map { .sharingUnloadable(safe($0.plan), safe($0.problem)) }
        out.append(headline)
        return out
    }

    /// The outcome: synced with whom, local only, or the conflict with the commands that resolve
    /// it (several lines).
    public var headline: Message {
        switch outcome {
        case .synced(let remote): return .sharingPushed(TerminalSafe.text(remote))
        case .noRemote: return .sharingNoRemote
        case .conflict(_, let files, let commands): return .sharingConflict(files.map(TerminalSafe.text),
            commands.map(TerminalSafe.text))
        }
    }
}

extension SyncReport {
    /// One line for the dashboard's status line.
    public var statusLine: Message {
        switch outcome {
        case .synced(let remote):
            let users = PlanSync.distinct(arrived.map { TerminalSafe.text($0.user) })
            return .sharingStatusSynced(TerminalSafe.text(remote), arrived: arrivedRecords.count, from: users,
                                        committed: committed.reduce(0) { $0 + $1.count })
        case .noRemote: return .sharingNoRemote
        case .conflict(_, let files, _): return .sharingStatusConflict(files.map(TerminalSafe.text))
        }
    }
}

extension SharingStatus {
    /// The header's words: `origin/main：待推送 1 · 待合并 2`, or `已同步`.
    public var header: Message {
        .sharingHeader(TerminalSafe.text(remote), ahead: ahead, behind: behind, unsynced: unsynced)
    }
}

extension SyncStep {
    /// The progress line for this step.
    public var message: Message {
        switch self {
        case .committing: return .sharingStepCommitting
        case .fetching: return .sharingStepFetching
        case .merging: return .sharingStepMerging
        case .checking: return .sharingStepChecking
        case .pushing: return .sharingStepPushing
        }
    }
}
