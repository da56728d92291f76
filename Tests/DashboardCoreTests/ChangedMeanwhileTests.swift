import DashboardCore
import Foundation
import PlanModel
import Testing

/// Two plandash processes on one plan: an open editor never silently replaces a value that
/// another process recorded after it opened.
@Suite struct ChangedMeanwhileTests {
    static func revenue(_ id: String, _ old: Double, _ new: Double, by user: String, after seconds: Double) -> ProgressRecord {
        ProgressRecord(id: id, time: Date(timeIntervalSince1970: 1_580_000_000 + seconds), user: user,
                       item: "kw1.t1.i3", old: .number(old), new: .number(new), at: Fixture.yearEnd)
    }

    static let byZhang = [revenue("zhang", 412.5, 450, by: "张三", after: 0)]

    /// What the runner does when it finds the journal changed: hand over the fresh status.
    static func journalChanged(_ s: inout AppState, _ records: [ProgressRecord]) {
        s.replaceStatus(Fixture.status(records), ledger: Fixture.ledger(records))
    }

    static let warning = "kw1.t1.i3 changed meanwhile to 450 (by 张三): Enter again to replace it, Esc to keep it"

    @Test func aSecondEnterReplacesTheValueRecordedMeanwhile() {
        var s = EditingTests.onRevenue()
        var effects = EditingTests.press(&s, [.enter, .ctrl("u")] + Fixture.type("500") + [.enter])
        #expect(effects == [.record(item: "kw1.t1.i3", text: "500", at: Fixture.yearEnd, expecting: .number(412.5))])
        // The runner refreshed, found 张三's 450, recorded nothing and handed over the fresh status.
        Self.journalChanged(&s, Self.byZhang)
        #expect(EditingTests.statusLine(s).contains(Self.warning))
        #expect(EditingTests.keyBar(s).hasPrefix("Enter 保存"), "still editing")
        #expect(EditingTests.selectedRow(s).contains("≥550亿元  500 "), "with the text typed")
        effects = EditingTests.press(&s, [.enter])
        #expect(effects == [.record(item: "kw1.t1.i3", text: "500", at: Fixture.yearEnd, expecting: .number(450))])
        // Recorded this time: the status shows 500 and the editor closes.
        Self.journalChanged(&s, Self.byZhang + [Self.revenue("mine", 450, 500, by: "me", after: 60)])
        #expect(EditingTests.selectedRow(s).contains("500亿元"))
        #expect(EditingTests.keyBar(s).hasPrefix("↑↓ 条目"))
    }

    @Test func escKeepsTheValueRecordedMeanwhile() {
        var s = EditingTests.onRevenue()
        _ = EditingTests.press(&s, [.enter, .ctrl("u")] + Fixture.type("500") + [.enter])
        Self.journalChanged(&s, Self.byZhang)
        #expect(EditingTests.press(&s, [.escape]).isEmpty)
        #expect(EditingTests.selectedRow(s).contains("450亿元"))
    }

    @Test func aChangeNoticedWhileTypingIsWarnedAgainBeforeEnterReplacesIt() {
        var s = EditingTests.onRevenue()
        _ = EditingTests.press(&s, [.enter, .ctrl("u"), .char("5")])
        // Another process's change picked up by the runner's poll, while the editor is open.
        Self.journalChanged(&s, Self.byZhang)
        #expect(EditingTests.statusLine(s).contains(Self.warning))
        // More typing hides the warning; Enter shows it again instead of recording.
        #expect(EditingTests.press(&s, Fixture.type("00")).isEmpty)
        #expect(EditingTests.statusLine(s).contains("编辑 kw1.t1.i3"))
        #expect(EditingTests.press(&s, [.enter]).isEmpty)
        #expect(EditingTests.statusLine(s).contains(Self.warning))
        #expect(EditingTests.press(&s, [.enter]) == [.record(item: "kw1.t1.i3", text: "500", at: Fixture.yearEnd, expecting: .number(450))])
    }

    @Test func unrelatedChangesLeaveTheEditorAlone() {
        var s = EditingTests.onRevenue()
        _ = EditingTests.press(&s, [.enter, .ctrl("u")] + Fixture.type("500"))
        let other = ProgressRecord(id: "other", time: Date(timeIntervalSince1970: 1_580_000_000), user: "张三",
                                   item: "kw1.t2.i1", old: nil, new: .number(3), at: Fixture.yearEnd)
        Self.journalChanged(&s, [other])
        #expect(EditingTests.statusLine(s).contains("编辑 kw1.t1.i3"))
        #expect(EditingTests.press(&s, [.enter]) == [.record(item: "kw1.t1.i3", text: "500", at: Fixture.yearEnd, expecting: .number(412.5))])
    }
}
