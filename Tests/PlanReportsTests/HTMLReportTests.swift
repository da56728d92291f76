import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Catalogue
import PlanModel
import PlanReports
import TestSupport
import Testing

/// Reads a page with Foundation's XML parser, noting every element, attribute and text.
final class PageScan: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var attributes: [[String: String]] = []
    var text = ""
    /// For each `svg`, the number of bar groups (`g`) inside it.
    var barsPerChart: [Int] = []
    /// For each `svg`, the number of `rect class="fill"` inside it.
    var fillsPerChart: [Int] = []
    private var inSVG = false

    static func scan(_ data: Data) -> (PageScan, Bool, String) {
        let scan = PageScan()
        let parser = XMLParser(data: data)
        parser.delegate = scan
        let ok = parser.parse()
        return (scan, ok, parser.parserError.map { "\($0) at line \(parser.lineNumber)" } ?? "")
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(name)
        self.attributes.append(attributes)
        switch name {
        case "svg": inSVG = true; barsPerChart.append(0); fillsPerChart.append(0)
        case "g" where inSVG: barsPerChart[barsPerChart.count - 1] += 1
        case "rect" where inSVG && attributes["class"] == "fill": fillsPerChart[fillsPerChart.count - 1] += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "svg" { inSVG = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

@Suite(.language(.zh)) struct HTMLReportTests {
    @Test func hunanPageIsWellFormedWithItsCharts() throws {
        let data = try ReportWriter.data(Fixtures.status("2019-12-31"), format: .html)
        let (page, ok, error) = PageScan.scan(data)
        #expect(ok, "not well-formed XML: \(error)")
        #expect(page.elements.first == "html")
        #expect(page.attributes.contains { $0["charset"] == "utf-8" })
        // Completion by section (5), by task area (18), and the load of each unit (32).
        #expect(page.barsPerChart == [5, 18, 32])
        #expect(page.fillsPerChart == [5, 11, 32]) // 7 task areas have nothing reported yet
        #expect(page.text.contains("总体完成度 34%"))
        #expect(page.text.contains("@media print"))
    }

    @Test func pageIsSelfContained() throws {
        let data = try ReportWriter.data(Fixtures.status("2019-06-30"), format: .html)
        let (page, ok, _) = PageScan.scan(data)
        #expect(ok)
        #expect(!page.elements.contains("script"))
        #expect(!page.elements.contains("link"))
        #expect(!page.elements.contains("img"))
        let refs = page.attributes.flatMap { $0.filter { ["href", "src", "xlink:href"].contains($0.key) }.values }
        #expect(refs.isEmpty)
        #expect(!page.text.contains("url("))
    }

    @Test func textIsEscaped() throws {
        let data = try ReportWriter.data(TrickyPlan.status(), format: .html)
        let (page, ok, error) = PageScan.scan(data)
        #expect(ok, "not well-formed XML: \(error)")
        #expect(page.text.contains("测试<计划> & \"引号\"推进情况通报"))
        #expect(page.text.contains("出台<办法>&细则"))
        #expect(String(decoding: data, as: UTF8.self).contains("出台&lt;办法&gt;&amp;细则"))
    }
}
