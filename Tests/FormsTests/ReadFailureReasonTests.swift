import Catalogue
import Foundation
import PlanForms
import Testing
import ZIPFoundation

/// A workbook that is not a sound zip, or holds a broken XML part, is refused with a reason in
/// the reader's language, never with the zip library's case name or the XML parser's English.
@Suite struct ReadFailureReasonTests {
    /// The reason `XLSXReader` refuses `data` with.
    private func refusal(_ data: Data) -> Message? {
        do { _ = try XLSXReader.grid(data) } catch { return error.message }
        return nil
    }

    /// A workbook whose sheet part is stored uncompressed, so that its bytes can be found and spoiled.
    private func storedWorkbook(sheet: String) throws -> Data {
        let workbook = try XLSXReaderTests.workbook(sheet: "", shared: nil)
        let source = try Archive(data: workbook, accessMode: .read)
        let archive = try Archive(accessMode: .create)
        for entry in source {
            var data = Data()
            _ = try source.extract(entry) { data.append($0) }
            if entry.path.hasSuffix("data.xml") { data = Data(sheet.utf8) }
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: .none) { p, n in data.subdata(in: Int(p)..<Int(p) + n) }
        }
        return archive.data!
    }

    @Test func aZipCutShort() {
        let reason = refusal(Data([0x50, 0x4B, 0x03, 0x04] + Array("junk".utf8)))
        #expect(reason == .collectNotXLSX(.zipNoDirectory))
        #expect(reason?.text(.zh).contains("压缩包不完整") == true)
        #expect(reason?.text(.en).contains("the archive is incomplete") == true)
    }

    @Test func corruptCompressedData() throws {
        var data = try XLSXReaderTests.workbook(sheet: "<x:row><x:c><x:v>412.5</x:v></x:c></x:row>", shared: nil)
        // The sheet's deflated bytes follow its name in its local header (no extra field).
        let name = try #require(data.firstRange(of: Data("xl/worksheets/data.xml".utf8)))
        data.replaceSubrange(name.upperBound..<name.upperBound + 4, with: [0xFF, 0xFF, 0xFF, 0xFF])
        #expect(refusal(data) == .collectNotXLSX(.withReason(.zipCorruptData) {
            .formBadXML("xl/worksheets/data.xml", $0) }))
    }

    @Test func sheetsThatAreNotWellFormedXML() throws {
        let undefined = "<worksheet>\n<sheetData>&nbsp;</sheetData></worksheet>"
        let entity = try #require(refusal(storedWorkbook(sheet: undefined)))
        #expect(entity.text(.zh).contains("表一：第 2 行第 "), "\(entity.zh)")
        #expect(entity.text(.zh).contains(" 列：引用了未定义的实体"), "\(entity.zh)")
        #expect(entity.text(.en).contains("表一: line 2, column "), "\(entity.en)")
        #expect(entity.text(.en).contains(": a reference to an undefined entity"), "\(entity.en)")
        // Cut short: the parser says it finished, but holds an error.
        let cut = try #require(refusal(storedWorkbook(sheet: "<worksheet>\n<sheetData><row><c><v>412")))
        #expect(cut.text(.zh).contains("文档没有正确结束"), "\(cut.zh)")
        #expect(cut.text(.en).contains("the document does not end properly"), "\(cut.en)")
    }
}
