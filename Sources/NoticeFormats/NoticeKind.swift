/// What a notice file holds, told from its first bytes, not from its name.
public enum NoticeKind: Equatable, Sendable {
    /// A Word file (.docx): a zip archive.
    case word
    /// A web page saved from a browser (.html, .htm).
    case webPage
    /// Plain text in the given encoding.
    case text(TextEncoding)

    /// The kind of the bytes: zip magic → Word; a byte-order mark → that text; `<html`, `<!doctype html`
    /// or `<body`/`<table` near the start → web page; valid UTF-8 → UTF-8 text; else GB18030 (which
    /// GBK and GB2312 are subsets of) when the bytes decode as it.
    public static func detect(_ bytes: [UInt8]) -> NoticeKind? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .word }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return looksLikeHTML(bytes.dropFirst(3)) ? .webPage : .text(.utf8) }
        if bytes.starts(with: [0xFF, 0xFE]) { return .text(.utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return .text(.utf16BigEndian) }
        if bytes.contains(0) { return nil }
        if looksLikeHTML(bytes[...]) { return .webPage }
        if TextEncoding.utf8.decode(bytes) != nil { return .text(.utf8) }
        if TextEncoding.gb18030.decode(bytes) != nil { return .text(.gb18030) }
        return nil
    }

    /// Whether the first kilobyte, lowercased, opens an HTML document.
    private static func looksLikeHTML(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = String(decoding: bytes.prefix(1024).map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 },
            as: UTF8.self)
        let start = head.drop { $0.isWhitespace }
        let openings = ["<!doctype html", "<html", "<?xml version=\"1.0\"?><!doctype html"]  // not a message: HTML
        return openings.contains { start.hasPrefix($0) }
            || (start.hasPrefix("<") && (head.contains("<html") || head.contains("<body")))
    }
}
