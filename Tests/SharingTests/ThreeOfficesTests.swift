import Foundation
import PlanModel
import PlanStore
import Testing

/// Three offices edit one plan, also the same item, with clocks apart, and sync in varying
/// orders, two at once too: afterwards all replay to the same report and hold every record once.
@Suite struct ThreeOfficesTests {
    @Test func officesConvergeOnTheSameRecords() throws {
        guard let offices = try Offices.make() else { return }
        try offices.founding("changsha", user: "张三")
        try offices.joining("zhuzhou")
        try offices.joining("xiangtan")
        let all = ["changsha", "zhuzhou", "xiangtan"]
        var acknowledged: [String] = []

        // Round 1: the same figure from three offices, each with its own note.
        acknowledged += try offices.set("changsha", as: "张三", at: "2019-09-30", ["kw1.t1.i3\t412.5\t省商务厅 2019Q3", "kw1.m1\tdone\t"])
        acknowledged += try offices.set("zhuzhou", as: "李四", at: "2019-09-30", ["kw1.t1.i3\t430\t株洲报送", "kw1.t1.i4\t12%\t"])
        acknowledged += try offices.set("xiangtan", as: "王五", at: "2019-09-30", ["kw1.t1.i3\t401\t", "kw1.m1\tin-progress\t湘潭"])
        // Clocks apart: 湘潭's machine runs two days fast, 株洲's three days slow.
        acknowledged.append(try skewed(offices, "xiangtan", user: "王五", item: "kw1.t1.i3", value: 455, by: 2 * 86_400))
        acknowledged.append(try skewed(offices, "zhuzhou", user: "李四", item: "kw1.t1.i3", value: 399, by: -3 * 86_400))

        let first = try offices.plandash(["sync", offices.folder("changsha").path], as: "张三").succeeded()
        #expect(first.stdout.contains("已提交 2 条记录（hunan-2019-services，张三）"))
        let second = try offices.plandash(["sync", offices.folder("xiangtan").path], as: "王五").succeeded()
        #expect(second.stdout.contains("+2 条记录，来自 张三，省商务厅 2019Q3（hunan-2019-services）"))
        _ = try offices.plandash(["sync", offices.planFile("zhuzhou").path], as: "李四").succeeded()

        // Round 2: two offices edit and sync at the same moment.
        acknowledged += try offices.set("zhuzhou", as: "李四", at: "2019-12-31", ["kw1.t1.i3\t520\t年报"])
        acknowledged += try offices.set("xiangtan", as: "王五", at: "2019-12-31", ["kw1.t1.i3\t515\t年报", "kw1.m1\tdone\t"])
        #expect(try offices.together([(["sync", offices.folder("zhuzhou").path], "李四"), (["sync", offices.folder("xiangtan").path], "王五")]))
        // Two syncs in one office at once wait for each other.
        let changsha = offices.folder("changsha").path
        #expect(try offices.together([(["sync", changsha], "张三"), (["sync", changsha], "张三")]))
        for office in all { _ = try offices.plandash(["sync", offices.folder(office).path], as: "张三").succeeded() }

        let reports = try all.map { office in
            try offices.plandash(["report", offices.planFile(office).path, "--format", "json", "--as-of", "2019-12-31"], as: "张三").succeeded().stdout
        }
        #expect(!reports[0].isEmpty)
        #expect(reports.allSatisfy { $0 == reports[0] })
        for office in all {
            let read = try offices.journal(office).readNew(final: true)
            #expect(read.warnings.isEmpty)
            let counts = read.records.reduce(into: [String: Int]()) { $0[$1.id, default: 0] += 1 }
            #expect(counts.count == acknowledged.count && counts.values.allSatisfy { $0 == 1 }, "\(office)")
            #expect(Set(counts.keys) == Set(acknowledged), "\(office)")
        }
        // The year-end figure is the latest of the two racing offices' (by time recorded, then id).
        let session = try PlanSession(url: offices.planFile("changsha"))
        let yearEnd = session.ledger.state(of: "kw1.t1.i3", asOf: CalendarDate(iso: "2019-12-31")!)
        #expect([ItemValue.number(520), .number(515)].contains(yearEnd?.value))
    }

    /// Appends a record whose time is `by` seconds off this machine's clock, as an office with a
    /// wrong clock would; returns its id.
    private func skewed(_ offices: Offices, _ office: String, user: String, item: String, value: Double, by seconds: TimeInterval) throws -> String {
        let record = ProgressRecord(id: UUID().uuidString.lowercased(), time: Date().addingTimeInterval(seconds), user: user, item: item,
                                    old: nil, new: .number(value), note: "clock \(seconds > 0 ? "fast" : "slow")",
                                    at: CalendarDate(iso: "2019-09-30")!)
        try offices.journal(office).append(record)
        return record.id
    }
}
