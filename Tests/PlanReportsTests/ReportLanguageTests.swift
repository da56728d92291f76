import Catalogue
import Foundation
import PlanModel
import PlanReports
import Testing

/// Reports read in one language throughout: in English no Chinese word of ours is left (plan
/// text, which is the plan's own, aside), and the Chinese ones keep their wording.
@Suite struct ReportLanguageTests {
    /// The text with every text the plan itself holds (titles, names, units, deadlines) taken out.
    static func withoutPlanText(_ text: String, _ plan: Plan) -> String {
        var words: [String] = [plan.info.title, plan.info.document, plan.info.issuer]
        for section in plan.sections {
            words.append(section.title)
            for task in section.tasks {
                words += [task.title] + task.units
                words += task.measures.flatMap { [$0.text, $0.deadline.text] }
                for target in task.targets {
                    words.append(target.text)
                    words += target.indicators.flatMap { [$0.name, $0.goalText] + [$0.unit].compactMap { $0 } }
                }
            }
        }
        var out = text
        for word in words.sorted(by: { $0.count > $1.count }) where !word.isEmpty {
            out = out.replacingOccurrences(of: MarkdownRenderer.escape(word), with: "")
            out = out.replacingOccurrences(of: word, with: "")
        }
        return out
    }

    static func han(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init).filter { line in
            line.unicodeScalars.contains { (0x3000...0x303F).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
                || (0xFF00...0xFFEF).contains($0.value) }
        }
    }

    @Test(arguments: [ReportFormat.md, .html, .csv])
    func anEnglishReportHoldsNoChineseOfOurs(format: ReportFormat) throws {
        let status = Fixtures.status("2019-06-30")
        let data = try Language.$chosen.withValue(.en) { try ReportWriter.data(status, format: format) }
        var text = String(decoding: data, as: UTF8.self)
        if format == .html { text = text.replacingOccurrences(of: "&quot;", with: "\"") }
        let left = Self.han(Self.withoutPlanText(text, status.plan))
            .filter { !$0.contains("font-family") }  // the CSS names CJK fonts, for the plan's text
        #expect(left == [], "\(left.prefix(5))")
        if format == .html { #expect(text.contains("lang=\"en\" xml:lang=\"en\"")) }
    }

    @Test func summaryAndDepartmentsSpeakTheLanguage() {
        let status = Fixtures.status("2019-06-30")
        let zh = Language.$chosen.withValue(.zh) { (PlanSummary(status).text, DepartmentsReport(status).text) }
        let en = Language.$chosen.withValue(.en) { (PlanSummary(status).text, DepartmentsReport(status).text) }
        #expect(zh.0.contains("\n各月到期措施：\n"))
        #expect(zh.0.contains("\n一、"))
        #expect(zh.0.contains("\n目标：已达成 "))
        #expect(en.0.contains("\nDeadlines by month:\n"))
        #expect(en.0.contains("\nTargets: reached "))
        #expect(en.0.contains("\nMeasures: done "))
        #expect(Self.han(Self.withoutPlanText(en.0, status.plan)) == [])
        #expect(zh.1.hasPrefix("hunan-2019-services 的责任单位（截至 2019-06-30）："))
        #expect(zh.1.contains("\n  牵头  "))
        #expect(en.1.hasPrefix("Units of hunan-2019-services, as of 2019-06-30: "))
        #expect(Self.han(Self.withoutPlanText(en.1, status.plan)) == [])
    }
}
