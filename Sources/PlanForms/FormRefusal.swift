import Catalogue

/// Why a whole returned file cannot be read or collected.
public struct FormRefusal: Error, Sendable, Equatable {
    public var message: Message
    public init(_ message: Message) { self.message = message }
}
