import Catalogue
import Foundation

/// The state of a milestone or a measure.
public enum WorkStatus: String, Sendable, CaseIterable, Codable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case done

    /// The next state in the Space-key cycle: not started → in progress → done → not started.
    public var next: WorkStatus {
        switch self {
        case .notStarted: return .inProgress
        case .inProgress: return .done
        case .done: return .notStarted
        }
    }

    /// How a milestone in this state counts toward completion (0 / 50 / 100 %).
    public var fraction: Double {
        switch self {
        case .notStarted: return 0
        case .inProgress: return 0.5
        case .done: return 1
        }
    }

    /// 未开始, 推进中 or 已完成 (not started, in progress, done).
    public var message: Message {
        switch self {
        case .notStarted: return .workNotStarted
        case .inProgress: return .workInProgress
        case .done: return .workDone
        }
    }

    /// The label shown in screens and reports, in the reader's language.
    public var label: String { message.text() }
}

/// A reported value: a figure for a numeric indicator, a status for a milestone or measure.
public enum ItemValue: Sendable, Equatable, Codable, CustomStringConvertible {
    case number(Double)
    case status(WorkStatus)

    public var number: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    public var status: WorkStatus? {
        if case .status(let s) = self { return s }
        return nil
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else {
            let text = try c.decode(String.self)
            guard let s = WorkStatus(rawValue: text) else {
                throw DecodingError.dataCorruptedError(in: c,
                    debugDescription: Message.expectedValue(text).text())
            }
            self = .status(s)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let n): try c.encode(n)
        case .status(let s): try c.encode(s.rawValue)
        }
    }

    public var description: String {
        switch self {
        case .number(let n): return NumberText.format(n)
        case .status(let s): return s.label
        }
    }
}

/// One line of a progress journal: a change to one item, who made it, when, and for which day.
public struct ProgressRecord: Sendable, Equatable, Codable, Identifiable {
    /// Unique across machines, so merged journals drop duplicates.
    public var id: String
    /// When the change was recorded.
    public var time: Date
    public var user: String
    /// The indicator or measure id.
    public var item: String
    public var old: ItemValue?
    /// The new value; nil clears the item back to unreported.
    public var new: ItemValue?
    public var note: String?
    /// The day the value stands for ("as of"); views as of an earlier day do not see it.
    public var at: CalendarDate
    /// Set on a compensating record: the id of the record it undoes.
    public var undoes: String?
    /// Set on a record that re-applies an undone record: the id of that record.
    public var redoes: String?

    public init(id: String, time: Date, user: String, item: String, old: ItemValue?, new: ItemValue?,
                note: String? = nil, at: CalendarDate, undoes: String? = nil, redoes: String? = nil) {
        self.id = id
        self.time = time
        self.user = user
        self.item = item
        self.old = old
        self.new = new
        self.note = note
        self.at = at
        self.undoes = undoes
        self.redoes = redoes
    }

    /// The order of replay: by effective day, then by time recorded, then by id, so every
    /// machine replays merged journals the same way.
    public static func replayOrder(_ a: ProgressRecord, _ b: ProgressRecord) -> Bool {
        if a.at != b.at { return a.at < b.at }
        if a.time != b.time { return a.time < b.time }
        return a.id < b.id
    }
}
