import Catalogue
import PlanSharing
import PlanStore
import TerminalUI

/// A command's failure for the user: `Plandash.main` prints it as `plandash: <message>` on
/// standard error and exits with status 1.
struct CommandFailure: Error {
    let message: String

    init(_ message: String) { self.message = message }
    init(_ message: Message) { self.message = message.text() }

    /// The line a failure is shown as, or nil for errors ArgumentParser reports itself (usage,
    /// validation, `ExitCode`). A plan that does not load, or a terminal that cannot
    /// be used, is shown as it words itself (file and line, or what the terminal lacks); a
    /// system error no command caught, by its file and the system's reason in the user's language.
    static func line(for error: Error) -> String? {
        switch error {
        case let e as CommandFailure: return "plandash: \(e.message)"
        case let e as StoreError: return "plandash: \(e)"
        case let e as SharingError: return "plandash: " + e.message.text()
        case let e as PlanLoadError: return e.description
        case let e as TerminalError: return e.description
        default: return Message.systemFailure(error).map { "plandash: " + $0.text() }
        }
    }
}
