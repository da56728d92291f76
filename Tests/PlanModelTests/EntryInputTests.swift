import Catalogue
import Testing
@testable import PlanModel

/// Issue 11, cases 4, 5 and 8: what a typed value or day may be.
@Suite struct EntryInputTests {
    let revenue = Indicator(id: "r", name: "软件业务收入", kind: .quantity, goal: .atLeast(550), unit: "亿元")
    let growth = Indicator(id: "g", name: "增长", kind: .growth, goal: .atLeast(10), unit: "%")
    let share = Indicator(id: "s", name: "占比", kind: .share, goal: .atLeast(40), unit: "%")

    func item(_ ind: Indicator) -> PlanIndex.Item { .indicator(ind, task: PlanIndex.TaskPath(section: 0, task: 0), target: 0) }

    @Test(arguments: ["1,2", "1,23,4", "1,0000", "12,34.5", "1234,567"])
    func separatorsOutsideGroupsOfThreeAreRefused(text: String) {
        #expect(ValueInput.figure(text, unit: "亿元") == .failure(.badGrouping(text)))
        #expect(ValueInput.Problem.badGrouping(text).message.text(.en).contains("groups of three"))
    }

    @Test(arguments: [("1,000", 1000.0), ("12,345.6", 12345.6), ("1,234,567亿元", 1_234_567), ("１２", 12), ("１，０００", 1000), ("１２．５亿元", 12.5), (".5", 0.5), ("+7", 7)])
    func groupsOfThreeAndFullWidthFormsAreRead(text: String, value: Double) {
        #expect(ValueInput.figure(text, unit: "亿元") == .success(value))
    }

    @Test func negativesOnlyForGrowthRates() {
        #expect(ValueInput.value("－3％", for: item(growth)) == .success(.number(-3)))
        #expect(ValueInput.value("-3%", for: item(growth)) == .success(.number(-3)))
        #expect(ValueInput.value("-5", for: item(revenue)) == .failure(.negative("-5")))
        #expect(ValueInput.value("-5%", for: item(share)) == .failure(.negative("-5%")))
    }

    @Test func scientificNotationAndOverlongFiguresAreRefusedWithTheirReason() {
        #expect(ValueInput.figure("1e999", unit: "亿元") == .failure(.scientific("1e999")))
        #expect(ValueInput.figure("1E3", unit: "亿元") == .failure(.scientific("1E3")))
        #expect(ValueInput.figure("99999999999999999999", unit: "亿元") == .failure(.tooManyDigits("99999999999999999999")))
        #expect(ValueInput.figure("999999999999999", unit: "亿元") == .success(999_999_999_999_999))
        #expect(ValueInput.Problem.scientific("1e999").message.text(.en).contains("plain decimal"))
    }

    @Test func farAboveTheGoalOrAShareAbove100NeedsConfirmation() {
        #expect(ValueInput.entry("55000", for: item(revenue)) == .accepted(.number(55000)))
        guard case .needsConfirmation(let v, let reason) = ValueInput.entry("55001", for: item(revenue)) else {
            Issue.record("55001亿元 against a goal of 550 should ask first")
            return
        }
        #expect(v == .number(55001))
        #expect(reason.text(.en).contains("100 times the goal 550亿元"))
        #expect(ValueInput.entry("100%", for: item(share)) == .accepted(.number(100)))
        #expect(ValueInput.entry("100.5%", for: item(share)).value == .number(100.5))
        #expect(ValueInput.entry("100.5%", for: item(share)) != .accepted(.number(100.5)))
        #expect(ValueInput.entry("1,2", for: item(share)) == .refused(.badGrouping("1,2")))
    }

    @Test func figuresPrintAsPlainDecimals() {
        #expect(NumberText.format(1e20) == "100000000000000000000")
        #expect(NumberText.format(-2.5e16) == "-25000000000000000")
        #expect(NumberText.format(1234567890123.45) == "1234567890123.45")
        #expect(NumberText.format(1e300).contains("e") == false)
        #expect(NumberText.format(412.5) == "412.5")
        #expect(NumberText.format(0.000001, maxFractionDigits: 6) == "0.000001")
    }

    @Test func datesHaveFourDigitYearsAndAreWrittenZeroPadded() {
        for bad in ["999-12-31", "+999-06-30", "0000-01-01", "0999-12-31", "19-09-30", "2019-9-30", "２０１９-09-30", "20190-09-30"] {
            #expect(CalendarDate(iso: bad) == nil, "\(bad) should be refused")
        }
        #expect(CalendarDate(iso: "1000-01-01")?.description == "1000-01-01")
        #expect(CalendarDate(year: 5, month: 1, day: 2)?.description == "0005-01-02")
        #expect(CalendarDate(iso: "2019-09-30")?.description == "2019-09-30")
    }

    @Test func aDayOutsideThePlansSpanNeedsConfirmation() {
        let info = PlanInfo(id: "p", title: "t", document: "d", issuer: "i", issued: CalendarDate(iso: "2019-04-24")!, year: 2019)
        #expect(info.outsideSpan(CalendarDate(iso: "2019-04-24")!) == nil)
        #expect(info.outsideSpan(CalendarDate(iso: "2020-12-31")!) == nil)
        #expect(info.outsideSpan(CalendarDate(iso: "2021-01-01")!)?.text(.en).contains("2019-04-24 to 2020-12-31") == true)
        #expect(info.outsideSpan(CalendarDate(iso: "2019-04-23")!) != nil)
        #expect(info.outsideSpan(CalendarDate(year: 1, month: 1, day: 1)!) != nil)
    }
}
