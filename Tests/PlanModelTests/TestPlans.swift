import Foundation
@testable import PlanModel

/// Small plans and records for model tests.
enum TestPlans {
    /// Two sections; task a (led by 省发展改革委) has two targets, task b one milestone target.
    static func small() -> Plan {
        let a = TaskArea(
            id: "a", title: "补齐生产服务短板",
            measures: [
                Measure(id: "a.m1", number: 1, text: "研究制定行动计划", deadline: Deadline(date: CalendarDate(year: 2019, month: 6, day: 30), text: "2019年6月底")),
                Measure(id: "a.m2", number: 2, text: "持续推进融合发展", deadline: Deadline(date: nil, text: "持续推进")),
            ],
            targets: [
                Target(id: "a.t1", number: 1, text: "软件业务收入550亿元;出台计划", indicators: [
                    Indicator(id: "a.t1.i1", name: "软件业务收入", kind: .quantity, goal: .atLeast(550), unit: "亿元"),
                    Indicator(id: "a.t1.i2", name: "出台计划", kind: .milestone),
                ]),
                Target(id: "a.t2", number: 2, text: "设立1-2家公司", indicators: [
                    Indicator(id: "a.t2.i1", name: "设立公司", kind: .quantity, goal: .range(1, 2), unit: "家"),
                ]),
            ],
            units: ["省发展改革委", "省财政厅"])
        let b = TaskArea(
            id: "b", title: "打造知名品牌",
            measures: [Measure(id: "b.m1", text: "实施品牌培育计划", deadline: Deadline(date: CalendarDate(year: 2019, month: 12, day: 31), text: "2019年底"))],
            targets: [Target(id: "b.t1", text: "建立名单", indicators: [Indicator(id: "b.t1.i1", name: "建立名单", kind: .milestone)])],
            units: ["省商务厅", "省发展改革委", "省商务厅"])
        return Plan(
            info: PlanInfo(id: "small", title: "测试计划", document: "测〔2019〕1号", issuer: "测试办公室", issued: CalendarDate(year: 2019, month: 4, day: 24)!, year: 2019),
            sections: [Section(id: "s1", kind: "key-work", title: "聚焦重点", tasks: [a]),
                       Section(id: "s2", kind: "special-actions", title: "专项行动", tasks: [b])])
    }

    static func record(_ item: String, _ value: ItemValue?, at: String, user: String = "clerk", seconds: Double? = nil,
                       id: String? = nil, old: ItemValue? = nil, undoes: String? = nil, redoes: String? = nil) -> ProgressRecord {
        ProgressRecord(id: id ?? UUID().uuidString, time: Date(timeIntervalSince1970: 1_560_000_000 + (seconds ?? 0)),
                              user: user, item: item, old: old, new: value, at: CalendarDate(iso: at)!, undoes: undoes, redoes: redoes)
    }
}
