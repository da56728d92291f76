import Foundation
import PlanModel

/// A fast reader for journal lines as `Journal` writes them: one flat JSON object whose values
/// are strings, numbers or null. It reads what JSONDecoder would read into the same record, about
/// ten times faster, and declines (nil) anything else — nesting, bad UTF-8, a missing or
/// mistyped field, a value that does not parse — so the caller falls back to JSONDecoder,
/// which then says what is wrong.
enum JournalLine {
    static func record(_ line: UnsafeRawBufferPointer) -> ProgressRecord? {
        var reader = Reader(bytes: line)
        guard let fields = reader.object() else { return nil }
        guard case .string(let id)? = fields.id, case .string(let user)? = fields.user,
              case .string(let item)? = fields.item,
              case .string(let timeText)? = fields.time, let time = Timestamp.parse(timeText),
              case .string(let atText)? = fields.at, let at = CalendarDate(iso: atText),
              let old = itemValue(fields.old), let new = itemValue(fields.new),
              let note = optionalString(fields.note), let undoes = optionalString(fields.undoes),
              let redoes = optionalString(fields.redoes) else { return nil }
        return ProgressRecord(id: id, time: time, user: user, item: item, old: old, new: new,
                              note: note, at: at, undoes: undoes, redoes: redoes)
    }

    /// A JSON value of the kinds a journal line holds.
    enum Value {
        case string(String), number(Double), null
    }

    /// The fields of a record; keys JSONDecoder would ignore are skipped.
    struct Fields {
        var id, time, user, item, old, new, note, at, undoes, redoes: Value?

        /// Sets a field; false for a key given twice.
        mutating func set(_ key: UnsafeRawBufferPointer, _ value: Value) -> Bool {
            func put(_ slot: inout Value?) -> Bool {
                guard slot == nil else { return false }
                slot = value
                return true
            }
            func named(_ name: StaticString) -> Bool {
                key.elementsEqual(UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            }
            if named("id") { return put(&id) }
            if named("time") { return put(&time) }
            if named("user") { return put(&user) }
            if named("item") { return put(&item) }
            if named("old") { return put(&old) }
            if named("new") { return put(&new) }
            if named("note") { return put(&note) }
            if named("at") { return put(&at) }
            if named("undoes") { return put(&undoes) }
            if named("redoes") { return put(&redoes) }
            return true
        }
    }

    /// nil when the value is not one an item can hold; `.some(nil)` when absent or null.
    private static func itemValue(_ v: Value?) -> ItemValue?? {
        switch v {
        case nil, .null?: return .some(nil)
        case .number(let n)?: return .some(.number(n))
        case .string(let s)?: return WorkStatus(rawValue: s).map { .some(.status($0)) }
        }
    }

    private static func optionalString(_ v: Value?) -> String?? {
        switch v {
        case nil, .null?: return .some(nil)
        case .string(let s)?: return .some(s)
        case .number?: return nil
        }
    }

    /// A cursor over the line's bytes, following the JSON grammar (RFC 8259) for the parts it takes.
    struct Reader {
        let bytes: UnsafeRawBufferPointer
        var at = 0

        init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        mutating func object() -> Fields? {
            var fields = Fields()
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return nil }
            skipSpace()
            if !take(UInt8(ascii: "}")) {
                repeat {
                    skipSpace()
                    guard let key = rawString(), !key.contains(UInt8(ascii: "\\")) else { return nil }
                    skipSpace()
                    guard take(UInt8(ascii: ":")) else { return nil }
                    skipSpace()
                    guard let value = value(), fields.set(key, value) else { return nil }
                    skipSpace()
                } while take(UInt8(ascii: ","))
                guard take(UInt8(ascii: "}")) else { return nil }
            }
            skipSpace()
            return at == bytes.count ? fields : nil
        }

        private mutating func value() -> Value? {
            guard at < bytes.count else { return nil }
            switch bytes[at] {
            case UInt8(ascii: "\""):
                return rawString().flatMap(Reader.text).map(Value.string)
            case UInt8(ascii: "n"):
                return literal("null") ? .null : nil
            default:
                return number().map(Value.number)
            }
        }

        /// The bytes between quotes, escapes still in; nil unless the string is closed and
        /// free of raw control characters.
        private mutating func rawString() -> UnsafeRawBufferPointer? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = at
            while at < bytes.count {
                let b = bytes[at]
                if b == UInt8(ascii: "\"") {
                    defer { at += 1 }
                    return UnsafeRawBufferPointer(rebasing: bytes[start..<at])
                }
                if b < 0x20 { return nil }
                at += b == UInt8(ascii: "\\") ? 2 : 1
            }
            return nil
        }

        /// A string's text with escapes resolved; nil for bad UTF-8 or a bad escape.
        static func text(_ raw: UnsafeRawBufferPointer) -> String? {
            guard raw.contains(UInt8(ascii: "\\")) else { return utf8(raw) }
            var out: [UInt8] = []
            out.reserveCapacity(raw.count)
            var i = 0
            while i < raw.count {
                let b = raw[i]
                i += 1
                guard b == UInt8(ascii: "\\") else { out.append(b); continue }
                guard i < raw.count else { return nil }
                let e = raw[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var unit = hex4(raw, &i) else { return nil }
                    var scalar: Unicode.Scalar?
                    if (0xD800...0xDBFF).contains(unit) {
                        guard i + 1 < raw.count, raw[i] == UInt8(ascii: "\\"),
                            raw[i + 1] == UInt8(ascii: "u") else { return nil }
                        i += 2
                        guard let low = hex4(raw, &i), (0xDC00...0xDFFF).contains(low) else { return nil }
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    scalar = Unicode.Scalar(unit)
                    guard let scalar else { return nil }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: return nil
                }
            }
            return out.withUnsafeBytes(utf8)
        }

        private static func utf8(_ bytes: UnsafeRawBufferPointer) -> String? {
            if !bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
            if #available(macOS 15, *) { return String(validating: bytes, as: UTF8.self) }
            return String(bytes: bytes, encoding: .utf8)
        }

        private static func hex4(_ raw: UnsafeRawBufferPointer, _ i: inout Int) -> UInt32? {
            guard i + 4 <= raw.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard let d = hexDigit(raw[i]) else { return nil }
                v = v << 4 | d
                i += 1
            }
            return v
        }

        private static func hexDigit(_ b: UInt8) -> UInt32? {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }

        /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, as a finite Double.
        private mutating func number() -> Double? {
            let start = at
            _ = take(UInt8(ascii: "-"))
            if take(UInt8(ascii: "0")) {
                // a leading zero stands alone
            } else if digits() == 0 {
                return nil
            }
            if take(UInt8(ascii: ".")), digits() == 0 { return nil }
            if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
                if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
                if digits() == 0 { return nil }
            }
            guard let v = Double(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)),
                v.isFinite else { return nil }
            return v
        }

        private mutating func digits() -> Int {
            let start = at
            while at < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) { at += 1 }
            return at - start
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let w = UnsafeRawBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            guard at + w.count <= bytes.count, bytes[at..<at + w.count].elementsEqual(w) else { return false }
            at += w.count
            return true
        }

        private mutating func take(_ b: UInt8) -> Bool {
            guard at < bytes.count, bytes[at] == b else { return false }
            at += 1
            return true
        }

        private mutating func skipSpace() {
            while at < bytes.count {
                switch bytes[at] {
                case 0x20, 0x09, 0x0A, 0x0D: at += 1
                default: return
                }
            }
        }
    }
}
