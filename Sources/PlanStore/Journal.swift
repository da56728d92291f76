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
        public var warnings: [PlanDiagnostic] = []
    }

    private static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected an ISO 8601 time, found \(text)"))
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
    /// in which case it is reported as torn.
    public func readNew(final: Bool = false) -> ReadResult {
        var result = ReadResult()
        guard let handle = try? FileHandle(forReadingFrom: url) else { return result }
        defer { try? handle.close() }
        try? handle.seek(toOffset: offset)
        let data = (try? handle.readToEnd()) ?? Data()
        offset += UInt64(data.count)
        var buffer = Data(pendingTail)
        buffer.append(data)
        pendingTail = Data()
        if let lastNewline = buffer.lastIndex(of: 0x0A) {
            pendingTail = Data(buffer[(lastNewline + 1)...])
            buffer = Data(buffer[..<lastNewline])
        } else {
            pendingTail = buffer
            buffer = Data()
        }
        if !buffer.isEmpty {
            for line in buffer.split(separator: 0x0A, omittingEmptySubsequences: false) {
                linesRead += 1
                parse(Data(line), lineNumber: linesRead, into: &result)
            }
        }
        if final, !pendingTail.isEmpty {
            let trimmed = String(decoding: pendingTail, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty {
                result.warnings.append(warning(linesRead + 1, "incomplete last line (a write cut short?): skipped"))
            }
        }
        return result
    }

    private func parse(_ line: Data, lineNumber: Int, into result: inout ReadResult) {
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return }
        do {
            result.records.append(try Journal.decoder.decode(ProgressRecord.self, from: Data(text.utf8)))
        } catch let DecodingError.keyNotFound(key, _) {
            result.warnings.append(warning(lineNumber, "record without \(key.stringValue): skipped"))
        } catch let DecodingError.dataCorrupted(ctx) where !ctx.codingPath.isEmpty {
            result.warnings.append(warning(lineNumber, "bad \(ctx.codingPath.map(\.stringValue).joined(separator: ".")): \(ctx.debugDescription): skipped"))
        } catch {
            result.warnings.append(warning(lineNumber, "not a JSON record (torn write or bad merge?): skipped"))
        }
    }

    private func warning(_ line: Int, _ message: String) -> PlanDiagnostic {
        PlanDiagnostic(file: PlanFile.displayPath(url), line: line, column: 1, path: "", message: message)
    }

    /// Appends one record durably: a single write of the whole line on an O_APPEND
    /// descriptor, then fsync. Returns when the record is on disk.
    public func append(_ record: ProgressRecord) throws {
        var line = try Journal.encoder.encode(record)
        line.append(0x0A)
        let fd = open(url.path, O_RDWR | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else { throw StoreError("cannot open \(PlanFile.displayPath(url)) for appending: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        // A torn line left by a crash would swallow this record: start on a fresh line.
        if needsLeadingNewline(fd) { line.insert(0x0A, at: 0) }
        let written = line.withUnsafeBytes { Foundation.write(fd, $0.baseAddress!, $0.count) }
        guard written == line.count else {
            throw StoreError("cannot append to \(PlanFile.displayPath(url)): \(written < 0 ? String(cString: strerror(errno)) : "short write")")
        }
        guard fsync(fd) == 0 else { throw StoreError("cannot sync \(PlanFile.displayPath(url)): \(String(cString: strerror(errno)))") }
    }

    private func needsLeadingNewline(_ fd: Int32) -> Bool {
        let size = lseek(fd, 0, SEEK_END)
        guard size > 0 else { return false }
        var last: UInt8 = 0
        return pread(fd, &last, 1, size - 1) == 1 && last != 0x0A
    }
}

/// ISO 8601 times with milliseconds in UTC, as journal records write them.
public enum Timestamp {
    public static func format(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    public static func parse(_ text: String) -> Date? {
        if let d = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return d }
        return try? Date.ISO8601FormatStyle().parse(text)
    }
}
