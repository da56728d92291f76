import Foundation
import PlanModel

/// ISO 8601 times with milliseconds in UTC, as journal records write them.
public enum Timestamp {
    public static func format(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true)
            .timeZone(separator: .omitted))
    }

    public static func parse(_ text: String) -> Date? {
        if let d = parseWritten(text) { return d }
        if let d = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return d }
        return try? Date.ISO8601FormatStyle().parse(text)
    }

    /// Reads the exact form `format` writes (`2019-10-03T09:00:00.000Z`) directly: the
    /// format style's parser costs microseconds a line, which large journals cannot afford.
    /// The time read is the middle of the written millisecond, so writing it again gives the
    /// same text (`format` drops what is below a millisecond).
    private static func parseWritten(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { b -> Date? in
            guard b.count == 24, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
                  b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "."),
                      b[23] == UInt8(ascii: "Z")
            else { return nil }
            func number(_ from: Int, _ count: Int) -> Int? {
                var v = 0
                for i in from..<(from + count) {
                    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[i]) else { return nil }
                    v = v * 10 + Int(b[i] - UInt8(ascii: "0"))
                }
                return v
            }
            guard let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2), let day = CalendarDate(year: y,
                month: mo, day: d),
                  let h = number(11, 2), h < 24, let mi = number(14, 2), mi < 60, let s = number(17, 2), s < 60,
                  let ms = number(20, 3) else { return nil }
            let seconds = day.dayNumber * 86_400 + h * 3600 + mi * 60 + s
            return Date(timeIntervalSinceReferenceDate: Double(seconds - 978_307_200) + (Double(ms) + 0.5) / 1000)
        }
    }
}
