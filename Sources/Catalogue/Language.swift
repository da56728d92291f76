import Foundation

/// The language every human-facing text is shown in: Chinese by default, English when
/// `PLANDASH_LANG=en`, or when `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set, as the C
/// library reads them) starts with `en`.
public enum Language: String, Sendable, CaseIterable {
    case zh, en

    /// The language texts are shown in: the one a test or a caller set for the current task with
    /// `Language.$chosen.withValue(.en) { … }`, else the process's.
    public static var current: Language { chosen ?? process }

    /// The language of this process, read once from the environment.
    public static let process = Language(environment: ProcessInfo.processInfo.environment)

    /// A language set for the current task and its children (screen and output tests render both
    /// languages in one process this way).
    @TaskLocal public static var chosen: Language?

    /// The language an environment asks for.
    public init(environment env: [String: String]) {
        if let asked = env["PLANDASH_LANG"], !asked.isEmpty {
            self = asked.lowercased().hasPrefix("en") ? .en : .zh
            return
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { env[$0] }.first { !$0.isEmpty } ?? ""
        self = locale.hasPrefix("en") ? .en : .zh
    }
}
