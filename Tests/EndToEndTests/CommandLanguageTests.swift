import Catalogue
import Foundation
import PlanModel
import PlanReports
import PlanStore
import TestSupport
import Testing

/// The command line speaks the user's language: Chinese by default, English with
/// `PLANDASH_LANG=en`; outputs, errors, warnings, `--help` and usage errors alike.
@Suite struct CommandLanguageTests {
    static let zh = ["PLANDASH_LANG": "zh"]
    static let en = ["PLANDASH_LANG": "en"]

    /// A folder holding `Plans/` with a copy of the Hunan plan, and the plan's URL.
    private func workspace() throws -> (folder: URL, plan: URL) {
        let plan = try Binary.hunanCopy()
        return (plan.deletingLastPathComponent().deletingLastPathComponent(), plan)
    }

    @Test func summaryAndDepartmentsPrintTheReportInTheAskedLanguageWithWarningsWorded() throws {
        let (folder, plan) = try workspace()
        // A torn journal line: the plan opens, with a warning on standard error.
        let journal = plan.deletingPathExtension().appendingPathExtension("progress.jsonl")
        try Data("{\"id\":\"torn\n".utf8).write(to: journal)
        let session = try PlanSession(url: plan)
        let status = session.status(asOf: CalendarDate(iso: "2019-09-30")!)
        let place = "Plans/hunan-2019-services.progress.jsonl:1:1: "
        for (env, language, warning) in [
            (Self.zh, Language.zh, "警告：" + place + "不是 JSON 记录（写入被中断或合并有误？）：跳过\n"),
            (Self.en, Language.en, "warning: " + place + "not a JSON record (torn write or bad merge?): skipped\n"),
        ] {
            let summary = try Binary.run(["summary", "--as-of", "2019-09-30"], cwd: folder, env: env)
            #expect(summary.status == 0)
            #expect(summary.stderr == warning)
            #expect(summary.stdout == Language.$chosen.withValue(language) { PlanSummary(status).text } + "\n")
            let departments = try Binary.run(["departments", "--as-of", "2019-09-30"], cwd: folder, env: env)
            #expect(departments.status == 0)
            #expect(departments.stderr == warning)
            #expect(departments.stdout
                == Language.$chosen.withValue(language) { DepartmentsReport(status).text } + "\n")
        }
    }

    @Test func historyHeadersAndAnEmptyHistoryInBothLanguages() throws {
        let (folder, _) = try workspace()
        let set = try Binary.run(["set", "kw1.t1.i3", "412.5", "--at", "2019-09-30", "--note", "Q3 报送"], cwd: folder,
            env: ["PLANDASH_USER": "张三", "PLANDASH_LANG": "zh"])
        #expect(set.stdout == "已记录 kw1.t1.i3 = 412.5（原为 未填报），截至 2019-09-30\n")
        for (env, header, row, empty) in [
            (Self.zh, "截至        记录时间          填报人  原值 → 新值  备注", "  张三    — → 412.5    Q3 报送", "尚无修改记录"),
            (Self.en, "as of       recorded           who   old → new  note", "  张三  — → 412.5  Q3 报送",
                "no changes recorded"),
        ] {
            let history = try Binary.run(["history", "kw1.t1.i3"], cwd: folder, env: env)
            #expect(history.status == 0)
            let lines = history.stdout.split(separator: "\n").map { String($0) }
            #expect(lines.count == 4, "\(history.stdout)")
            #expect(lines.dropFirst().first.map { $0.trimmingCharacters(in: .whitespaces) } == header)
            #expect(lines.last?.hasPrefix("2019-09-30  ") == true)
            #expect(lines.last?.hasSuffix(row) == true, "\(lines.last ?? "")")
            let none = try Binary.run(["history", "kw1.t1.i4"], cwd: folder, env: env)
            #expect(none.stdout.split(separator: "\n").last.map(String.init) == empty)
        }
    }

    @Test func checkWordsAPlanErrorInBothLanguages() throws {
        let (folder, plan) = try workspace()
        let ok = try Binary.run(["check"], cwd: folder, env: Self.zh)
        #expect(ok.stdout == """
            校验通过 Plans/hunan-2019-services.yaml：5 个部分，18 项任务，58 项措施，55 个目标，95 个指标，32 个责任单位

            """)
        let text = try String(contentsOf: plan, encoding: .utf8)
        let first = try #require(text.range(of: "deadline: 2019-06-30"))
        let broken = text.replacingCharacters(in: first, with: "deadline: 2019-06-31")
        try Data(broken.utf8).write(to: plan)
        let lines = broken.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains("deadline: 2019-06-31") })
        let column = try #require(lines[row].range(of: "2019-06-31")).lowerBound.utf16Offset(in: lines[row]) + 1
        let at = "Plans/hunan-2019-services.yaml:\(row + 1):\(column): sections[1].tasks[2].measures[1].deadline: "
        let zh = try Binary.run(["check", "Plans/hunan-2019-services.yaml"], cwd: folder, env: Self.zh)
        #expect(zh.status == 1)
        #expect(zh.stdout.isEmpty)
        #expect(zh.stderr == at + "应为日期 YYYY-MM-DD 或 ongoing，实为 \"2019-06-31\"\n共 1 个错误\n")
        let en = try Binary.run(["check", "Plans/hunan-2019-services.yaml"], cwd: folder, env: Self.en)
        #expect(en.status == 1)
        #expect(en.stderr == at + "expected a date YYYY-MM-DD or ongoing, found \"2019-06-31\"\n1 error\n")
    }

    @Test func aRefusedSetSaysWhyInBothLanguagesAndRecordsNothing() throws {
        let (folder, plan) = try workspace()
        let zh = try Binary.run(["set", "kw1.t1.i3", "1000家"], cwd: folder, env: Self.zh)
        #expect(zh.status == 1)
        #expect(zh.stderr == "plandash: kw1.t1.i3：单位“家”与指标单位“亿元”不符\n")
        let en = try Binary.run(["set", "kw1.t1.i3", "1000家"], cwd: folder, env: Self.en)
        #expect(en.status == 1)
        #expect(en.stderr == "plandash: kw1.t1.i3: unit \"家\" does not match the indicator's unit \"亿元\"\n")
        let journal = plan.deletingPathExtension().appendingPathExtension("progress.jsonl")
        #expect(!FileManager.default.fileExists(atPath: journal.path))
    }

    @Test func helpInBothLanguagesKeepsNamesASCII() throws {
        let zh = try Binary.run(["summary", "--help"], env: Self.zh)
        #expect(zh.status == 0)
        let zhLines = zh.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        #expect(zhLines.first == "概述：计划概况：部分、任务、措施、目标、指标、各月到期、责任单位、完成情况。")
        for line in ["例：plandash summary hunan-2019-services --as-of 2019-09-30 --json",
                     "用法：plandash summary [<plan>] [--as-of <date>] [--period <period>] [--json]", "参数：", "选项：",
                     "  --as-of <date>          显示截至此日的计划（YYYY-MM-DD）。",
                     "  --json                  输出 JSON，而非文本。", "  -h, --help              显示帮助信息。"] {
            #expect(zhLines.contains(line), "\(line)")
        }
        let en = try Binary.run(["summary", "--help"], env: Self.en)
        let enLines = en.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        #expect(enLines.first?.hasPrefix("OVERVIEW: Summarise a plan: sections, task areas, measures") == true)
        for line in ["Example: plandash summary hunan-2019-services --as-of 2019-09-30 --json",
                     "USAGE: plandash summary [<plan>] [--as-of <date>] [--period <period>] [--json]", "OPTIONS:",
                     "  --json                  Print JSON instead of text.",
                     "  -h, --help              Show help information."] {
            #expect(enLines.contains(line), "\(line)")
        }
        // Chinese help is wrapped by display columns, each description kept in its column.
        let narrow = try Binary.run(["set", "--help"], env: ["PLANDASH_LANG": "zh", "COLUMNS": "60"])
        let rows = narrow.stdout.split(separator: "\n").map { String($0) }
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 60 }, "\(narrow.stdout)")
        let force = try #require(rows.firstIndex { $0.hasPrefix("  --force ") })
        #expect(rows[force + 1].hasPrefix(String(repeating: " ", count: 26)) && rows[force + 1].count > 26)
        let defaults = try Binary.run(["export", "--help"], env: Self.zh)
        #expect(defaults.stdout.contains("  --format <format>       输出格式。（可选值：json）（默认：json）\n"))
    }

    @Test func usageErrorsInChinese() throws {
        let usage = "用法：plandash summary [<plan>] [--as-of <date>] [--period <period>] [--json]\n" +
            "  详见 plandash summary --help\n"
        let unknown = try Binary.run(["summary", "--bogus"], env: Self.zh)
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "错误：未知选项 --bogus\n" + usage)
        let near = try Binary.run(["summary", "--jsn"], env: Self.zh)
        #expect(near.stderr == "错误：未知选项 --jsn，是否想用 --json？\n" + usage)
        let extra = try Binary.run(["summary", "hunan-2019-services", "more"], env: Self.zh)
        #expect(extra.stderr == "错误：多余的参数 more\n" + usage)
        let extras = try Binary.run(["summary", "hunan-2019-services", "more", "words"], env: Self.zh)
        #expect(extras.stderr == "错误：多余的参数 more words\n" + usage)
        let missingValue = try Binary.run(["summary", "--as-of"], env: Self.zh)
        #expect(missingValue.stderr.hasPrefix("错误：选项 --as-of <date> 缺少值\n说明：--as-of <date>  显示截至此日的计划"))
        let missing = try Binary.run(["history"], env: Self.zh)
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("错误：缺少参数 <plan-id> ...\n"))
        let badDate = try Binary.run(["summary", "--as-of", "2019-13-01"], env: Self.zh)
        #expect(badDate.stderr.hasPrefix(
            "错误：--as-of <date> 的值“2019-13-01”无效：--as-of 需要日期 YYYY-MM-DD（四位年份，1000 年起），收到“2019-13-01”\n"))
        let badChoice = try Binary.run(["export", "--format", "xml"], env: Self.zh)
        #expect(badChoice.stderr.hasPrefix("错误：--format <format> 的值“xml”无效：可选值为 'json'\n"))
        // A wording not translated keeps ArgumentParser's words, led in.
        let composite = try Binary.run(["report", "-ox"], env: Self.zh)
        #expect(composite.status == 64)
        #expect(composite.stderr.hasPrefix("错误：命令行有误：Unknown option '-ox'\n"), "\(composite.stderr)")
        // In English, ArgumentParser's own words.
        let english = try Binary.run(["summary", "--bogus"], env: Self.en)
        #expect(english.status == 64)
        #expect(english.stderr.hasPrefix("Error: Unknown option '--bogus'\nUsage: plandash summary"))
    }
}
