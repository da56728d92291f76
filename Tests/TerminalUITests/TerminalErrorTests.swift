import Testing
@testable import TerminalUI

@Suite struct TerminalErrorTests {
    @Test func messagesAreOneLineAndSayWhatToDo() {
        let errors: [TerminalError] = [.notATerminal, .unknownTerminal(term: "bogus"), .unknownTerminal(term: nil),
                                       .cannotAddressCursor(term: "dumb")]
        for error in errors {
            #expect(!error.description.contains("\n"))
            #expect(error.description.hasPrefix("plandash: "))
            #expect(error.description.contains("plandash render"))
        }
    }

    @Test func terminalTypeIsNamed() {
        #expect(TerminalError.unknownTerminal(term: "bogus").description.contains("TERM=bogus"))
        #expect(TerminalError.unknownTerminal(term: nil).description.contains("TERM is not set"))
        #expect(TerminalError.cannotAddressCursor(term: "dumb").description.contains("TERM=dumb"))
    }
}
