import Foundation
import Testing
import PlanModel
@testable import PlanStore

/// The fast journal-line reader reads what JSONDecoder reads, and declines the rest.
@Suite struct JournalLineTests {
    let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = Timestamp.parse(text) else { throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: text)) }
            return date
        }
        return d
    }()

    func fast(_ line: String) -> ProgressRecord? {
        Array(line.utf8).withUnsafeBytes { JournalLine.record($0) }
    }

    func slow(_ line: String) -> ProgressRecord? {
        try? decoder.decode(ProgressRecord.self, from: Data(line.utf8))
    }

    let day = CalendarDate(year: 2019, month: 9, day: 30)!

    @Test func readsEveryRecordTheJournalWritesAsJSONDecoderDoes() throws {
        let notes: [String?] = [nil, "省工信厅报送", "quote \" backslash \\ slash / tab \t newline \n", "emoji 🎉 and \u{1}", ""]
        var records: [ProgressRecord] = []
        for (i, note) in notes.enumerated() {
            records.append(ProgressRecord(id: "r\(i)", time: Date(timeIntervalSince1970: 1_570_000_000.123 + Double(i)), user: "长沙",
                                          item: "kw1.t1.i3", old: i == 0 ? nil : .number(-12.5e3), new: i == 1 ? .status(.done) : .number(412.5),
                                          note: note, at: day, undoes: i == 2 ? "r1" : nil, redoes: i == 3 ? "r0" : nil))
        }
        records.append(ProgressRecord(id: "clear", time: Date(timeIntervalSince1970: 1_570_000_100), user: "u", item: "kw1.m1",
                                      old: .status(.inProgress), new: nil, at: day))
        let lines = String(decoding: try Journal.lines(records), as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.count == records.count)
        for line in lines {
            let read = fast(line)
            #expect(read != nil, "declined \(line)")
            #expect(read == slow(line))
        }
    }

    @Test func readsJSONWrittenByHandAsJSONDecoderDoes() {
        let lines = [
            #"  { "user" : "u", "item":"x", "id":"a", "at":"2019-06-30", "time":"2019-07-01T08:00:00.000Z", "new": 1E2, "extra": "ignored", "more": null }  "#,
            #"{"at":"2019-06-30","id":"b","item":"x","new":"in-progress","old":null,"note":"\u7701\u5546\u52a1\u5385 \ud83c\udf89","time":"2019-07-01T08:00:00.000Z","user":"u"}"#,
            #"{"at":"2019-06-30","id":"c","item":"x","new":-0.5,"time":"2019-07-01T08:00:00Z","user":"u"}"#,
        ]
        for line in lines {
            #expect(fast(line) != nil, "declined \(line)")
            #expect(fast(line) == slow(line))
        }
    }

    @Test func declinesWhatItCannotReadExactly() {
        let declined = [
            "", "   ", "<<<<<<< HEAD", "[1]",
            #"{"at":"2019-06-30","id":"a","item":"x","new":"finished","time":"2019-07-01T08:00:00.000Z","user":"u"}"#,
            #"{"at":"2019-06-31","id":"a","item":"x","new":1,"time":"2019-07-01T08:00:00.000Z","user":"u"}"#,
            #"{"at":"2019-06-30","item":"x","new":1,"time":"2019-07-01T08:00:00.000Z","user":"u"}"#,
            #"{"at":"2019-06-30","id":"a","id":"b","item":"x","new":1,"time":"2019-07-01T08:00:00.000Z","user":"u"}"#,
            #"{"at":"2019-06-30","id":"a","item":"x","new":{"v":1},"time":"2019-07-01T08:00:00.000Z","user":"u"}"#,
            #"{"at":"2019-06-30","id":"a","item":"x","new":01,"time":"2019-07-01T08:00:00.000Z","user":"u"}"#,
            #"{"at":"2019-06-30","id":"a","item":"x","new":1,"time":"2019-07-01T08:00:00.000Z","user":"u"} trailing"#,
            #"{"at":"2019-06-30","id":"a","item":"x","new":1,"time":"2019-07-01T08:00:00.000Z","user":"u""#,
            #"{"at":"2019-06-30","id":7,"item":"x","new":1,"time":"2019-07-01T08:00:00.000Z","user":"u"}"#,
        ]
        for line in declined { #expect(fast(line) == nil, "took \(line)") }
    }

    @Test func timestampsRoundTripThroughTheWrittenForm() {
        var seconds = [0.0, 1_570_000_000.123, 1_234_567_890.999, 4_102_444_799.5]
        for n in 0..<1000 { seconds.append(1_546_300_800 + Double(n) * 31_536.001_7) }
        for seconds in seconds {
            let text = Timestamp.format(Date(timeIntervalSince1970: seconds))
            let read = Timestamp.parse(text)
            #expect(read.map(Timestamp.format) == text)
            #expect(abs((read?.timeIntervalSince1970 ?? 0) - seconds) <= 0.001)
        }
    }
}
