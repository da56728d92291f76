import Testing
@testable import Catalogue

@Suite struct LanguageTests {
    @Test func chineseByDefault() {
        #expect(Language(environment: [:]) == .zh)
        #expect(Language(environment: ["LANG": "C.UTF-8"]) == .zh)
        #expect(Language(environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
    }

    @Test func englishOnRequest() {
        #expect(Language(environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language(environment: ["PLANDASH_LANG": "en"]) == .en)
        #expect(Language(environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Language(environment: ["LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"]) == .zh)
        #expect(Language(environment: ["PLANDASH_LANG": "zh", "LANG": "en_US.UTF-8"]) == .zh)
    }

    @Test func messagesJoinPerLanguage() {
        let m = Message(zh: "已撤销", en: "undone") + .verbatim(" kw1")
        #expect(m.text(.zh) == "已撤销 kw1")
        #expect(m.text(.en) == "undone kw1")
    }

    @Test func aTaskCanChooseItsLanguage() {
        let m = Message(zh: "已撤销", en: "undone")
        Language.$chosen.withValue(.en) { #expect(m.text() == "undone") }
        Language.$chosen.withValue(.zh) { #expect(m.text() == "已撤销") }
        #expect(m.text() == m.text(Language.process))
    }
}
