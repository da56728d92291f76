import DashboardCore
import PlanModel
import TestSupport
import Testing

@Suite(.language(.zh)) struct DepartmentsTests {
    /// The unit names in the table, top to bottom.
    static func names(_ lines: [String]) -> [String] {
        let units = Set(Fixture.status().units.map(\.name))
        return lines.dropFirst(3).compactMap { line in
            let name = line.dropFirst(2).split(separator: " ").first.map(String.init) ?? ""
            return units.contains(name) ? name : nil
        }
    }

    @Test func dFromAnywhereOpensTheWorkloadSortedByMeasures() {
        for keys: [Key] in [[], [.enter], [.char("?")]] {
            let s = Fixture.state(120, 40, keys: keys + [.char("d")])
            let lines = Fixture.lines(s)
            Fixture.expectExactSize(lines, 120, 40)
            #expect(lines[0].contains("部门工作量  \(s.status.units.count) 个责任单位"))
            #expect(lines[2].contains("措施↓"))
            let measures = Self.names(lines).map { n in s.status.units.first { $0.name == n }!.measures }
            #expect(measures == measures.sorted(by: >))
            #expect(Fixture.focusedLine(lines)?.contains("省发展改革委") == true)
        }
    }

    @Test func rowsShowEveryColumnAndABar() {
        let s = Fixture.state(120, 40, keys: [.char("d")])
        let u = s.status.units.first { $0.name == "省发展改革委" }!
        let row = Fixture.lines(s).first { $0.contains("省发展改革委") }!
        let figures = row.split(separator: " ").dropFirst(2).prefix(6).map(String.init)
        #expect(figures == ["\(u.leads.count)", "\(u.joins.count)", "\(u.measures)", "\(u.overdue)", "\(u.indicators)",
                            u.leadCompletion.map(NumberText.percent) ?? "—"])
        #expect(row.contains("████"))
    }

    @Test func sortingCyclesReversesAndPicksColumnsByNumber() {
        var s = Fixture.state(120, 40, keys: [.char("d"), .char("s")])
        var lines = Fixture.lines(s)
        #expect(lines[1].contains("排序：逾期 从大到小"))
        let overdue = Self.names(lines).map { n in s.status.units.first { $0.name == n }!.overdue }
        #expect(overdue == overdue.sorted(by: >))
        _ = s.handle(.char("S"))
        lines = Fixture.lines(s)
        #expect(lines[1].contains("排序：逾期 从小到大"))
        #expect(lines[2].contains("逾期↑"))
        _ = s.handle(.char("1"))
        lines = Fixture.lines(s)
        #expect(lines[1].contains("排序：单位 从小到大"))
        let names = Self.names(lines)
        #expect(names == Pinyin.order(names).map { names[$0] })
        #expect(names.first == "长沙海关")
        _ = s.handle(.char("2"))
        lines = Fixture.lines(s)
        let leads = Self.names(lines).map { n in s.status.units.first { $0.name == n }!.leads.count }
        #expect(leads == leads.sorted(by: >))
        _ = s.handle(.char("2"))
        #expect(Fixture.lines(s)[1].contains("排序：牵头 从小到大"))
    }

    @Test func theCursorStaysOnTheSameUnitWhenResorted() {
        var s = Fixture.state(120, 40, keys: [.char("d"), .char("j"), .char("j")])
        let chosen = Fixture.focusedLine(Fixture.lines(s))!
        let name = String(chosen.dropFirst(2).split(separator: " ").first!)
        _ = s.handle(.char("1"))
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains(name) == true)
    }

    @Test func enterListsTheUnitsTaskAreasAndEnterAgainOpensOne() {
        var s = Fixture.state(120, 40, keys: [.char("d"), .enter])
        var lines = Fixture.lines(s)
        let unit = s.status.units.first { $0.name == "省发展改革委" }!
        #expect(lines[0].contains("省发展改革委 的任务"))
        #expect(lines[1].contains("牵头 \(unit.leads.count) 项 · 配合 \(unit.joins.count) 项"))
        let first = Fixture.plan.tasks.first { $0.id == unit.leads[0] }!
        #expect(Fixture.focusedLine(lines)?.contains("牵头") == true)
        #expect(Fixture.focusedLine(lines)?.contains("\(first.id) \(first.title)") == true)
        #expect(Fixture.contains(lines, "配合"))
        Fixture.expectExactSize(lines, 120, 40)
        _ = s.handle(.enter)
        #expect(Fixture.lines(s)[0].contains("\(first.id) \(first.title)"))
        _ = s.handle(.escape)
        #expect(Fixture.lines(s)[0].contains("省发展改革委 的任务"))
        _ = s.handle(.char("d"))
        lines = Fixture.lines(s)
        #expect(lines[0].contains("部门工作量"))
        _ = s.handle(.escape)
        #expect(Fixture.lines(s)[0].contains("湘服联办"))
    }

    @Test func fitsAt80x24AndScrollsToTheLastUnit() {
        var s = Fixture.state(80, 24, keys: [.char("d"), .char("G")])
        let lines = Fixture.lines(s)
        Fixture.expectExactSize(lines, 80, 24)
        #expect(Fixture.focusedLine(lines) != nil)
        _ = s.handle(.char("g"))
        #expect(Fixture.focusedLine(Fixture.lines(s))?.contains("省发展改革委") == true)
    }
}
