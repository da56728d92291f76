import DashboardCore
import PlanModel
import TestSupport
import Testing

@Suite(.language(.zh)) struct ChaseScreenTests {
    static let list = ChaseList(Fixture.status())

    /// The unit headings on screen, top to bottom (`省发展改革委（3 项）`).
    static func headings(_ lines: [String], _ list: ChaseList) -> [String] {
        lines.compactMap { line in list.groups.first { line.contains("\($0.lead)（\($0.entries.count) 项）") }?.lead }
    }

    @Test func oFromAnywhereOpensTheListWithItsCounts() {
        for size in [(120, 40), (80, 24)] {
            for keys: [Key] in [[], [.char("d")], [.enter], [.char("?")]] {
                let s = Fixture.state(size.0, size.1, keys: keys + [.char("o")])
                let lines = Fixture.lines(s)
                Fixture.expectExactSize(lines, size.0, size.1)
                #expect(lines[0].contains("督办清单  \(Self.list.groups.count) 个牵头单位，\(Self.list.count) 项"))
                #expect(lines[1].contains("排序：按计划顺序"))
                #expect(Fixture.focusedLine(lines)?.contains(Self.list.groups[0].lead) == true)
                #expect(Self.headings(lines, Self.list).first == Self.list.groups[0].lead)
            }
        }
    }

    @Test func entriesShowKindIdTextAndDetail() {
        let lines = Fixture.lines(Fixture.state(120, 40, keys: [.char("o"), .char("j")]))
        let e = Self.list.groups[0].entries[0]
        let row = Fixture.focusedLine(lines)!
        #expect(row.contains(["逾期措施", "未推进措施", "滞后目标", "未填报指标"][ChaseList.Kind.allCases.firstIndex(of: e.kind)!]))
        #expect(row.contains(e.id))
        #expect(row.contains(String(e.text.prefix(6))))
        #expect(row.contains(String(e.detail.prefix(4))))
    }

    @Test func sCyclesTheOrderAndKeepsTheSelectedEntry() {
        var s = Fixture.state(120, 40, keys: [.char("o"), .char("j")])
        let chosen = Self.list.groups[0].entries[0].id
        for (order, name) in [(ChaseList.Order.count, "按事项数"), (.days, "按逾期天数"), (.plan, "按计划顺序")] {
            _ = s.handle(.char("s"))
            let lines = Fixture.lines(s)
            let expected = ChaseList(Fixture.status(), order: order)
            #expect(lines[1].contains("排序：\(name)"))
            #expect(Self.headings(lines, expected).first == expected.groups[0].lead)
            #expect(Fixture.focusedLine(lines)?.contains(chosen) == true)
        }
    }

    @Test func enterOpensTheTaskAreaOnTheItemAndEscGoesBack() throws {
        // The first overdue measure and the first target behind, wherever they are in the list.
        let entries = Self.list.groups.flatMap(\.entries)
        for kind in [ChaseList.Kind.overdueMeasure, .behindTarget, .unreportedIndicator] {
            let entry = try #require(entries.first { $0.kind == kind })
            var s = Fixture.state(120, 40, keys: [.char("o")])
            while Fixture.focusedLine(Fixture.lines(s))?.contains(" \(entry.id) ") != true { _ = s.handle(.down) }
            _ = s.handle(.enter)
            let lines = Fixture.lines(s)
            let task = Fixture.plan.tasks.first { $0.id == entry.taskId }!
            #expect(lines[0].contains("\(task.id) \(task.title)"))
            let target = task.targets.first { $0.id == entry.id }
            let shown = target.map { $0.indicators[0].name } ?? String(entry.text.prefix(8))
            #expect(Fixture.focusedLine(lines)?.contains(shown) == true, "\(kind): \(shown)")
            _ = s.handle(.escape)
            #expect(Fixture.lines(s)[0].contains("督办清单"))
            _ = s.handle(.escape)
            #expect(Fixture.lines(s)[0].contains("湘服联办"))
        }
    }

    @Test func enterOnAUnitListsItsTaskAreas() {
        let s = Fixture.state(120, 40, keys: [.char("o"), .enter])
        #expect(Fixture.lines(s)[0].contains("\(Self.list.groups[0].lead) 的任务"))
    }

    @Test func aClickSelectsTheRowAndADoubleClickOpensIt() {
        var s = Fixture.state(120, 40, keys: [.char("o")])
        _ = s.handle(MouseTests.click(10, 5))
        var lines = Fixture.lines(s)
        #expect(Fixture.focusedLine(lines) == lines[5])
        let e = Self.list.groups[0].entries[1]
        #expect(lines[5].contains(e.id))
        _ = s.handle(MouseTests.click(10, 5, .doubleClick))
        lines = Fixture.lines(s)
        #expect(lines[0].contains(e.taskId))
    }

    @Test func gGoesToTheLastEntryAt80x24() {
        let s = Fixture.state(80, 24, keys: [.char("o"), .char("G")])
        let lines = Fixture.lines(s)
        Fixture.expectExactSize(lines, 80, 24)
        #expect(Fixture.focusedLine(lines)?.contains(Self.list.groups.last!.entries.last!.id) == true)
    }
}

@Suite(.language(.zh)) struct ScreenKeysHelpTests {
    @Test func helpListsTheKeysOfBothScreens() {
        let s = Fixture.state(120, 40, keys: [.char("?"), .char("G")])
        let lines = Fixture.lines(s)
        for group in ["督办清单", "报送情况"] {
            #expect(lines.contains { $0.contains(" \(group) ") }, "group \(group)")
        }
        #expect(Fixture.contains(lines, "排序：计划顺序 / 事项数 / 逾期天数"))
        #expect(Fixture.lines(Fixture.state(120, 40, keys: [.char("?")])).contains { $0.contains(" o ") && $0.contains("督办清单（任何屏幕）") })
    }
}
