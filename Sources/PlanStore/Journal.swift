import Catalogue
import Foundation
import PlanModel

/// The progress journal beside a plan (`<plan>.progress.jsonl`): one JSON record a line,
/// only ever appended. Each append is one write on an O_APPEND descriptor followed by fsync,
/// so two processes can append at once and a kill -9 loses at most the line being written.
public final class Journal: @unchecked Sendable {
    public let url: URL
    /// Bytes already read: the next `readNew()` starts here.
    public private(set) var offset: UInt64 = 0
    /// Lines already read, for line numbers in warnings.
    private var linesRead = 0
    /// Bytes after the last newline: a line still being written (or torn by a crash).
    private var pendingTail = Data()

    /// The journal for a plan file: `Plans/x.yaml` → `Plans/x.progress.jsonl`.
    public convenience init(forPlan planURL: URL) {
        self.init(url: planURL.deletingPathExtension().appendingPathExtension("progress.jsonl"))
    }

    public init(url: URL) { self.url = url }

    /// What reading found: the records, and a warning for each line that could not be used.
    public struct ReadResult: Sendable {
        public var records: [ProgressRecord] = []
        /// The journal line of each record, for warnings about it.
        public var lines: [Int] = []
        public var warnings: [PlanDiagnostic] = []
    }

