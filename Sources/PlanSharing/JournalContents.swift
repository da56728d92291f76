import Foundation
import PlanModel
import PlanStore

/// A journal's bytes read as plandash reads them: the records, and the lines that are no
/// record (torn, glued, malformed). Sync compares these before and after a merge.
struct JournalContents {
    let data: Data
    private(set) var records: [ProgressRecord] = []
    /// The text of every non-empty line that does not read as a record.
    private(set) var damaged: [String] = []

    /// Reads `data` with the journal reader itself (through a scratch file), so what counts as
    /// a record here is exactly what replay will use.
    init(_ data: Data, scratch: Scratch) throws {
        self.data = data
        let read = try Journal(url: scratch.write(data)).readNew(final: true)
        records = read.records
        let lines = JournalContents.lines(data)
        damaged = read.warnings.compactMap { $0.line >= 1 && $0.line <= lines.count ? lines[$0.line - 1] : nil }
    }

    /// Record ids, each with how many times it occurs.
    var idCounts: [String: Int] { records.reduce(into: [:]) { $0[$1.id, default: 0] += 1 } }

    var ids: Set<String> { Set(records.map(\.id)) }

    /// Whether the bytes end with a newline (or are empty): a line appended to such a journal,
    /// or merged after it, can never be glued to its last line.
    static func endsWithNewline(_ data: Data) -> Bool { data.last.map { $0 == 0x0A } ?? true }

    static func lines(_ data: Data) -> [String] {
        var parts = data.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0,
            as: UTF8.self) }
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    /// The journal mended after a merge: a line holding two records glued together (`…}{…`) is
    /// split into its records, and a record line repeated byte for byte is kept once. Lines that
    /// were damaged in an input (`known`) are left as they are, and the text ends with a newline.
    /// Returns nil when nothing needed mending.
    func mended(keeping known: Set<String>, scratch: Scratch) -> (data: Data, split: Int, doubled: Int)? {
        var seen = Set<String>()
        var out: [String] = []
        var split = 0, doubled = 0
        let bad = Set(damaged)
        for line in JournalContents.lines(data) {
            if bad.contains(line), !known.contains(line), let pieces = JournalContents.unglued(line, scratch: scratch) {
                split += 1
                for piece in pieces where seen.insert(piece).inserted { out.append(piece) }
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty, !bad.contains(line), !seen.insert(line).inserted {
                doubled += 1
                continue
            }
            out.append(line)
        }
        guard split + doubled > 0 || !JournalContents.endsWithNewline(data) else { return nil }
        return (Data((out.joined(separator: "\n") + "\n").utf8), split, doubled)
    }

    /// The records of a line made of whole records glued end to start, or nil when it is not one.
    private static func unglued(_ line: String, scratch: Scratch) -> [String]? {
        let parts = line.components(separatedBy: "}{")
        guard parts.count > 1 else { return nil }
        let pieces = parts.indices.map { i in (i == 0 ? "" : "{") + parts[i] + (i == parts.count - 1 ? "" : "}") }
        guard let read = try? Journal(url: scratch.write(Data((pieces.joined(separator: "\n") +
            "\n").utf8))).readNew(final: true) else { return nil }
        return read.warnings.isEmpty && read.records.count == pieces.count ? pieces : nil
    }
}
