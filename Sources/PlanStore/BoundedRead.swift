import Catalogue
import Foundation
import PlanModel

/// Reads a whole file that must be a regular file no larger than a limit, so a device, a
/// directory, a pipe or a runaway file is refused with a clear reason instead of read forever.
public enum BoundedRead {
    /// Why a file was not read.
    public struct Refusal: Error, Sendable {
        public let message: Message

        /// The system's refusal: `无法读取文件：没有权限`.
        static func cannotRead(_ reason: Message) -> Refusal {
            Refusal(message: .withReason(reason) { .cannotReadFile($0) })
        }
    }

    public static func contents(of url: URL, limit: Int) throws -> Data {
        let fd = open(url.path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { throw Refusal.cannotRead(.systemReason(errno: errno)) }
        var info = stat()
        guard fstat(fd,
            &info) == 0 else { close(fd); throw Refusal.cannotRead(.systemReason(errno: errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { close(fd); throw Refusal(message: .notARegularFile) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        let data: Data
        do { data = try handle.read(upToCount: limit + 1) ?? Data() } catch {
            throw Refusal.cannotRead(.systemReason(of: error))
        }
        guard data.count <= limit else {
            throw Refusal(message: .fileTooLarge(sizeText(max(Int(info.st_size), data.count)), limit: sizeText(limit)))
        }
        return data
    }

    /// `64 MB`, `12.5 MB`, `900 KB`, `12 B`.
    public static func sizeText(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return "\(NumberText.format(Double(bytes) / Double(1 << 20), maxFractionDigits: 1)) MB" }
        if bytes >= 1 << 10 { return "\(NumberText.format(Double(bytes) / Double(1 << 10), maxFractionDigits: 1)) KB" }
        return "\(bytes) B"
    }
}
