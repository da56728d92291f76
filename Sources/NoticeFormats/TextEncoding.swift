import Glibc

/// The text encodings a notice may come in, decoded by the C library's iconv (no hand-made tables).
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case gb18030 = "GB18030"

    /// The encoding an `--encoding` value names: utf-8, utf-16, utf-16le, utf-16be, gb18030, gbk, gb2312.
    public init?(name: String) {
        switch name.lowercased().filter({ $0 != "-" && $0 != "_" }) {
        case "utf8": self = .utf8
        case "utf16", "utf16le": self = .utf16LittleEndian
        case "utf16be": self = .utf16BigEndian
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }

    /// The bytes as text, a leading byte-order mark dropped; nil when they are not valid in this encoding.
    public func decode(_ bytes: [UInt8]) -> String? {
        if self == .utf8 {
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            return String(validating: body, as: UTF8.self)
        }
        var body = bytes[...]
        if self == .utf16LittleEndian, body.starts(with: [0xFF, 0xFE]) { body = body.dropFirst(2) }
        if self == .utf16BigEndian, body.starts(with: [0xFE, 0xFF]) { body = body.dropFirst(2) }
        guard let utf8 = Self.iconv(Array(body), from: rawValue) else { return nil }
        return String(validating: utf8, as: UTF8.self)
    }

    /// Converts to UTF-8 with iconv in one pass; nil on an invalid or cut-off sequence.
    private static func iconv(_ input: [UInt8], from encoding: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        // UTF-8 takes at most 2 bytes per UTF-16 byte and 1.5 per GB18030 byte (4-byte forms map 1:1).
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var source = input
        let written: Int? = source.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? =
                    UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? =
                    UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                guard Glibc.iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1,
                    inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return Array(output.prefix(written))
    }
}
