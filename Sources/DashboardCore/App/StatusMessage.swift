/// A line for the status bar: information, or an error shown so it stands out.
/// It stays until the next key.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }

    public static func info(_ text: String) -> StatusMessage { StatusMessage(text) }
    public static func error(_ text: String) -> StatusMessage { StatusMessage(text, isError: true) }
}
