import Catalogue
import DashboardCore
import Foundation
import PlanModel
import TestSupport
import Testing

/// Two plandash processes on one plan: an open editor never silently replaces a value that
/// another process recorded after it opened.
@Suite(.language(.zh)) struct ChangedMeanwhileTests {
    static func revenue(_ id: String, _ old: Double, _ new: Double, by user: String, after seconds: Double) -> ProgressRecord {
        ProgressRecord(id: id, time: Date(timeIntervalSince1970: 1_580_000_000 + seconds), user: user,
                       item: "kw1.t1.i3", old: .number(old), new: .number(new), at: Fixture.yearEnd)
    }

    static let byZhang = [revenue("zhang", 412.5, 450, by: "张三", after: 0)]

    /// What the runner does when its poll finds the journal changed: hand over the fresh status.
    static func journalChanged(_ s: inout AppState, _ records: [ProgressRecord]) {
        s.take(.pickedUp(count: 1), status: Fixture.status(records), ledger: Fixture.ledger(records))
    }

    /// What the runner does when the session refused a change because the item changed meanwhile.
    static func conflict(_ s: inout AppState, _ change: Change, _ records: [ProgressRecord]) {
        s.take(.conflict(change, current: .number(450), by: "张三"), status: Fixture.status(records), ledger: Fixture.ledger(records))
    }

    static let warning = (Message.changedMeanwhile(item: "kw1.t1.i3", value: "450", by: "张三") + .replaceOrKeep).text()

    @Test func aSecondEnterReplacesTheValueRecordedMeanwhile() {
        var s = EditingTests.onRevenue()
        let first = Change(item: "kw1.t1.i3", value: .number(500), at: Fixture.yearEnd, expecting: .number(412.5))
        var effects = EditingTests.press(&s, [.enter, .ctrl("u")] + Fixture.type("500") + [.enter])
        #expect(effects == [.record(first)])
        // The session found 张三's 450 and recorded nothing; the runner hands that back with the fresh status.
        Self.conflict(&s, first, Self.byZhang)
        #expect(EditingTests.statusLine(s).contains(Self.warning))
        #expect(EditingTests.keyBar(s).hasPrefix("Enter 保存"), "still editing")
        #expect(EditingTests.selectedRow(s).contains("≥550亿元  500 "), "with the text typed")
        effects = EditingTests.press(&s, [.enter])
        #expect(effects == [.record(Change(item: "kw1.t1.i3", value: .number(500), at: Fixture.yearEnd, expecting: .number(450)))])
        // Recorded this time: the status shows 500 and the editor closes.
        let mine = Self.revenue("mine", 450, 500, by: "me", after: 60)
        s.take(.recorded(mine), status: Fixture.status(Self.byZhang + [mine]), ledger: Fixture.ledger(Self.byZhang + [mine]))
        #expect(EditingTests.selectedRow(s).contains("500亿元"))
        #expect(EditingTests.keyBar(s).hasPrefix("↑↓ 条目"))
    }

    @Test func escKeepsTheValueRecordedMeanwhile() {
        var s = EditingTests.onRevenue()
        let effects = EditingTests.press(&s, [.enter, .ctrl("u")] + Fixture.type("500") + [.enter])
        guard case .record(let change) = effects.first else { Issue.record("no change asked for"); return }
        Self.conflict(&s, change, Self.byZhang)
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
        #expect(EditingTests.statusLine(s).contains("kw1.t1.i3 软件业务收入：450 → 500"), "the change Enter would make")
        #expect(EditingTests.press(&s, [.enter]).isEmpty)
        #expect(EditingTests.statusLine(s).contains(Self.warning))
        #expect(EditingTests.press(&s, [.enter]) == [.record(Change(item: "kw1.t1.i3", value: .number(500), at: Fixture.yearEnd, expecting: .number(450)))])
    }

    @Test func unrelatedChangesLeaveTheEditorAlone() {
        var s = EditingTests.onRevenue()
        _ = EditingTests.press(&s, [.enter, .ctrl("u")] + Fixture.type("500"))
        let other = ProgressRecord(id: "other", time: Date(timeIntervalSince1970: 1_580_000_000), user: "张三",
                                   item: "kw1.t2.i1", old: nil, new: .number(3), at: Fixture.yearEnd)
        Self.journalChanged(&s, [other])
        #expect(EditingTests.keyBar(s).hasPrefix("Enter 保存"), "still editing")
        #expect(!EditingTests.statusLine(s).contains(Self.warning))
        #expect(EditingTests.press(&s, [.enter]) == [.record(Change(item: "kw1.t1.i3", value: .number(500), at: Fixture.yearEnd, expecting: .number(412.5)))])
    }
}
