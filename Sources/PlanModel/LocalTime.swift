import Catalogue
import Foundation

/// How recorded moments are shown: `YYYY-MM-DD HH:MM` in the reader's zone. The zone is `TZ`
/// when set to anything but UTC; Asia/Shanghai when `TZ` is unset or UTC and the language is
/// Chinese; else the host's zone. A UTC zone is marked `Z`. The journal itself keeps UTC.
public struct LocalTime: Sendable {
    public let zone: TimeZone

    public init(zone: TimeZone) { self.zone = zone }

    /// The zone an environment asks for, by the rule above.
    public init(environment env: [String: String], language: Language) {
        let tz = env["TZ"].map { $0.hasPrefix(":") ? String($0.dropFirst()) : $0 } ?? ""
        if !tz.isEmpty, !LocalTime.isUTC(tz), let asked = TimeZone(identifier: tz) {
            zone = asked
        } else if language == .zh {
            zone = TimeZone(identifier: "Asia/Shanghai")!
        } else if !tz.isEmpty {
            zone = TimeZone(identifier: "UTC")!
        } else {
            zone = TimeZone.current
        }
    }

    /// The zone of this process, read once.
    public static let current = LocalTime(environment: ProcessInfo.processInfo.environment, language: .process)

    /// UTC, for machine formats that print moments.
    public static let utc = LocalTime(zone: TimeZone(identifier: "UTC")!)

    static func isUTC(_ name: String) -> Bool {
        ["UTC", "UTC0", "ETC/UTC", "GMT", "GMT0", "ETC/GMT", "UCT", "ZULU", "UNIVERSAL"].contains(name.uppercased())
    }

    /// `date` as `YYYY-MM-DD HH:MM` in the zone (`…Z` when the zone is UTC).
    public func minute(_ date: Date) -> String {
        let offset = zone.secondsFromGMT(for: date)
        let t = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let day = CalendarDate(dayNumber: t >= 0 ? t / 86_400 : (t - 86_399) / 86_400)
        let secs = ((t % 86_400) + 86_400) % 86_400
        let hh = secs / 3600, mm = (secs % 3600) / 60
        let utc = offset == 0 && LocalTime.isUTC(zone.identifier)
        return "\(day) \(hh < 10 ? "0" : "")\(hh):\(mm < 10 ? "0" : "")\(mm)\(utc ? "Z" : "")"
    }
}
