import Catalogue
import Yams

/// A Yams error as the user reads it: what went wrong, in the catalogue's words (libyaml's
/// phrases through `Message.yamlReaderPhrase`), and where, 1-based.
struct YAMLErrorWording {
    let line: Int
    let column: Int
    let message: Message

    init(_ error: YamlError) {
        let phrase = Message.yamlReaderPhrase
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let near = context.map { (phrase: phrase($0.text), line: $0.mark.line) }
            self.init(mark.line, mark.column, .malformedYAML(phrase(problem), context: near))
        case .duplicatedKeysInMapping(let duplicates, let context):
            self.init(context.mark.line, context.mark.column, .duplicateKeys(duplicates))
        case .reader(let problem, let offset, _, let yaml):
            let at = offset.map { Self.position(ofCharacter: $0, in: yaml) } ?? (line: 1, column: 1)
            self.init(at.line, at.column, .unreadableText(phrase(problem)))
        case .writer(let problem), .emitter(let problem), .representer(let problem):
            self.init(1, 1, .cannotWriteYAML(phrase(problem)))
        case .dataCouldNotBeDecoded:
            self.init(1, 1, .planFileNotUTF8)
        case .memory:
            self.init(1, 1, .yamlOutOfMemory)
        case .no:
            self.init(1, 1, .yamlFailedUnsaid)
        }
    }

    private init(_ line: Int, _ column: Int, _ message: Message) {
        (self.line, self.column, self.message) = (line, column, message)
    }

    /// The 1-based line and column of the character at `offset` (Yams gives reader errors an
    /// offset in characters, not a position).
    private static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        let before = text.prefix(offset)
        let lineStart = before.lastIndex(where: \.isNewline).map(before.index(after:)) ?? before.startIndex
        return (before.count { $0.isNewline } + 1, before.distance(from: lineStart, to: before.endIndex) + 1)
    }
}
