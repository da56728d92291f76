import Foundation
import NoticeFormats
import NoticeImport
import PlanModel
import Testing
import ZIPFoundation

/// The same notice as a Word file, a web page and GB18030/UTF-16 text imports to the same plan,
/// with the same warnings, as its UTF-8 text. Word files and pages are made by LibreOffice.
@Suite struct OfficeFormatTests {
    static func imported(_ bytes: [UInt8], encoding: TextEncoding? = nil) throws -> ImportedPlan {
        switch NoticeFile.importPlan(bytes: bytes, encoding: encoding, id: "notice") {
        case .imported(let plan): return plan
        case .failed(let failure): throw failure
        }
    }

    static func bytes(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }

    static func expectSame(_ found: ImportedPlan, as expected: ImportedPlan, _ what: String) {
        let differences = PlanComparison.differences(expected: expected.plan, found: found.plan)
        #expect(differences.isEmpty, Comment(rawValue: "\(what):\n" + differences.joined(separator: "\n")))
        #expect(found.warnings == expected.warnings, Comment(rawValue: what))
    }

    @Test(arguments: OfficeConversions.textNotices, ["docx", "html"])
    func wordFileAndWebPageGiveTheTextsPlan(_ notice: URL, _ format: String) throws {
        guard let converted = try OfficeConversions.converted(notice, to: format) else { return }
        let bytes = try Self.bytes(converted)
        #expect(NoticeKind.detect(bytes) == (format == "docx" ? .word : .webPage))
        Self.expectSame(try Self.imported(bytes), as: try Self.imported(try Self.bytes(notice)), converted.lastPathComponent)
    }

    /// A page whose plan is a table (主要任务 | 工作措施及进度安排 | 工作目标 | 责任单位), read as saved,
    /// and as LibreOffice writes it to Word (a real w:tbl) and back to a page.
    @Test func tableColumnsMapToThePlan() throws {
        let page = try Self.imported(try Self.bytes(OfficeConversions.tablePage))
        let plan = page.plan
        #expect(plan.info.title == "某市2019年服务业工作要点")
        #expect(plan.info.document == "某服办〔2019〕3号")
        #expect(plan.info.issued == CalendarDate(year: 2019, month: 3, day: 15))
        #expect(plan.sections.map(\.kind) == ["key-work"])
        #expect(plan.tasks.map(\.title) == ["发展现代物流", "培育电子商务"])
        #expect(plan.tasks.map(\.units) == [["市发改委", "市商务局"], ["市商务局"]])
        #expect(plan.tasks.map { $0.measures.count } == [2, 1])
        #expect(plan.tasks[0].targets.flatMap(\.indicators).map(\.goal) == [.atLeast(20), .atLeast(8)])
        #expect(!page.warnings.contains { $0.message.contains("首页") || $0.message.contains("不是计划") }, "navigation and scripts are dropped")
        // The same page as a GB2312 site serves it, with its charset and without.
        let html = try TestFiles.text(OfficeConversions.tablePage)
        for variant in [html.replacingOccurrences(of: "charset=\"utf-8\"", with: "charset=\"gb2312\""),
                        html.replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "")] {
            let found = try Self.imported(try Self.iconv(variant, to: "GB18030"))
            #expect(PlanComparison.differences(expected: plan, found: found.plan).isEmpty)
        }
        for format in ["docx", "html"] {
            guard let converted = try OfficeConversions.converted(OfficeConversions.tablePage, to: format) else { return }
            let found = try Self.imported(try Self.bytes(converted))
            let differences = PlanComparison.differences(expected: plan, found: found.plan)
            #expect(differences.isEmpty, Comment(rawValue: format + ":\n" + differences.joined(separator: "\n")))
        }
    }

    /// Numbers a browser or Word draws (<ol>, Word's 自动编号 from numbering.xml) are read as written ones.
    @Test func numberedListsReadAsNumberedItems() throws {
        let page = try Self.imported(try Self.bytes(OfficeConversions.listsPage)).plan
        let task = try #require(page.tasks.first)
        #expect(task.measures.map(\.number) == [1, 2])
        #expect(task.measures.map(\.text) == ["建设物流园区。", "推进多式联运。"])
        #expect(task.targets.map(\.number) == [1, 2])
        #expect(task.units == ["县发改局", "县商务局"])
        guard let word = try OfficeConversions.converted(OfficeConversions.listsPage, to: "docx") else { return }
        let archive = try Archive(url: word, accessMode: .read)
        var xml = Data()
        _ = try archive.extract(try #require(archive["word/document.xml"])) { xml.append($0) }
        #expect(String(decoding: xml, as: UTF8.self).contains("<w:numPr>"), "LibreOffice wrote Word numbering, not the digits")
        let found = try Self.imported(try Self.bytes(word))
        #expect(found.warnings.isEmpty, "\(found.warnings)")
        let differences = PlanComparison.differences(expected: page, found: found.plan)
        #expect(differences.isEmpty, Comment(rawValue: differences.joined(separator: "\n")))
    }

    @Test func gb18030AndUTF16CopiesImportIdentically() throws {
        let text = try TestFiles.text(TestFiles.seedNotice)
        let expected = try Self.imported(Array(text.utf8))
        let gb18030 = try Self.iconv(text, to: "GB18030")
        #expect(NoticeKind.detect(gb18030) == .text(.gb18030))
        Self.expectSame(try Self.imported(gb18030), as: expected, "GB18030")
        Self.expectSame(try Self.imported(gb18030, encoding: TextEncoding(name: "gbk")), as: expected, "--encoding gbk")
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        Self.expectSame(try Self.imported(utf16), as: expected, "UTF-16LE with BOM")
        let utf16be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        Self.expectSame(try Self.imported(utf16be), as: expected, "UTF-16BE with BOM")
    }

    /// The text in another encoding, by the system's iconv tool (not by the code under test).
    static func iconv(_ text: String, to encoding: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", encoding]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread { input.fileHandleForWriting.write(Data(text.utf8)); try? input.fileHandleForWriting.close() }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }
}
