import Catalogue

/// A line for the status bar: information, or an error shown so it stands out.
/// It stays until the next key.
public struct StatusMessage: Sendable, Equatable {
    public var message: Message
    public var isError: Bool

    public init(_ message: Message, isError: Bool = false) {
        self.message = message
        self.isError = isError
    }

    /// The text in the process's language.
    public var text: String { message.text() }

    public static func info(_ message: Message) -> StatusMessage { StatusMessage(message) }
    public static func error(_ message: Message) -> StatusMessage { StatusMessage(message, isError: true) }
}
