import Foundation

/// Holds an exclusive lock on the repository while a sync runs, so two syncs started in one
/// clone at once run one after the other instead of tripping over git's index lock.
final class SyncLock {
    private let fd: Int32

    init(_ repository: PlansRepository) {
        fd = open(repository.gitDir.appendingPathComponent("plandash-sync.lock").path, O_RDWR | O_CREAT, 0o644)
        if fd >= 0 { _ = flock(fd, LOCK_EX) }
    }

    deinit {
        if fd >= 0 { _ = flock(fd, LOCK_UN); close(fd) }
    }
}