    private static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                    debugDescription: Message.journalBadTime(text).text()))
            }
            return date
        }
        return d
    }()

    private static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(Timestamp.format(date))
        }
        return e
    }()

    /// Reads whatever was appended since the last read (by this or another process).
    /// A last line without its newline is left for the next read unless `final` is set,
    /// in which case it is reported as torn. No journal yet reads as empty; a journal that
    /// cannot be read, or a directory or symlink in its place, is an error naming it.
    public func readNew(final: Bool = false) throws -> ReadResult {
        var result = ReadResult()
        guard let handle = try openForReading() else { return result }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? offset
        try? handle.seek(toOffset: offset)
        // In pieces, so that a large journal is never held whole beside its records; after the
        // first piece, room is made for as many records as the rest looks to hold.
        var first = true
        while true {
            let chunk: Data
            do {
                guard let c = try handle.read(upToCount: Journal.chunkSize), !c.isEmpty else { break }
                chunk = c
            } catch {
                throw StoreError(Message.withReason(.systemReason(of: error)) {
                    .journalUnreadable(TerminalSafe.text(PlanFile.displayPath(url)), $0) }.text())
            }
            offset += UInt64(chunk.count)
            readLines(chunk, into: &result)
            if first, offset < size, !result.records.isEmpty {
                let expected = result.records.count +
                    Int(Double(size - offset) / (Double(chunk.count) / Double(result.records.count)) * 1.05)
                result.records.reserveCapacity(expected)
                result.lines.reserveCapacity(expected)
            }
            first = false
        }
        if final, !pendingTail.isEmpty {
            let trimmed = String(decoding: pendingTail, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty {
                result.warnings.append(warning(linesRead + 1, Message.journalIncompleteLine.text()))
            }
        }
        return result
    }

    private static let chunkSize = 8 << 20

    /// The line of the first record with this id, reading the journal from its start (for
    /// warnings about a duplicate id read later; nil when none).
    func line(ofID id: String) throws -> Int? {
        guard let handle = try openForReading() else { return nil }
        defer { try? handle.close() }
        let data = try handle.readToEnd() ?? Data()
        var number = 0
        return data.withUnsafeBytes { (all: UnsafeRawBufferPointer) -> Int? in
            var start = 0
            while start < all.count {
                let end = all[start...].firstIndex(of: 0x0A) ?? all.count
                number += 1
                if JournalLine.record(UnsafeRawBufferPointer(rebasing: all[start..<end]))?.id == id { return number }
                start = end + 1
            }
            return nil
        }
    }

    /// The journal opened for reading, nil when there is none yet. Refuses anything but a
    /// regular file: a symlink is not followed, a directory is not read as empty, a pipe is
    /// not waited on.
    private func openForReading() throws -> FileHandle? {
        let path = TerminalSafe.text(PlanFile.displayPath(url))
        var info = stat()
        guard lstat(url.path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw StoreError(Message.withReason(.systemReason(errno: errno)) { .journalUnreadable(path, $0) }.text())
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw StoreError(Message.journalNotAFile(path, "directory").text())
        case S_IFLNK: throw StoreError(Message.journalNotAFile(path, "symlink").text())
        default: throw StoreError(Message.journalNotAFile(path, "other").text())
        }
        let fd = open(url.path, O_RDONLY | O_NOFOLLOW)
        guard fd >= 0 else {
            throw StoreError(Message.withReason(.systemReason(errno: errno)) { .journalUnreadable(path, $0) }.text())
        }
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    /// Reads the complete lines of `data` (after any line left pending), keeping what follows the
    /// last newline for the next piece.
    private func readLines(_ data: Data, into result: inout ReadResult) {
        var buffer = data
        if !pendingTail.isEmpty {
            buffer = pendingTail
            buffer.append(data)
        }
        buffer.withUnsafeBytes { (all: UnsafeRawBufferPointer) in
            guard let lastNewline = all.lastIndex(of: 0x0A) else {
                pendingTail = buffer
                return
            }
            pendingTail = Data(all[(lastNewline + 1)...])
            var start = 0
            while start <= lastNewline {
                let end = all[start...lastNewline].firstIndex(of: 0x0A)!
                linesRead += 1
                parse(UnsafeRawBufferPointer(rebasing: all[start..<end]), lineNumber: linesRead, into: &result)
                start = end + 1
            }
        }
    }

    /// Reads one line: the fast reader takes lines as `append` writes them; JSONDecoder reads
    /// (and explains) anything else.
    private func parse(_ line: UnsafeRawBufferPointer, lineNumber: Int, into result: inout ReadResult) {
        if let record = JournalLine.record(line) {
            result.records.append(record)
            result.lines.append(lineNumber)
            return
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return }
        do {
            result.records.append(try Journal.decoder.decode(ProgressRecord.self, from: Data(text.utf8)))
            result.lines.append(lineNumber)
        } catch let DecodingError.keyNotFound(key, _) {
            result.warnings.append(warning(lineNumber, Message.journalRecordWithout(key.stringValue).text()))
        } catch let DecodingError.dataCorrupted(ctx) where !ctx.codingPath.isEmpty {
            result.warnings.append(warning(lineNumber, Message.journalBadField(
                ctx.codingPath.map(\.stringValue).joined(separator: "."), ctx.debugDescription).text()))
        } catch DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx)
                    where !ctx.codingPath.isEmpty {
            result.warnings.append(warning(lineNumber, Message.journalBadField(
                ctx.codingPath.map(\.stringValue).joined(separator: "."), Message.journalFieldWrongType.text()).text()))
        } catch {
            result.warnings.append(warning(lineNumber, Message.journalNotJSON.text()))
        }
    }

    private func warning(_ line: Int, _ message: String) -> PlanDiagnostic {
        PlanDiagnostic(file: PlanFile.displayPath(url), line: line, column: 1, path: "", message: message)
    }

    /// Appends one record durably: a single write of the whole line on an O_APPEND
    /// descriptor, then fsync. Returns when the record is on disk.
    public func append(_ record: ProgressRecord) throws {
        var line = try Journal.lines([record])
        let fd = open(url.path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw StoreError(Message.withReason(.systemReason(errno: errno)) {
            .journalCannotOpenForAppend(PlanFile.displayPath(url), $0) }.text()) }
        defer { close(fd) }
        // A torn line left by a crash would swallow this record: start on a fresh line.
        if needsLeadingNewline(fd) { line.insert(0x0A, at: 0) }
        let written = line.withUnsafeBytes { Foundation.write(fd, $0.baseAddress!, $0.count) }
        guard written == line.count else {
            let reason = written < 0 ? Message.systemReason(errno: errno) : .journalShortWrite
            throw StoreError(Message.withReason(reason) { .journalCannotAppend(PlanFile.displayPath(url), $0) }.text())
        }
        guard fsync(fd) == 0 else { throw StoreError(Message.withReason(.systemReason(errno: errno)) {
            .journalCannotSync(PlanFile.displayPath(url), $0) }.text()) }
    }

    /// Records as journal text: one JSON object a line, each ending in a newline, exactly as
    /// `append` writes them. For tools that write many records at once (imports, benchmarks).
    public static func lines(_ records: [ProgressRecord]) throws -> Data {
        var data = Data()
        for r in records {
            data.append(try encoder.encode(r))
            data.append(0x0A)
        }
        return data
    }

    private func needsLeadingNewline(_ fd: Int32) -> Bool {
        let size = lseek(fd, 0, SEEK_END)
        guard size > 0 else { return false }
        var last: UInt8 = 0
        return pread(fd, &last, 1, size - 1) == 1 && last != 0x0A
    }
}
