import Catalogue
import Foundation
import PlanModel
import PlanReports
import TestSupport
import Testing

/// Checks that Markdown tables are well formed for GitHub: a blank line before each table,
/// a delimiter row, and every row with as many cells (split at unescaped `|`) as the header.
enum MarkdownTables {
    static func cells(_ line: String) -> Int? {
        guard line.hasPrefix("| "), line.hasSuffix(" |") else { return nil }
        var count = 0
        var escaped = false
        for c in line {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true } else if c == "|" { count += 1 }
        }
        return count - 1
    }

    /// Problems found, one per bad line; empty when every table is valid. Also returns how many tables there were.
    static func check(_ text: String) -> (problems: [String], tables: Int) {
        let lines = text.components(separatedBy: "\n")
        var problems: [String] = []
        var tables = 0
        var i = 0
        while i < lines.count {
            guard lines[i].hasPrefix("|") else { i += 1; continue }
            tables += 1
            if i > 0, !lines[i - 1].isEmpty { problems.append("line \(i + 1): no blank line before the table") }
            guard let width = cells(lines[i]) else { problems.append("line \(i + 1): bad header row"); i += 1; continue }
            if i + 1 >= lines.count || lines[i + 1].range(of: #"^\| (---:?)( \| ---:?)* \|$"#, options: .regularExpression) == nil || cells(lines[i + 1]) != width {
                problems.append("line \(i + 2): bad delimiter row")
            }
            i += 2
            while i < lines.count, lines[i].hasPrefix("|") {
                if cells(lines[i]) != width { problems.append("line \(i + 1): \(cells(lines[i]) ?? -1) cells, header has \(width)") }
                i += 1
            }
        }
        return (problems, tables)
    }
}

@Suite(.language(.zh)) struct MarkdownReportTests {
    @Test(arguments: ["2019-06-30", "2019-12-31"])
    func hunanTablesAreValid(day: String) throws {
        let md = String(decoding: try ReportWriter.data(Fixtures.status(day), format: .md), as: UTF8.self)
        let (problems, tables) = MarkdownTables.check(md)
        #expect(problems.isEmpty, "\(problems)")
        #expect(tables >= 5 + 3)
        #expect(md.hasPrefix("# 湖南省2019年度服务业高质量发展工作要点推进情况通报\n"))
        #expect(md.contains("湘服联办〔2019〕2号 · 湖南省服务业发展联席会议制度办公室 · 数据截至 \(day)"))
    }

    @Test func pipesAndLineBreaksAreEscapedInCells() throws {
        let md = String(decoding: try ReportWriter.data(TrickyPlan.status(), format: .md), as: UTF8.self)
        let (problems, tables) = MarkdownTables.check(md)
        #expect(problems.isEmpty, "\(problems)")
        #expect(tables > 0)
        #expect(md.contains("收入达到\"5,000\"万元\\|以上;出台\\<办法>&细则"))
        #expect(md.contains("措施一,含\"引号\" 第二行\\|竖线"))
        #expect(md.contains("| 乙局\\|丙 | 0 | 1 |"))
    }

    @Test func escapeCoversMarkdownSyntax() {
        #expect(MarkdownRenderer.escape("a|b") == "a\\|b")
        #expect(MarkdownRenderer.escape("*重点*_项目_") == "\\*重点\\*\\_项目\\_")
        #expect(MarkdownRenderer.escape("一\r\n二\n三") == "一 二 三")
        #expect(MarkdownRenderer.escape("<b>") == "\\<b>")
    }
}
