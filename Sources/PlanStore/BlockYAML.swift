/// A fast reader for the plain block-style YAML that plan files are written in: block mappings
/// with simple keys, block lists, one-line flow lists of scalars, plain and quoted one-line
/// scalars, comments and blank lines. It composes the same tree Yams would, several times
/// faster and without libyaml's events, and declines (nil) any document that uses more of YAML
/// — anchors, tags, block or multi-line scalars, flow mappings, tabs, CR line ends, duplicate
/// keys, document markers, `?` or `:` in a flow list, deep nesting — so the caller reads those
/// with Yams. A differential fuzz test (`BlockYAMLFuzzTests`) holds it to Yams' reading.
///
/// Nodes carry no positions: `PlanFile` reads a document that has problems again with Yams,
/// whose positions the diagnostics name.
enum BlockYAML {
    static func compose(_ text: String) -> PlanNode? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return reader.document()
        }
    }

    /// A cursor over the document, one line at a time. `line` is where the current line
    /// starts, `content` where the part still to read starts, `indent` that part's column.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var line = 0
        var content = 0
        var indent = 0
        var lineEnd = 0
        var depth = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func document() -> PlanNode? {
            guard !Reader.hasRefusedCharacters(bytes), nextContentLine(from: 0), !atEnd, indent == 0 else { return nil }
            guard let root = block(), case .mapping = root, atEnd else { return nil }
            return root
        }

        /// Whether the text holds characters this reader leaves to Yams: controls other than
        /// the line feed (tabs and CR among them), C1 controls and NEL, the Unicode line and
        /// paragraph separators, a byte-order mark, the non-characters U+FFFE and U+FFFF.
        static func hasRefusedCharacters(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            for i in b.indices {
                let x = b[i]
                if (x < 0x20 && x != 0x0A) || x == 0x7F { return true }
                guard x >= 0xC2, i + 1 < b.count else { continue }
                let y = b[i + 1]
                if x == 0xC2, y < 0xA0 { return true }
                guard i + 2 < b.count else { continue }
                let z = b[i + 2]
                if x == 0xE2, y == 0x80, z == 0xA8 || z == 0xA9 { return true }
                if x == 0xEF, (y == 0xBB && z == 0xBF) || (y == 0xBF && z >= 0xBE) { return true }
            }
            return false
        }

        var atEnd: Bool { content >= bytes.count }

        // MARK: - Lines

        /// Moves to the first line at or after `start` holding something other than spaces or a comment.
        private mutating func nextContentLine(from start: Int) -> Bool {
            var at = start
            while at < bytes.count {
                var end = at
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var first = at
                while first < end, bytes[first] == 0x20 { first += 1 }
                if first < end, bytes[first] != UInt8(ascii: "#") {
                    (line, content, indent, lineEnd) = (at, first, first - at, end)
                    return true
                }
                at = end + 1
            }
            (line, content, indent, lineEnd) = (bytes.count, bytes.count, 0, bytes.count)
            return true
        }

        private mutating func finishLine() -> Bool {
            guard restIsBlank(from: content) else { return false }
            return nextContentLine(from: lineEnd + 1)
        }

        /// True when nothing but spaces and a comment follow `from` on the line.
        private func restIsBlank(from: Int) -> Bool {
            var at = from
            while at < lineEnd, bytes[at] == 0x20 { at += 1 }
            return at == lineEnd || (at > 0 && bytes[at] == UInt8(ascii: "#") && bytes[at - 1] == 0x20)
        }

        private var isEntry: Bool {
            bytes[content] == UInt8(ascii: "-") && (content + 1 == lineEnd || bytes[content + 1] == 0x20)
        }

        // MARK: - Blocks

        /// The block starting at the current line: a list when it starts with `- `, else a mapping.
        /// Declines blocks nested deeper than `PlanFile.maxDepth` (Yams then refuses them).
        private mutating func block() -> PlanNode? {
            guard depth < PlanFile.maxDepth else { return nil }
            depth += 1
            defer { depth -= 1 }
            return isEntry ? sequence() : mapping()
        }

        private mutating func mapping() -> PlanNode? {
            let column = indent
            var pairs: [PlanNode.Pair] = []
            var keys: Set<String> = []
            while !atEnd, indent == column, !isEntry {
                guard let key = key(), keys.insert(key).inserted else { return nil }
                guard let value = value(column: column, allowSameColumnList: true) else { return nil }
                pairs.append(PlanNode.Pair(key: .scalar(key, nil, quoted: false), value: value))
            }
            guard atEnd || indent < column else { return nil }
            return .mapping(pairs, nil)
        }

        private mutating func sequence() -> PlanNode? {
            let column = indent
            var items: [PlanNode] = []
            while !atEnd, indent == column, isEntry {
                content += 1
                while content < lineEnd, bytes[content] == 0x20 { content += 1 }
                if content == lineEnd || bytes[content] == UInt8(ascii: "#") {
                    guard let item = value(column: column, allowSameColumnList: false) else { return nil }
                    items.append(item)
                } else if looksLikeKey {
                    // `- id: x`: a mapping whose keys line up with `id`.
                    indent = content - line
                    guard let item = mapping() else { return nil }
                    items.append(item)
                } else {
                    guard bytes[content] != UInt8(ascii: "-"), let item = inlineValue(), finishLine(),
                          atEnd || indent <= column else { return nil }
                    items.append(item)
                }
            }
            guard atEnd || indent < column || (indent == column && !isEntry) else { return nil }
            return .sequence(items, nil)
        }

        /// A value after `key:` or a bare `-`: on the same line, or a block on the lines below
        /// (a list may also start at the key's own column).
        private mutating func value(column: Int, allowSameColumnList: Bool) -> PlanNode? {
            while content < lineEnd, bytes[content] == 0x20 { content += 1 }
            if content < lineEnd, bytes[content] != UInt8(ascii: "#") {
                guard let v = inlineValue(), finishLine(), atEnd || indent <= column else { return nil }
                return v
            }
            guard finishLine(), !atEnd else { return nil }
            if indent > column { return block() }
            if allowSameColumnList, indent == column, isEntry { return sequence() }
            return nil
        }

        // MARK: - Keys and scalars

        /// Whether the current content starts with `name:` followed by a space or the line's end.
        private var looksLikeKey: Bool {
            var at = content
            while at < lineEnd, Reader.isKeyByte(bytes[at]) { at += 1 }
            return at > content && at < lineEnd && bytes[at] == UInt8(ascii: ":") && (at + 1 == lineEnd ||
                bytes[at + 1] == 0x20)
        }

        private static func isKeyByte(_ b: UInt8) -> Bool {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "_"), UInt8(ascii: "."): return true
            default: return false
            }
        }

        private mutating func key() -> String? {
            guard looksLikeKey else { return nil }
            let start = content
            while bytes[content] != UInt8(ascii: ":") { content += 1 }
            let name = text(start..<content)
            content += 1
            return name
        }

        /// A scalar or a flow list on the rest of the line.
        private mutating func inlineValue() -> PlanNode? {
            switch bytes[content] {
            case UInt8(ascii: "\""): return doubleQuoted().map { .scalar($0, nil, quoted: true) }
            case UInt8(ascii: "'"): return singleQuoted().map { .scalar($0, nil, quoted: true) }
            case UInt8(ascii: "["): return flowList()
            default: return plain(inFlow: false).map { .scalar($0, nil, quoted: false) }
            }
        }

        /// A plain scalar up to the line's end, a comment, or (in a flow list) `,` or `]`.
        /// Declines what YAML would read otherwise: an indicator first, `: ` inside, a trailing `:`.
        private mutating func plain(inFlow: Bool) -> String? {
            let start = content
            let first = bytes[start]
            let next: UInt8 = start + 1 < lineEnd ? bytes[start + 1] : 0x20
            // In a flow list libyaml reads `?` and `:` as indicators wherever they stand
            // (`[?a]` is a mapping): leave any plain item holding one to Yams.
            if inFlow, bytes[start..<lineEnd].prefix(while: { $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: "]") })
                .contains(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: ":") }) { return nil }
            switch first {
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                if next == 0x20 || (inFlow && (next == UInt8(ascii: ",") || next == UInt8(ascii: "]"))) { return nil }
            case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                UInt8(ascii: "#"),
                 UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"),
                     UInt8(ascii: "%"),
                 UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                return nil
            default: break
            }
            var end = start
            while end < lineEnd {
                let b = bytes[end]
                if b == UInt8(ascii: "#"), end > start, bytes[end - 1] == 0x20 { break }
                if b == UInt8(ascii: ":") {
                    let after: UInt8 = end + 1 < lineEnd ? bytes[end + 1] : 0x20
                    if after == 0x20 || (inFlow && (after == UInt8(ascii: ",") ||
                        after == UInt8(ascii: "]"))) { return nil }
                }
                if inFlow {
                    if b == UInt8(ascii: ",") || b == UInt8(ascii: "]") { break }
                    if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") || b == UInt8(ascii: "}") { return nil }
                }
                end += 1
            }
            content = end
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > start else { return nil }
            return text(start..<end)
        }

        /// `'…'` on one line, `''` standing for a quote.
        private mutating func singleQuoted() -> String? {
            content += 1
            var out: [UInt8] = []
            while content < lineEnd {
                let b = bytes[content]
                content += 1
                if b == UInt8(ascii: "'") {
                    guard content < lineEnd,
                        bytes[content] == UInt8(ascii: "'") else { return afterQuote() ? string(out) : nil }
                    content += 1
                }
                out.append(b)
            }
            return nil
        }

        /// `"…"` on one line, with the escapes a plan file needs; any other escape declines.
        private mutating func doubleQuoted() -> String? {
            content += 1
            var out: [UInt8] = []
            while content < lineEnd {
                let b = bytes[content]
                content += 1
                if b == UInt8(ascii: "\"") { return afterQuote() ? string(out) : nil }
                guard b == UInt8(ascii: "\\") else { out.append(b); continue }
                guard content < lineEnd else { return nil }
                let e = bytes[content]
                content += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                default: return nil
                }
            }
            return nil
        }

        /// After a closing quote: the line's end, a comment, or (in a flow list) `,` / `]`.
        private func afterQuote() -> Bool {
            guard content < lineEnd else { return true }
            switch bytes[content] {
            case 0x20, UInt8(ascii: ","), UInt8(ascii: "]"): return true
            default: return false
            }
        }

        /// `[a, b, "c"]` on one line, of scalars only.
        private mutating func flowList() -> PlanNode? {
            content += 1
            var items: [PlanNode] = []
            skipSpaces()
            if content < lineEnd, bytes[content] == UInt8(ascii: "]") {
                content += 1
                return .sequence(items, nil)
            }
            while content < lineEnd {
                let item: PlanNode?
                switch bytes[content] {
                case UInt8(ascii: "\""): item = doubleQuoted().map { .scalar($0, nil, quoted: true) }
                case UInt8(ascii: "'"): item = singleQuoted().map { .scalar($0, nil, quoted: true) }
                default: item = plain(inFlow: true).map { .scalar($0, nil, quoted: false) }
                }
                guard let item else { return nil }
                items.append(item)
                skipSpaces()
                guard content < lineEnd else { return nil }
                if bytes[content] == UInt8(ascii: "]") {
                    content += 1
                    return .sequence(items, nil)
                }
                guard bytes[content] == UInt8(ascii: ",") else { return nil }
                content += 1
                skipSpaces()
            }
            return nil
        }

        private mutating func skipSpaces() {
            while content < lineEnd, bytes[content] == 0x20 { content += 1 }
        }

        private func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        private func string(_ utf8: [UInt8]) -> String { String(decoding: utf8, as: UTF8.self) }
    }
}
