import Catalogue
import Testing
@testable import TerminalUI

@Suite struct TerminalErrorTests {
    @Test(arguments: Language.allCases)
    func messagesAreOneLineAndSayWhatToDo(language: Language) {
        let errors: [TerminalError] = [.notATerminal, .unknownTerminal(term: "bogus"), .unknownTerminal(term: nil),
                                       .cannotAddressCursor(term: "dumb")]
        for error in errors {
            let text = error.message.text(language)
            #expect(!text.contains("\n"))
            #expect(text.hasPrefix("plandash: "))
            #expect(text.contains("plandash render"))
        }
    }

    @Test func terminalTypeIsNamed() {
        #expect(TerminalError.unknownTerminal(term: "bogus").message.text(.zh).contains("未知的终端类型 TERM=bogus"))
        #expect(TerminalError.unknownTerminal(term: nil).message.text(.zh).contains("未设置 TERM"))
        #expect(TerminalError.unknownTerminal(term: nil).message.text(.en).contains("TERM is not set"))
        #expect(TerminalError.cannotAddressCursor(term: "dumb").message.text(.en).contains("TERM=dumb"))
    }

    @Test func descriptionIsInTheChosenLanguage() {
        Language.$chosen.withValue(.en) { #expect(TerminalError.notATerminal.description.contains("not a terminal")) }
        Language.$chosen.withValue(.zh) { #expect(TerminalError.notATerminal.description.contains("不是终端")) }
    }
}
