/// Decodes the bytes of a notice file: UTF-8 (with or without a byte-order mark) only. Binary data,
/// UTF-16 and other encodings (a GBK/GB18030 copy is common) get a message that says what was found.
enum NoticeBytes {
    static func decode(_ bytes: [UInt8]) -> Result<String, ImportFailure> {
        guard !bytes.isEmpty else { return .failure(ImportFailure(message: "the notice is empty: there is no text to import")) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(ImportFailure(message: "the notice is UTF-16 text: save it as UTF-8 and import again"))
        }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(ImportFailure(message: "this is a binary file (a NUL byte at offset \(nul)), not the text of a notice"))
        }
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1, scalar.first == 0x0A { line += 1 }
                offset += scalar.count
            case .error:
                let byte = String(bytes[offset], radix: 16, uppercase: true)
                return .failure(ImportFailure(line: line, message: "the notice is not UTF-8 text (byte 0x\(byte) at offset \(offset) is not valid UTF-8); if it is GBK/GB18030, convert it first: iconv -f GB18030 -t UTF-8 NOTICE.txt > notice-utf8.txt"))
            case .emptyInput:
                var text = String(decoding: bytes, as: UTF8.self)
                if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                return .success(text)
            }
        }
    }
}
