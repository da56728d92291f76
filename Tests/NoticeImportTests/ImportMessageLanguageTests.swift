import Catalogue
import NoticeImport
import Testing

/// The importer's warnings and refusals are in the reader's language: Chinese by default, English
/// when chosen; a line left out is known as such in either.
@Suite struct ImportMessageLanguageTests {
    static let notice = """
        湖南省服务业工作要点
        湘服联办〔2019〕2号
        各成员单位:
        一、聚焦四大重点工作
        (一)补齐生产服务短板
        1、研究制定计划。(完成时限:明年)
        1、设立基金3个。
        """

    func warnings(_ language: Language) throws -> [ImportWarning] {
        try #require(Language.$chosen.withValue(language) { TestFiles.imported(Self.notice) }).warnings
    }

    @Test func warningsInBothLanguages() throws {
        let zh = try warnings(.zh), en = try warnings(.en)
        #expect(zh.map(\.line) == en.map(\.line))
        #expect(zh.map(\.isAboutAnUnplacedLine) == en.map(\.isAboutAnUnplacedLine))
        let addressees = try #require(en.first { $0.line == 3 })
        #expect(addressees.isAboutAnUnplacedLine)
        #expect(addressees.message == "not placed: the notice's addressees, not part of the plan: “各成员单位:”")
        #expect(zh.first { $0.line == 3 }?.message == "未纳入计划：通知的主送单位，不属于计划：“各成员单位:”")
        let deadline = try #require(en.first { $0.line == 6 })
        #expect(!deadline.isAboutAnUnplacedLine)
        #expect(deadline.message == "deadline “明年” not understood: set to 2019-12-31, the end of the plan's year")
        #expect(zh.first { $0.line == 6 }?.message == "时限“明年”无法识别：记为 2019-12-31，即计划年度的最后一天")
        #expect(en.allSatisfy { !$0.message.hasPrefix("未") }, "\(en)")
    }

    @Test func refusalsInBothLanguages() {
        func failure(_ language: Language) -> String? {
            Language.$chosen.withValue(language) {
                if case .failed(let f) = NoticeImporter.importPlan(text: "一、聚焦四大重点工作\n", id: "x") { return f.message }
                return nil
            }
        }
        #expect(failure(.en)?.hasPrefix("no plan found: ") == true)
        #expect(failure(.zh)?.hasPrefix("未找到计划：") == true)
    }
}
