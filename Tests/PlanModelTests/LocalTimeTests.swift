import Foundation
import PlanModel
import Testing

@Suite struct LocalTimeTests {
    /// 2026-12-01 21:30 UTC.
    static let moment = Date(timeIntervalSince1970: 1_796_160_600)

    @Test func chineseReadersWithoutAZoneSeeBeijingTime() {
        for env in [[:], ["TZ": "UTC"], ["TZ": ":Etc/UTC"], ["TZ": ""]] {
            let time = LocalTime(environment: env, language: .zh)
            #expect(time.zone.identifier == "Asia/Shanghai")
            #expect(time.minute(Self.moment) == "2026-12-02 05:30")
        }
    }

    @Test func anAskedZoneWins() {
        let berlin = LocalTime(environment: ["TZ": "Europe/Berlin"], language: .zh)
        #expect(berlin.minute(Self.moment) == "2026-12-01 22:30")
        let english = LocalTime(environment: ["TZ": "America/New_York"], language: .en)
        #expect(english.minute(Self.moment) == "2026-12-01 16:30")
    }

    @Test func englishReadersInUTCSeeUTCMarked() {
        #expect(LocalTime(environment: ["TZ": "UTC"], language: .en).minute(Self.moment) == "2026-12-01 21:30Z")
        #expect(LocalTime.utc.minute(Self.moment) == "2026-12-01 21:30Z")
    }
}
