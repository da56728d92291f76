import Foundation
import Synchronization

// not messages: polyphone words the pinyin transform reads wrongly (a table of input vocabulary)

/// Hanyu pinyin of Chinese text, for sorting names and matching typed pinyin: each Han
/// character's syllable (tone marks stripped) from Foundation's Mandarin-to-Latin transform,
/// with the words it reads wrongly in plan texts fixed (长沙 is cháng, 银行 is háng, 地方 is dì).
/// Each character is transformed once per process; later texts only look it up.
public struct Pinyin: Sendable, Equatable {
    /// One per character of the text: a Han character's syllable ("shang"), any other
    /// character lowercased as it is.
    public let syllables: [String]
    /// Whether each syllable came from a Han character.
    public let isHan: [Bool]

    public init(_ text: String) {
        let characters = Array(text)
        var syllables: [String] = []
        var isHan: [Bool] = []
        syllables.reserveCapacity(characters.count)
        for c in characters {
            if Pinyin.isHan(c) {
                syllables.append(Pinyin.syllable(c))
                isHan.append(true)
            } else {
                syllables.append(c.lowercased())
                isHan.append(false)
            }
        }
        for (word, readings) in Pinyin.words {
            let letters = Array(word)
            var at = 0
            while at + letters.count <= characters.count {
                if characters[at..<at + letters.count].elementsEqual(letters) {
                    syllables.replaceSubrange(at..<at + letters.count, with: readings)
                    at += letters.count
                } else {
                    at += 1
                }
            }
        }
        self.syllables = syllables
        self.isHan = isHan
    }

    /// The whole pinyin without spaces: 省商务厅 → "shengshangwuting".
    public var full: String { syllables.joined() }

    /// The first letter of each Han syllable, other characters as they are: 省发展改革委 → "sfzggw".
    public var initials: String {
        zip(syllables, isHan).map { $0.1 ? String($0.0.prefix(1)) : $0.0 }.joined()
    }

    /// A key that sorts names in pinyin order (syllable by syllable, 长沙 under c).
    public var sortKey: String { syllables.joined(separator: " ") }

    /// Names in pinyin order: indices into `names`, ties in their given order.
    public static func order(_ names: [String]) -> [Int] {
        let keys = names.map { Pinyin($0).sortKey }
        return keys.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            if names[a] != names[b] { return names[a] < names[b] }
            return a < b
        }
    }

    static func isHan(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return false }
        return (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFF).contains(v)
    }

    private static let cache = Mutex<[Character: String]>([:])

    private static func syllable(_ c: Character) -> String {
        if let known = cache.withLock({ $0[c] }) { return known }
        let latin = String(c).applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)?.lowercased() ?? String(c)
        let syllable = latin.filter { !$0.isWhitespace }
        cache.withLock { $0[c] = syllable }
        return syllable
    }

    /// Words whose characters the transform reads otherwise: 长 as zhǎng, 行 as xíng, 地 as de.
    static let words: [(String, [String])] = [
        ("长沙", ["chang", "sha"]), ("长株潭", ["chang", "zhu", "tan"]), ("长江", ["chang", "jiang"]),
        ("长期", ["chang", "qi"]), ("长效", ["chang", "xiao"]), ("长远", ["chang", "yuan"]),
        ("银行", ["yin", "hang"]), ("支行", ["zhi", "hang"]), ("分行", ["fen", "hang"]), ("行业", ["hang", "ye"]),
        ("地方", ["di", "fang"]), ("重庆", ["chong", "qing"]),
    ]
}
