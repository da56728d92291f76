import ArgumentParser
import Catalogue

extension Plandash {
    /// The one way out: a command's failure is printed once, here, through `Console` (made
    /// terminal-safe) and ends with status 1. Help and ArgumentParser's usage errors are worded
    /// in the user's language (`ParserWording`); everything else ends as ArgumentParser ends it.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if let line = CommandFailure.line(for: error) {
                Console.error(line)
                exit(withError: ExitCode(1))
            }
            guard Language.current == .zh, !(error is ExitCode) else { exit(withError: error) }
            let code = exitCode(for: error)
            let full = fullMessage(for: error)
            if code == .success {
                // Unwrapped by ArgumentParser (it counts characters), wrapped here by display columns.
                let help = ParserWording.help(fullMessage(for: error, columns: Int(Int32.max)))
                print(HelpLayout.fitted(help, width: HelpLayout.terminalWidth))
            } else if code == .validationFailure {
                Console.error(ParserWording.usageError(full: full, message: message(for: error)))
            } else if !full.isEmpty {
                Console.error(Message.errorLine(message(for: error)).text())
            }
            exit(withError: ExitCode(code.rawValue))
        }
    }
}
