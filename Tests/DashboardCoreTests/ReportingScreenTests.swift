import DashboardCore
import PlanModel
import TestSupport
import Testing

@Suite(.language(.zh)) struct ReportingScreenTests {
    static let round = ReportingRound(plan: Fixture.plan, ledger: Fixture.ledger(), period: Fixture.plan.reportingPeriod(at: Fixture.yearEnd))

    /// The units on screen, top to bottom.
    static func units(_ lines: [String]) -> [String] {
        let names = Set(round.units.map(\.unit))
        return lines.dropFirst(3).compactMap { line in
            let name = line.dropFirst(2).split(separator: " ").first.map(String.init) ?? ""
            return names.contains(name) ? name : nil
        }
    }

    @Test func rFromAnywhereOpensTheRoundMostMissingFirst() {
        for size in [(120, 40), (80, 24)] {
            for keys: [Key] in [[], [.char("o")], [.char("d"), .enter]] {
                let s = Fixture.state(size.0, size.1, keys: keys + [.char("r")])
                let lines = Fixture.lines(s)
                Fixture.expectExactSize(lines, size.0, size.1)
                #expect(lines[0].contains("报送情况 2019Q4（2019-10-01 至 2019-12-31，报送截止"))
                let late = Self.round.units.filter(\.isLate).count
                #expect(lines[1].contains("\(Self.round.units.count) 个单位：\(Self.round.units.count - late) 个已报齐，\(late) 个未报齐"))
                let shown = Self.units(lines)
                #expect(shown == Array(Self.round.units.map(\.unit).prefix(shown.count)))
                let missing = shown.map { n in Self.round.standing(of: n)!.missingCount }
                #expect(missing == missing.sorted(by: >))
                #expect(Fixture.focusedLine(lines)?.contains(Self.round.units[0].unit) == true)
            }
        }
    }

    @Test func rowsShowDueReportedMissingAndLastReported() throws {
        var s = Fixture.state(120, 40, keys: [.char("r")])
        // A unit that reported something this period (the fixture's records are all sent at 2019-10-02 07:06 UTC).
        let reporter = try #require(Self.round.units.first { !$0.reported.isEmpty })
        while Fixture.focusedLine(Fixture.lines(s))?.contains(reporter.unit + " ") != true { _ = s.handle(.down) }
        let row = Fixture.focusedLine(Fixture.lines(s))!
        let figures = row.split(separator: " ").dropFirst(2).prefix(3).map(String.init)
        #expect(figures == ["\(reporter.due.count)", "\(reporter.reported.count)", "\(reporter.missingCount)"])
        // Shown in the reader's zone: Beijing time when TZ is unset or UTC and the language is Chinese.
        // In the reader's zone: 2019-10-02 15:06 in Beijing, when TZ is unset or UTC and the language is Chinese.
        #expect(row.contains(LocalTime.current.minute(try #require(reporter.lastReported))))
        let silent = try #require(Self.round.units.first { $0.lastReported == nil })
        #expect(Fixture.lines(Fixture.state(120, 40, keys: [.char("r")])).first { $0.contains(silent.unit + " ") }?.contains("从未") == true)
    }

    @Test func lateUnitsAreInRed() throws {
        let s = Fixture.state(120, 40, keys: [.char("r")], colors: true)
        let lines = Fixture.lines(s)
        let grid = s.render(width: 120, height: 40)
        // Not the first unit: the selected row shows in reverse video.
        let late = try #require(Self.round.units.dropFirst().first { $0.isLate })
        let y = try #require(lines.firstIndex { $0.hasPrefix("  \(late.unit) ") })
        #expect(grid[2, y].style.fg == .red)
        if let done = Self.round.units.first(where: { !$0.isLate }), let y = lines.firstIndex(where: { $0.hasPrefix("  \(done.unit) ") }) {
            #expect(grid[2, y].style.fg != .red)
        }
    }

    @Test func enterListsTheMissingItemsAndEnterOpensOneOnTheItem() throws {
        var s = Fixture.state(120, 40, keys: [.char("r"), .char("j")])
        let unit = Self.round.units[1]
        _ = s.handle(.enter)
        var lines = Fixture.lines(s)
        Fixture.expectExactSize(lines, 120, 40)
        #expect(lines[0].contains("\(unit.unit) 未报事项 2019Q4"))
        #expect(lines[1].contains("应报 \(unit.due.count) 项 · 已报 \(unit.reported.count) 项 · 未报 \(unit.missingCount) 项"))
        let ids = lines.dropFirst(3).compactMap { line in unit.missing.first { line.contains(" \($0.id) ") }?.id }
        #expect(ids == Array(unit.missing.map(\.id).prefix(ids.count)))
        #expect(!ids.isEmpty)
        _ = s.handle(.char("j"))
        let item = unit.missing[1]
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains(item.id) == true)
        _ = s.handle(.enter)
        lines = Fixture.lines(s)
        #expect(lines[0].contains("\(item.taskID) \(item.taskTitle)"))
        let name: String = switch item.kind {
        case .indicator(let i, _): i.name
        case .measure(let m): String(m.text.prefix(8))
        }
        #expect(Fixture.focusedLine(lines)?.contains(name) == true)
        _ = s.handle(.escape)
        #expect(Fixture.lines(s)[0].contains("未报事项"))
        _ = s.handle(.escape)
        #expect(Fixture.lines(s)[0].contains("报送情况"))
        _ = s.handle(.escape)
        #expect(Fixture.lines(s)[0].contains("湘服联办"))
    }

    @Test func aClickSelectsAUnitAndADoubleClickListsItsItems() {
        var s = Fixture.state(80, 24, keys: [.char("r")])
        _ = s.handle(MouseTests.click(10, 6))
        let lines = Fixture.lines(s)
        #expect(Fixture.focusedLine(lines) == lines[6])
        #expect(lines[6].contains(Self.round.units[3].unit))
        _ = s.handle(MouseTests.click(10, 6, .doubleClick))
        let items = Fixture.lines(s)
        #expect(items[0].contains("\(Self.round.units[3].unit) 未报事项"))
        Fixture.expectExactSize(items, 80, 24)
        #expect(Fixture.focusedLine(items)?.contains(Self.round.units[3].missing[0].id) == true)
    }

    @Test func newRecordsMoveAUnitAndTheSelectionStaysOnIt() {
        var s = Fixture.state(120, 40, keys: [.char("r")])
        let unit = Self.round.units[0]
        let records = unit.missing.enumerated().map { n, item in
            ProgressRecord(id: "r\(n)", time: Fixture.records[0].time, user: unit.unit, item: item.id, old: nil,
                           new: item.takesStatus ? .status(.inProgress) : .number(1), at: Fixture.day("2019-12-01"))
        }
        Fixture.dataChanged(&s, Fixture.status(records), ledger: Fixture.ledger(records))
        let lines = Fixture.lines(s)
        #expect(Fixture.focusedLine(lines)?.contains(unit.unit) == true)
        #expect(Fixture.focusedLine(lines)?.split(separator: " ").dropFirst(4).first == "0")
    }
}

@Suite(.language(.zh)) struct ScreenDestinationTests {
    /// What `plandash render --screen overdue|reporting` opens.
    @Test func overdueAndReportingOpenDirectlyAndQGoesBack() {
        for (destination, title) in [(Destination.overdue, "督办清单"), (.reporting, "报送情况 2019Q4")] {
            var s = Fixture.state(120, 40)
            let opened = s.open(destination)
            #expect(opened)
            #expect(Fixture.lines(s)[0].hasPrefix(" \(title)"))
            _ = s.handle(.char("q"))
            #expect(Fixture.lines(s)[0].contains("湘服联办"))
        }
    }
}
