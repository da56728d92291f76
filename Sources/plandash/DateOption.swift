import ArgumentParser
import Catalogue
import PlanModel

extension CalendarDate {
    /// Reads the date an option names (`--as-of`, `--at`): YYYY-MM-DD, or the catalogue's error
    /// naming the option and what was found. A transform rather than `ExpressibleByArgument`,
    /// whose failure ArgumentParser words itself ("The value … is invalid"), in English only.
    static func option(_ name: String) -> @Sendable (String) throws -> CalendarDate {
        { text in
            guard let day = CalendarDate(iso: text) else {
                throw ValidationError(Message.setBadDate(name, TerminalSafe.text(text)).text())
            }
            return day
        }
    }
}
