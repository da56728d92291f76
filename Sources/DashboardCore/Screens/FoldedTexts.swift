import PlanModel

/// Texts folded for matching (full-width to half-width, traditional to simplified, lowercased),
/// held as UTF-8 one after another with, for each scalar, the texts holding it: a keystroke
/// looks only at the texts holding the query's rarest scalar. Built once per plan.
struct FoldedTexts: Sendable {
    /// Text `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// Postings in a table for scalars below `tableLimit`, in a dictionary beyond.
    private let table: [[Int]]
    private let other: [UInt32: [Int]]

    init(_ texts: [String], tableLimit: Int = 0x10000) {
        var bytes: [UInt8] = []
        var starts = [0]
        var table = [[Int]](repeating: [], count: tableLimit)
        var other: [UInt32: [Int]] = [:]
        for (i, text) in texts.enumerated() {
            FoldedTexts.fold(text) { scalar in
                UTF8.encode(scalar) { bytes.append($0) }
                let v = scalar.value
                if v < tableLimit {
                    if table[Int(v)].last != i { table[Int(v)].append(i) }
                } else if other[v]?.last != i {
                    other[v, default: []].append(i)
                }
            }
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
        self.table = table
        self.other = other
    }

    /// `text` folded scalar by scalar: full-width forms and the traditional characters of
    /// `ChineseFolding` to their plain forms, then lowercased as `String.lowercased()` does
    /// (ASCII and CJK, which has no case, directly; other scalars by their mapping).
    static func fold(_ text: String, _ each: (Unicode.Scalar) -> Void) {
        for c in text {
            for scalar in ChineseFolding.fold(c).unicodeScalars {
                let v = scalar.value
                if v < 0x80 {
                    each(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar)
                } else if (0x3400...0x9FFF).contains(v) || !scalar.properties.changesWhenLowercased {
                    each(scalar)
                } else {
                    scalar.properties.lowercaseMapping.unicodeScalars.forEach(each)
                }
            }
        }
    }

    /// The query folded, split into its space-separated terms, each as UTF-8.
    static func terms(_ query: String) -> [[UInt8]] {
        var terms: [[UInt8]] = [[]]
        fold(query) { scalar in
            if scalar.properties.isWhitespace {
                if !terms[terms.count - 1].isEmpty { terms.append([]) }
            } else {
                UTF8.encode(scalar) { terms[terms.count - 1].append($0) }
            }
        }
        return terms.filter { !$0.isEmpty }
    }

    /// The texts holding every scalar of `terms`, in order (the postings of the rarest one).
    func candidates(_ terms: [[UInt8]]) -> [Int] {
        var best: [Int]?
        for term in terms {
            for scalar in String(decoding: term, as: UTF8.self).unicodeScalars {
                let v = scalar.value
                let holding = v < table.count ? table[Int(v)] : other[v] ?? []
                if holding.count < best?.count ?? .max { best = holding }
            }
        }
        return best ?? []
    }

    /// Whether text `i` holds `pattern` (folded UTF-8) as it is.
    func contains(_ i: Int, _ pattern: [UInt8]) -> Bool {
        let end = starts[i + 1] - pattern.count
        var at = starts[i]
        while at <= end {
            if bytes[at] == pattern[0], bytes[at..<at + pattern.count].elementsEqual(pattern) { return true }
            at += 1
        }
        return false
    }

    /// Whether text `i` holds `pattern`'s scalars in order, with others between (发改 in 发展改革委).
    func holdsInOrder(_ i: Int, _ pattern: [UInt8]) -> Bool {
        let scalars = Array(String(decoding: pattern, as: UTF8.self).unicodeScalars)
        var next = 0
        let text = String(decoding: bytes[starts[i]..<starts[i + 1]], as: UTF8.self)
        for scalar in text.unicodeScalars where next < scalars.count {
            if scalar == scalars[next] { next += 1 }
        }
        return next == scalars.count
    }
}
