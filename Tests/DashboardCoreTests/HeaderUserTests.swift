import DashboardCore
import PlanModel
import TestSupport
import Testing

@Suite(.language(.zh)) struct HeaderUserTests {
    @Test func theDashboardHeaderSaysWhoRecords() {
        var s = AppState(status: Fixture.status(), ledger: Fixture.ledger(), colors: false, user: "张三")
        _ = s.handle(.resize(width: 160, height: 40))
        let lines = Fixture.lines(s)
        #expect(lines[0].contains("总体") && lines[0].contains("· 用户 张三"))
        #expect(!Fixture.lines(Fixture.state(160, 40))[0].contains("用户"))
    }

    @Test func aLongUserNameKeepsTheHeaderOnItsRowAtTheSmallestSize() {
        var s = AppState(status: Fixture.status(), ledger: Fixture.ledger(), colors: false,
                         user: String(repeating: "欧阳", count: 20))
        _ = s.handle(.resize(width: AppState.minimumWidth, height: AppState.minimumHeight))
        let lines = Fixture.lines(s)
        Fixture.expectExactSize(lines, AppState.minimumWidth, AppState.minimumHeight)
        #expect(lines[1].contains("总体完成"))
    }

    @Test func aHostileUserNameCannotForgeARow() {
        var s = AppState(status: Fixture.status(), ledger: Fixture.ledger(), colors: false, user: "张\n三\u{1B}[2J")
        _ = s.handle(.resize(width: 160, height: 40))
        let lines = Fixture.lines(s)
        Fixture.expectExactSize(lines, 160, 40)
        #expect(!lines.joined().contains("\u{1B}"))
    }
}
