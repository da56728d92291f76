// not messages: Office Open XML markup and the font name 宋体; the form's texts come from `UnitForm` and the catalogue

import Catalogue
import Foundation
import PlanModel
import PlanReports
import ZIPFoundation

/// Writes a unit's form as an .xlsx workbook (Office Open XML): one sheet, the header block
/// above the table, only the fill-in cells unlocked (sheet protection without a password),
/// figures checked by data validation, status cells offering a list, text wrapped, the
/// column labels frozen and repeated on each printed page, A4 landscape.
public enum XLSXWriter {
    /// The sheet's name, in the reader's language.
    public static var sheetName: String { Message.formSheetName.text() }

    public static func data(_ form: UnitForm) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, xml) in parts(form) {
            let bytes = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    static func parts(_ form: UnitForm) -> [(String, String)] {
        [("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRels), ("xl/workbook.xml", workbook),
         ("xl/_rels/workbook.xml.rels", workbookRels), ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml",
             sheet(form))]
    }

    private static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static let contentTypes = head + """
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/xl/workbook.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
    <Override PartName="/xl/worksheets/sheet1.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
    <Override PartName="/xl/styles.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
    </Types>
    """

    private static let rootRels = head + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
    """

    private static var workbook: String { head + """
    <workbook xmlns="\(main)" xmlns:r="\(rel)"><sheets><sheet name="\(sheetName)" sheetId="1" r:id="rId1"/></sheets>\
    <definedNames><definedName name="_xlnm.Print_Titles" \
    localSheetId="0">'\(sheetName)'!$\(FormLayout.headerRow + 1):\
    $\(FormLayout.headerRow + 1)</definedName></definedNames>\
    </workbook>
    """
    }

    private static let workbookRels = head + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="\(rel)/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="\(rel)/styles" Target="styles.xml"/></Relationships>
    """

    /// Cell styles, by their index in `cellXfs`.
    private enum Style: Int {
        case plain = 0, title, label, text, fillIn, headerValue
    }

    private static let styles = head + """
    <styleSheet xmlns="\(main)">\
    <fonts count="2"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font>\
    <font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>\
    <fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
    <fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>\
    <fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor \
    indexed="64"/></patternFill></fill></fills>\
    <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
    <border><left style="thin"/><right style="thin"/><top style="thin"/><bottom \
    style="thin"/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="6">\
    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment \
    horizontal="center" vertical="center" wrapText="1"/></xf>\
    <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" \
    applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
    <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment \
    vertical="top" wrapText="1"/></xf>\
    <xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1" \
    applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>\
    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="center" \
    wrapText="1"/></xf>\
    </cellXfs>\
    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
    """

    static func sheet(_ form: UnitForm) -> String {
        let columns = FormLayout.Column.allCases
        let last = CellAddress.columnName(columns.count - 1)
        let top = FormLayout.headerRow
        var rows: [String] = []
        var merges = ["A1:\(last)1"]
        rows.append(row(0, height: 30, [textCell(CellAddress(row: 0, column: 0), form.title, .title)]))
        for (i, (field, value)) in form.fields.enumerated() {
            let r = i + 1
            rows.append(row(r, height: nil, [textCell(CellAddress(row: r, column: 0), field.label, .label),
                                             textCell(CellAddress(row: r, column: 1), value, .headerValue)]))
            merges.append("B\(r + 1):\(last)\(r + 1)")
        }
        let note = top - 1
        rows.append(row(note, height: 32, [textCell(CellAddress(row: note, column: 0), Message.formsInstructions.text(),
            .headerValue)]))
        merges.append("A\(note + 1):\(last)\(note + 1)")
        // English labels are longer than the columns sized for Chinese: the row grows to hold them wrapped.
        let labelLines = columns.map { wrappedLines($0.label, width: $0.width) }.max() ?? 1
        rows.append(row(top, height: max(20, Double(labelLines) * 14.5 + 4), columns.enumerated().map {
            textCell(CellAddress(row: top, column: $0.offset), $0.element.label, .label) }))
        var numberCells: [String] = []
        var statusCells: [String] = []
        for (i, item) in form.rows.enumerated() {
            let r = top + 1 + i
            let texts = form.cells(item)
            var cells: [String] = []
            var lines = 1
            for (c, column) in columns.enumerated() {
                let at = CellAddress(row: r, column: c)
                if column == .previous, let n = item.previousNumber {
                    cells.append("<c r=\"\(at)\" s=\"\(Style.text.rawValue)\"><v>\(n)</v></c>")
                } else {
                    cells.append(textCell(at, texts[c], column.isFillIn ? .fillIn : .text))
                }
                lines = max(lines, wrappedLines(texts[c], width: column.width))
            }
            let valueCell = CellAddress(row: r, column: FormLayout.Column.value.index).description
            if item.takesStatus { statusCells.append(valueCell) } else { numberCells.append(valueCell) }
            rows.append(row(r, height: Double(lines) * 14.5 + 4, cells))
        }
        let colsXML = columns.enumerated().map { """
            <col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\($0.element.width)\" customWidth=\"1\"/>
            """ }.joined()
        let lastRow = top + 1 + form.rows.count
        return head + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(rel)\">"
            + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
            + "<dimension ref=\"A1:\(last)\(lastRow)\"/>"
            + """
                <sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(top + 1)\" topLeftCell=\"A\(top + 2)\" \
                activePane=\"bottomLeft\" state=\"frozen\"/>
                """
            + """
                <selection pane=\"bottomLeft\" activeCell=\"H\(top + 2)\" \
                sqref=\"H\(top + 2)\"/></sheetView></sheetViews>
                """
            + "<sheetFormatPr defaultRowHeight=\"14.5\"/>"
            + "<cols>\(colsXML)</cols>"
            + "<sheetData>\(rows.joined())</sheetData>"
            + "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>"
            + """
                <mergeCells \
                count=\"\(merges.count)\">\(merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined())</mergeCells>
                """
            + validations(numbers: numberCells, statuses: statusCells)
            + "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
            + "</worksheet>"
    }

    private static func validations(numbers: [String], statuses: [String]) -> String {
        var out: [String] = []
        if !numbers.isEmpty {
            out.append("""
                <dataValidation type=\"decimal\" operator=\"between\" allowBlank=\"1\" showInputMessage=\"1\" \
                showErrorMessage=\"1\"
                """
                + """
                     errorTitle=\"\(XMLText.escape(FormLayout.Column.value.label))\" \
                    error=\"\(XMLText.escape(Message.formsNumberPrompt.text()))\"
                    """
                + """
                     prompt=\"\(XMLText.escape(Message.formsNumberPrompt.text()))\" \
                    sqref=\"\(numbers.joined(separator: " "))\">
                    """
                + "<formula1>-1E+15</formula1><formula2>1E+15</formula2></dataValidation>")
        }
        if !statuses.isEmpty {
            let list = FormLayout.statusChoices.joined(separator: ",")
            out.append("<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
                + """
                     errorTitle=\"\(XMLText.escape(FormLayout.Column.value.label))\" \
                    error=\"\(XMLText.escape(Message.formsStatusPrompt.text()))\"
                    """
                + """
                     prompt=\"\(XMLText.escape(Message.formsStatusPrompt.text()))\" \
                    sqref=\"\(statuses.joined(separator: " "))\">
                    """
                + "<formula1>\"\(XMLText.escape(list))\"</formula1></dataValidation>")
        }
        return out.isEmpty ? "" : "<dataValidations count=\"\(out.count)\">\(out.joined())</dataValidations>"
    }

    private static func row(_ r: Int, height: Double?, _ cells: [String]) -> String {
        let ht = height.map { " ht=\"\($0)\" customHeight=\"1\"" } ?? ""
        return "<row r=\"\(r + 1)\"\(ht)>\(cells.joined())</row>"
    }

    /// An inline-string cell (a styled empty cell when the text is empty).
    private static func textCell(_ at: CellAddress, _ text: String, _ style: Style) -> String {
        guard !text.isEmpty else { return "<c r=\"\(at)\" s=\"\(style.rawValue)\"/>" }
        return """
            <c r=\"\(at)\" s=\"\(style.rawValue)\" t=\"inlineStr\"><is><t \
            xml:space=\"preserve\">\(XMLText.escape(text))</t></is></c>
            """
    }

    /// How many lines text takes in a column `width` characters wide (a CJK character counts two).
    private static func wrappedLines(_ text: String, width: Double) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { n, line in
            n + max(1, Int((Double(DisplayWidth.of(String(line))) / max(width - 1, 1)).rounded(.up)))
        }
    }
}
