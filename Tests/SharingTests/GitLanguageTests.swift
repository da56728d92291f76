import Foundation
import Testing

/// Git's own words in a failed `plandash sync` come in plandash's language: git's Chinese
/// translation under Chinese, English under English, whatever locale the office runs in.
@Suite struct GitLanguageTests {
    /// Debian's git carries its Chinese catalogue here; without it git can only speak English.
    static let chineseCatalogue = "/usr/share/locale/zh_CN/LC_MESSAGES/git.mo"

    @Test func aFailedFetchIsWordedInTheUsersLanguage() throws {
        guard let offices = try Offices.make() else { return }
        guard FileManager.default.fileExists(atPath: Self.chineseCatalogue) else {
            print("skipped: git has no Chinese catalogue at \(Self.chineseCatalogue)")
            return
        }
        let plans = offices.folder("office").appendingPathComponent("Plans")
        #expect(try offices.plandash(["init", plans.path], as: "张三").status == 0)
        try offices.git(["remote", "add", "origin", "/nonexistent/remote.git"], in: plans)
        var words: [String: String] = [:]
        for language in ["zh", "en"] {
            let run = try offices.plandash(["sync", plans.path], as: "张三", language: language)
            #expect(run.status == 1)
            words[language] = run.stderr
        }
        #expect(words["zh"]?.contains("致命错误") == true, "\(words["zh"] ?? "")")
        #expect(words["zh"]?.contains("fatal:") == false, "\(words["zh"] ?? "")")
        #expect(words["en"]?.contains("fatal:") == true, "\(words["en"] ?? "")")
    }
}
