import Foundation
import PlanForms
import Testing
import ZIPFoundation

/// Workbooks as other programs write them: prefixed element names, cells without addresses,
/// shared strings in rich-text runs with phonetic guides, numbers stored as text.
@Suite struct XLSXReaderTests {
    static func workbook(sheet: String, shared: String?) throws -> Data {
        let ns = "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        var parts = [
            ("xl/workbook.xml", "<x:workbook \(ns)><x:sheets><x:sheet name=\"表一\" sheetId=\"1\" r:id=\"rId7\"/></x:sheets></x:workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"/xl/worksheets/data.xml\"/></Relationships>"),
            ("xl/worksheets/data.xml", "<x:worksheet \(ns)><x:sheetData>\(sheet)</x:sheetData></x:worksheet>"),
        ]
        if let shared { parts.append(("xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\(shared)</sst>")) }
        let archive = try Archive(accessMode: .create)
        for (path, xml) in parts {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { p, n in
                data.subdata(in: Int(p)..<Int(p) + n)
            }
        }
        return archive.data!
    }

    @Test func cellsAsOtherProgramsSaveThem() throws {
        let shared = "<si><t>编号</t></si><si><r><t>本期</t></r><r><rPr><b/></rPr><t>值</t></r><rPh sb=\"0\" eb=\"1\"><t>ホン</t></rPh></si><si><t xml:space=\"preserve\"> 任务 </t></si>"
        let sheet = """
        <x:row r="3"><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c r="D3" t="s"><x:v>1</x:v></x:c></x:row>\
        <x:row><x:c t="inlineStr"><x:is><x:t>kw1.t1.i3</x:t></x:is></x:c><x:c t="str"><x:v>公式结果</x:v></x:c>\
        <x:c r="D4" t="s"><x:v>99</x:v></x:c><x:c r="E4"><x:v>412.5</x:v></x:c></x:row>
        """
        let grid = try XLSXReader.grid(Self.workbook(sheet: sheet, shared: shared))
        #expect(grid.name == "表一")
        #expect(grid[CellAddress(row: 2, column: 0)] == "编号")
        #expect(grid[CellAddress(row: 2, column: 1)] == " 任务 ")
        #expect(grid[CellAddress(row: 2, column: 3)] == "本期值")
        #expect(grid[CellAddress(row: 3, column: 0)] == "kw1.t1.i3")
        #expect(grid[CellAddress(row: 3, column: 1)] == "公式结果")
        #expect(grid[CellAddress(row: 3, column: 3)] == nil)
        #expect(grid[CellAddress(row: 3, column: 4)] == "412.5")
        #expect(grid.cellCount == 6)
    }

    @Test func cellAddresses() {
        #expect(CellAddress(a1: "A1") == CellAddress(row: 0, column: 0))
        #expect(CellAddress(a1: "AA10")?.description == "AA10")
        #expect(CellAddress(a1: "h12") == CellAddress(row: 11, column: 7))
        #expect(CellAddress(a1: "12") == nil)
        #expect(CellAddress(a1: "A0") == nil)
        #expect(CellAddress(a1: "ZZZZZZ1") == nil)
    }

    @Test func theFormSheetIsFoundWhenAUnitAddsASheetBeforeIt() throws {
        let session = try FormsFixture.hunanSession()
        let form = FormsFixture.form(session, unit: "省统计局")
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let data = try FormsFixture.rewrite(XLSXWriter.data(form), [
            "xl/workbook.xml": { $0.replacingOccurrences(of: "<sheets>", with: "<sheets><sheet name=\"说明\" sheetId=\"2\" r:id=\"rId9\"/>") },
            "xl/_rels/workbook.xml.rels": { $0.replacingOccurrences(of: "</Relationships>", with: "<Relationship Id=\"rId9\" Type=\"worksheet\" Target=\"worksheets/notes.xml\"/></Relationships>") },
        ], adding: ["xl/worksheets/notes.xml": "<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>备注</t></is></c></row></sheetData></worksheet>"])
        let grid = try XLSXReader.grid(data)
        #expect(grid.name == XLSXWriter.sheetName)
        #expect(try ReturnedForm(grid).rows.map(\.id) == form.rows.map(\.id))
    }
}
