import Catalogue
import Foundation

/// Writes a whole file so that a crash leaves either the old or the new content:
/// a temp file beside it, fsync, rename, fsync of the folder.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw refusal(writing: url, errno)
        }
        var failure: Int32 = 0
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                offset += n
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        guard failure == 0, rename(temp.path, url.path) == 0 else {
            let code = failure != 0 ? failure : errno
            unlink(temp.path)
            throw refusal(writing: url, code)
        }
        let dfd = open(dir.path, O_RDONLY)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }

    private static func refusal(writing url: URL, _ code: Int32) -> StoreError {
        StoreError(Message.withReason(.systemReason(errno: code)) {
            .cannotWrite(PlanFile.displayPath(url), $0) }.text())
    }
}
