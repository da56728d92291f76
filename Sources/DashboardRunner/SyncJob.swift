import Catalogue
import Foundation
import PlanSharing

/// A `plandash sync` running on a background thread while the dashboard stays responsive: the
/// run loop's tick reads its latest step and, once, its outcome.
final class SyncJob: @unchecked Sendable {
    private let lock = NSLock()
    private var step: Message?
    private var outcome: Result<SyncReport, Error>?

    /// Starts syncing the plans folder.
    init(folder: URL) {
        Thread.detachNewThread { [self] in
            let result = Result { try PlanSync(folder: folder).run { step in self.set(step: step.message) } }
            lock.withLock { outcome = result }
        }
    }

    private func set(step: Message) {
        lock.withLock { self.step = step }
    }

    /// The step reached since the last look, if any.
    func takeStep() -> Message? {
        lock.withLock {
            defer { step = nil }
            return step
        }
    }

    /// The outcome, once the sync has ended.
    var finished: Result<SyncReport, Error>? { lock.withLock { outcome } }
}
