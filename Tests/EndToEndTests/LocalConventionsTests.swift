import Foundation
import PlanModel
import PlanStore
import Testing
import TestSupport

/// What a Chinese office expects of the command line: Beijing time, a named user, --version,
/// shell completion, an overview in whole sentences.
@Suite struct LocalConventionsTests {
    /// The recorded time of the journal's only record.
    static func recordedTime(_ plan: URL) throws -> Date {
        let journal = plan.deletingPathExtension().appendingPathExtension("progress.jsonl")
        let line = try #require(try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").first)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let time = try #require(record["time"] as? String)
        return try #require(try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(time))
    }

    @Test func historyShowsBeijingTimeToChineseReadersAndUTCToEnglishOnes() throws {
        let url = try Binary.hunanCopy()
        let set = try Binary.run(["set", url.path, "kw1.t1.i3", "412.5", "--at", "2019-09-30"],
                                 env: ["PLANDASH_USER": "张三"])
        #expect(set.status == 0)
        let time = try Self.recordedTime(url)
        let zh = try Binary.run(["history", url.path, "kw1.t1.i3"], env: ["TZ": "UTC", "PLANDASH_LANG": "zh"])
        let beijing = LocalTime(zone: TimeZone(identifier: "Asia/Shanghai")!).minute(time)
        #expect(zh.stdout.contains(beijing) && !zh.stdout.contains(LocalTime.utc.minute(time)), "\(zh.stdout)")
        let en = try Binary.run(["history", url.path, "kw1.t1.i3"], env: ["TZ": "UTC", "PLANDASH_LANG": "en"])
        #expect(en.stdout.contains(LocalTime.utc.minute(time)), "\(en.stdout)")
        #expect(zh.stdout.contains("张三"))
    }

    @Test func withoutUserVariablesTheHostsUserDatabaseNamesTheRecord() throws {
        let url = try Binary.hunanCopy()
        let set = try Binary.run(["set", url.path, "kw1.t1.i3", "1"], env: ["PLANDASH_USER": "", "USER": "", "LOGNAME": ""])
        #expect(set.status == 0)
        let journal = url.deletingPathExtension().appendingPathExtension("progress.jsonl")
        let text = try String(contentsOf: journal, encoding: .utf8)
        let name = try #require(PlanSession.userDatabaseName())
        #expect(text.contains("\"user\":\"\(name)\""), "\(text)")
        #expect(!text.contains("\"user\":\"unknown\""))
    }

    @Test func versionCompletionAndOverview() throws {
        let version = try Binary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.split(separator: ".").count == 3)
        for shell in ["bash", "zsh", "fish"] {
            let script = try Binary.run(["--generate-completion-script", shell])
            #expect(script.status == 0 && script.stdout.contains("plandash") && script.stdout.contains("history"), "\(shell)")
        }
        let zh = try Binary.run(["--help"], env: ["PLANDASH_LANG": "zh"])
        #expect(zh.stdout.hasPrefix("概述：跟踪年度工作计划"))
        let en = try Binary.run(["--help"], env: ["PLANDASH_LANG": "en"])
        #expect(en.stdout.contains("With no subcommand, plandash opens the plan's dashboard."))
    }
}
