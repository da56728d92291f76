import Foundation

/// The lines of a text (LF or CRLF), each found once: time linear in the text's length.
struct LineReader: Sequence, IteratorProtocol {
    private let data: Data
    private var start: Data.Index

    init(_ data: Data) {
        self.data = data
        start = data.startIndex
    }

    mutating func next() -> String? {
        guard start < data.endIndex else { return nil }
        let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
        var line = data[start..<end]
        if line.last == 0x0D { line = line.dropLast() }
        start = end == data.endIndex ? end : end + 1
        return String(decoding: line, as: UTF8.self)
    }
}
