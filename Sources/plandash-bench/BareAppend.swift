// not messages: developer tool; its output is for developers and README's English benchmark table

import Foundation

/// The disk's own cost of a durable append: a journal-sized line written with O_APPEND and
/// synced, with nothing else: the floor under any edit.
final class BareAppend {
    private let path: String
    private let fd: Int32
    private let line = Array(String(repeating: "x", count: 180).utf8) + [0x0A]

    /// A scratch file beside the plan, on the same disk as its journal.
    init(beside planURL: URL) throws {
        path = planURL.deletingLastPathComponent().appendingPathComponent("bare-append.jsonl").path
        fd = open(path, O_RDWR | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else { throw BenchError("cannot open \(path): \(String(cString: strerror(errno)))") }
    }

    deinit {
        close(fd)
        unlink(path)
    }

    /// Seconds one append and its fsync took.
    func time() throws -> Double {
        try Sample.once {
            guard write(fd, line, line.count) == line.count, fsync(fd) == 0 else {
                throw BenchError("cannot append to \(path): \(String(cString: strerror(errno)))")
            }
        }.1
    }
}
