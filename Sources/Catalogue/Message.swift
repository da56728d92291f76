/// One human-facing text, in Chinese and in English. Every status line, prompt, warning,
/// error, command output and report label is a `Message` made by a catalogue function
/// (`Message.Editing…`, one file per area in this folder); code passes messages, not strings,
/// and turns them into text only where they are shown.
public struct Message: Sendable, Equatable, CustomStringConvertible {
    /// The Chinese text.
    public let zh: String
    /// The English text.
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in a language.
    public func text(_ language: Language = .current) -> String {
        language == .en ? en : zh
    }

    /// The text in the process's language.
    public var description: String { text() }

    /// Two messages one after the other (each language joined with its own separator).
    public static func + (a: Message, b: Message) -> Message {
        Message(zh: a.zh + b.zh, en: a.en + b.en)
    }

    /// Text that is the same in both languages (an id, a number, a file name).
    public static func verbatim(_ text: String) -> Message {
        Message(zh: text, en: text)
    }
}
