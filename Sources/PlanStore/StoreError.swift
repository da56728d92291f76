import PlanModel

/// A store failure with a message meant for the user: one terminal-safe line, whatever text
/// from a plan, journal or command line it quotes.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = TerminalSafe.text(description) }
}
