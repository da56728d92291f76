import Catalogue
import PlanModel
import PlanReports
import TestSupport
import Testing

@Suite(.language(.zh)) struct StandingTests {
    @Test func timeElapsedIsTheShareOfTheYearGone() {
        func elapsed(_ day: String, year: Int = 2019) -> Double { Standing.timeElapsed(year: year, asOf: CalendarDate(iso: day)!) }
        #expect(elapsed("2019-06-30") == 181.0 / 365)
        #expect(elapsed("2019-01-01") == 1.0 / 365)
        #expect(elapsed("2019-12-31") == 1)
        #expect(elapsed("2020-03-31") == 1)
        #expect(elapsed("2018-12-31") == 0)
        #expect(elapsed("2020-02-29", year: 2020) == 60.0 / 366)
    }

    @Test func fixtureTargetsAtTheHalfYear() {
        let b = Bulletin(Fixtures.status("2019-06-30"))
        let standing = Dictionary(uniqueKeysWithValues: b.targets.map { ($0.target.id, $0.standing) })
        // 出台 in progress (on track until 2019年底), but 261.3/550 亿元 (47.5%) is a cumulative figure below
        // time elapsed (49.6%): behind, whatever the other indicators.
        #expect(standing["kw1.t1"] == .behind)
        // 23 of 50 institutions: 46% when half the year (50%) is gone.
        #expect(standing["kw1.t3"] == .behind)
        // 企业年报率 88.2% of 85%, but 双随机抽查 not reported.
        #expect(standing["sg6.t1"] == .onTrack)
        #expect(standing["sg1.t1"] == .reached)
        #expect(standing["fd1.t1"] == .notReported)
        // sg2.m2 is due 2019年6月底 and not done by the end of that day.
        #expect(b.measures(.overdue).map(\.measure.id) == ["sg2.m2"])
        #expect(b.measures(.dueSoon).isEmpty)
    }

    @Test func chineseNumerals() {
        #expect([1, 2, 9, 10, 11, 18, 20, 21, 99].map(ChineseNumeral.text) == ["一", "二", "九", "十", "十一", "十八", "二十", "二十一", "九十九"])
        #expect(ChineseNumeral.text(100) == "100")
        #expect(ChineseNumeral.section(3, "落实六大保障措施") == "三、落实六大保障措施")
        #expect(ChineseNumeral.task(2, "升级流通服务水平") == "（二）升级流通服务水平")
    }
}
