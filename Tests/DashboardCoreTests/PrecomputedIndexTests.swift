import Foundation
import PlanModel
import TestSupport
import Testing
@testable import DashboardCore

/// What the screens precompute once per status change answers what a scan would.
@Suite(.language(.zh)) struct PrecomputedIndexTests {
    @Test func searchFindsFirstWhatAScanOfTheLowercasedTextsFinds() {
        let index = SearchIndex(Fixture.status().plan)
        func scan(_ query: String) -> [Int] {
            let terms = query.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
            guard !terms.isEmpty else { return [] }
            return index.entries.indices.filter { i in terms.allSatisfy { index.entries[i].text.lowercased().contains($0) } }
        }
        let queries = ["服", "服务业", "服务 湖南", "  独角兽  ", "省商务厅", "人民政府", "50强", "2019", "OK", "ok", "x", "服务业x", "", " ", "发展 改革 委"]
        for query in queries {
            // What holds the query comes first; names found by abbreviation or pinyin after.
            let exact = scan(query)
            let found = index.find(query)
            #expect(Array(found.prefix(exact.count)) == exact, "\(query)")
            #expect(Set(found).count == found.count, "\(query)")
        }
        #expect(!index.find("服").isEmpty)
    }

    @Test func lettersMatchWhateverTheirCase() {
        var plan = Fixture.plan
        plan.sections[0].tasks[0].title = "推进 Big Data 与ＡＩ应用"
        let index = SearchIndex(plan)
        let hit = index.entries.firstIndex { $0.text.contains("Big Data") }!
        // Case and width are both folded.
        for query in ["big data", "BIG", "ａｉ", "ＡＩ", "ａＩ应用", "ｂｉｇ", "ai应用"] {
            #expect(index.find(query).contains(hit), "\(query)")
        }
    }

    @Test func unitOrdersAreTheColumnsSortsWithEveryUnitsPlace() {
        let units = Fixture.status().units
        let orders = UnitOrders(units, byName: UnitNameOrder(units))
        for column in DepartmentColumn.allCases {
            for descending in [false, true] {
                let order = orders.order(column, descending: descending)
                if column == .name {
                    let pinyin = Pinyin.order(units.map(\.name))
                    #expect(order == (descending ? pinyin.reversed() : pinyin))
                } else {
                    #expect(order == column.order(units, descending: descending))
                }
                #expect(Set(order) == Set(units.indices))
                for (place, unit) in order.enumerated() {
                    #expect(orders.place(ofUnit: unit, column, descending: descending) == place)
                }
            }
            if column != .name { #expect(orders.peak(column) == (units.compactMap { column.value($0) }.max() ?? 0)) }
        }
        let byMeasures = orders.order(.measures, descending: true).map { units[$0].measures }
        #expect(byMeasures == byMeasures.sorted(by: >))
    }
}
