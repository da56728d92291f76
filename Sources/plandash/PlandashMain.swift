import ArgumentParser

extension Plandash {
    /// The one way out: a command's failure is printed once, here, through `Console` (made
    /// terminal-safe) and ends with status 1; everything else ends as ArgumentParser ends it.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard let line = CommandFailure.line(for: error) else { exit(withError: error) }
            Console.error(line)
            exit(withError: ExitCode(1))
        }
    }
}
