import Foundation

/// The string literals of a Swift source file, found as the compiler would split them from code
/// and comments: `"…"`, `"""…"""` and raw `#"…"#`, each with the line it starts on.
struct SourceLiteral: Equatable {
    let line: Int
    /// Where the literal starts and ends in the source, in Unicode scalars, delimiters included.
    let start: Int
    let end: Int
    /// The literal's text as written, escapes and interpolations included.
    let text: String
    /// The text without its interpolations (`\(…)` becomes a space): what is fixed wording.
    var wording: String {
        var out = ""
        var depth = 0
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if depth == 0, c == "\\", chars.first == "(" {
                chars.removeFirst()
                depth = 1
                out.append(" ")
            } else if depth > 0 {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func all(in source: String) -> [SourceLiteral] {
        let s = Array(source.unicodeScalars)
        var found: [SourceLiteral] = []
        var i = 0
        var i0 = 0
        var line = 1
        func starts(_ text: String, at k: Int) -> Bool {
            let t = Array(text.unicodeScalars)
            return k + t.count <= s.count && Array(s[k..<k + t.count]) == t
        }
        func text(_ from: Int, _ to: Int) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: s[from..<min(to, s.count)])
            return String(v)
        }
        while i < s.count {
            if s[i] == "\n" {
                line += 1
                i += 1
            } else if starts("//", at: i) {
                while i < s.count, s[i] != "\n" { i += 1 }
            } else if starts("/*", at: i) {
                i += 2
                while i < s.count, !starts("*/", at: i) {
                    if s[i] == "\n" { line += 1 }
                    i += 1
                }
                i += 2
            } else if s[i] == "#" || s[i] == "\"" {
                var hashes = 0
                while i + hashes < s.count, s[i + hashes] == "#" { hashes += 1 }
                guard i + hashes < s.count, s[i + hashes] == "\"" else {
                    i += max(hashes, 1)
                    continue
                }
                let close = "\"" + String(repeating: "#", count: hashes)
                let startLine = line
                if starts("\"\"\"", at: i + hashes) {
                    var j = i + hashes + 3
                    while j < s.count, !starts("\"\"" + close, at: j) {
                        if s[j] == "\n" { line += 1 }
                        j += 1
                    }
                    i0 = i
                    i = j + 2 + close.unicodeScalars.count
                    found.append(SourceLiteral(line: startLine, start: i0, end: i, text: text(i0 + hashes + 3, j)))
                } else {
                    var j = i + hashes + 1
                    var depth = 0
                    while j < s.count, s[j] != "\n" {
                        if hashes == 0, s[j] == "\\" {
                            if j + 1 < s.count, s[j + 1] == "(" { depth += 1 }
                            j += 2
                            continue
                        }
                        if depth > 0 {
                            if s[j] == "(" { depth += 1 } else if s[j] == ")" { depth -= 1 }
                        } else if starts(close, at: j) {
                            break
                        }
                        j += 1
                    }
                    i0 = i
                    i = j + close.unicodeScalars.count
                    found.append(SourceLiteral(line: startLine, start: i0, end: i, text: text(i0 + hashes + 1, j)))
                }
            } else {
                i += 1
            }
        }
        return found
    }
}

/// What makes a literal human-facing: Chinese characters, CJK punctuation or full-width forms, or
/// an English phrase (two words of two or more letters separated by spaces).
enum HumanText {
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0x3400...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }

    static func hasChinese(_ text: String) -> Bool { text.unicodeScalars.contains(where: isChinese) }

    /// Two runs of two or more ASCII letters with only spaces between them.
    static func hasEnglishPhrase(_ text: String) -> Bool {
        var previousRun = 0  // length of the last letter run, while only spaces followed it
        var run = 0
        var spaced = false
        for scalar in text.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) {
                run += 1
                continue
            }
            if run > 0 {
                if previousRun >= 2, spaced, run >= 2 { return true }
                previousRun = run
                run = 0
                spaced = false
            }
            if scalar == " ", previousRun > 0 { spaced = true } else { previousRun = 0 }
        }
        return previousRun >= 2 && spaced && run >= 2
    }

    static func isHumanFacing(_ literal: SourceLiteral) -> Bool {
        let wording = literal.wording
        return hasChinese(wording) || hasEnglishPhrase(wording)
    }
}
