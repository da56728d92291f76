import PlanModel

/// A small plan whose text holds everything the formats must escape: ASCII quotes, commas,
/// `|`, `<`, `&`, and a line break, among Chinese text.
enum TrickyPlan {
    static let plan = Plan(
        info: PlanInfo(id: "tricky", title: "测试<计划> & \"引号\"", document: "测〔2019〕1号", issuer: "某办|公室",
                       issued: CalendarDate(iso: "2019-01-10")!, year: 2019),
        sections: [Section(id: "s1", kind: "test", title: "第一部分|甲", tasks: [
            TaskArea(
                id: "t1", title: "推进\"互联网+\"行动,含逗号",
                measures: [Measure(id: "t1.m1", number: 1, text: "措施一,含\"引号\"\n第二行|竖线",
                                   deadline: Deadline(date: CalendarDate(iso: "2019-03-31")!, text: "一季度"))],
                targets: [Target(id: "t1.t1", number: 1, text: "收入达到\"5,000\"万元|以上;出台<办法>&细则", indicators: [
                    Indicator(id: "t1.t1.i1", name: "收入,含逗号\"引号\"", kind: .quantity, goal: .atLeast(5000), unit: "万元"),
                    Indicator(id: "t1.t1.i2", name: "出台<办法>&细则\r\n(两行)", kind: .milestone),
                ])],
                units: ["甲厅", "乙局|丙"]),
        ])])

    static let ledger = ProgressLedger([Fixtures.record("t1.t1.i1", .number(1234.5), at: "2019-06-30", n: 1)])

    static func status(_ day: String = "2019-06-30") -> PlanStatus {
        PlanStatus(plan: plan, ledger: ledger, asOf: CalendarDate(iso: day)!)
    }
}
