import PlanStore
import Testing

@Suite struct CurrentUserTests {
    @Test func plandashUserComesFirstThenTheLoginName() {
        let host = { "host" as String? }
        #expect(PlanSession.currentUser(["PLANDASH_USER": "张三", "USER": "zs"], userDatabase: host) == "张三")
        #expect(PlanSession.currentUser(["USER": "zs", "LOGNAME": "z"], userDatabase: host) == "zs")
        #expect(PlanSession.currentUser(["LOGNAME": "z"], userDatabase: host) == "z")
    }

    @Test func withoutEnvironmentTheHostsUserDatabaseNamesTheUser() {
        #expect(PlanSession.currentUser([:], userDatabase: { "lisi" }) == "lisi")
        #expect(PlanSession.currentUser(["USER": ""], userDatabase: { nil }) == "unknown")
        let real = PlanSession.userDatabaseName()
        #expect(real?.isEmpty == false)
        #expect(PlanSession.currentUser([:]) == real)
    }
}
