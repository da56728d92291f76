import Catalogue
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads the form's sheet (填报表, else the first) of an .xlsx workbook as Excel, WPS and LibreOffice save it: shared
/// strings (rich text runs joined, phonetic guides left out), inline strings, formula results,
/// numbers; cells with or without their `r` address. Sizes are bounded before anything is
/// inflated, and again while inflating, so a zip bomb is refused, never unpacked.
public enum XLSXReader {
    public static func grid(_ data: Data, limits: ReadLimits = ReadLimits()) throws(FormRefusal) -> SheetGrid {
        guard data.count <= limits.fileBytes else {
            throw FormRefusal(.collectTooLarge("\(data.count) B", limit: ReadLimits.megabytes(limits.fileBytes)))
        }
        guard data.starts(with: [0x50, 0x4B, 0x03,
            0x04]) else { throw FormRefusal(.collectNotXLSX(Message.formNotZip)) }
        let archive: Archive
        do { archive = try Archive(data: data,
            accessMode: .read) } catch { throw FormRefusal(.collectNotXLSX(Message.zipReason(error))) }
        var count = 0
        for _ in archive {
            count += 1
            guard count <= limits.parts else { throw FormRefusal(.collectTooLarge(
                Message.formParts(count), limit: .verbatim("\(limits.parts)"))) }
        }
        guard let workbook = try part(archive, "xl/workbook.xml",
            limits) else { throw FormRefusal(.collectNotXLSX(Message.formMissingPart("xl/workbook.xml"))) }
        let first = FirstSheet.read(workbook)
        var sheetPath = "xl/worksheets/sheet1.xml"
        if let id = first.relation, let rels = try part(archive, "xl/_rels/workbook.xml.rels", limits),
            let target = Relations.target(of: id, in: rels) {
            sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        let shared = try part(archive, "xl/sharedStrings.xml", limits).map { SharedStrings.read($0,
            limit: limits.cells) } ?? .success([])
        guard case .success(let strings) = shared else { throw FormRefusal(.collectTooLarge("sharedStrings",
            limit: "\(limits.cells)")) }
        guard let sheet = try part(archive, sheetPath,
            limits) else { throw FormRefusal(.collectNotXLSX(Message.formMissingPart(sheetPath))) }
        return try SheetCells.read(sheet, name: first.name ?? "Sheet1", shared: strings, limit: limits.cells)
    }

    /// One part, inflated; nil when the archive has none by that name.
    private static func part(_ archive: Archive, _ path: String, _ limits: ReadLimits) throws(FormRefusal) -> Data? {
        guard let entry = archive[path] else { return nil }
        let tooLarge = FormRefusal(.collectTooLarge(path, limit: ReadLimits.megabytes(limits.partBytes)))
        guard entry.uncompressedSize <= UInt64(limits.partBytes) else { throw tooLarge }
        var out = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                guard out.count + chunk.count <= limits.partBytes else { throw tooLarge }
                out.append(chunk)
            }
        } catch let refusal as FormRefusal {
            throw refusal
        } catch {
            throw FormRefusal(.collectNotXLSX(.withReason(.zipReason(error)) { .formBadXML(path, $0) }))
        }
        return out
    }
}

/// Parses `data` with `delegate` (which the parser holds only weakly, so it is kept here);
/// returns whether the whole document was read, and the parser for its error.
@discardableResult
private func parse(_ data: Data, with delegate: XMLParserDelegate) -> (ok: Bool, parser: XMLParser) {
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    let ok = withExtendedLifetime(delegate) { parser.parse() }
    return (ok, parser)
}

/// An element's name without its namespace prefix (`x:sheet` → `sheet`).
private func local(_ name: String) -> Substring {
    name.split(separator: ":").last ?? Substring(name)
}

/// The form's sheet in xl/workbook.xml: the one named 填报表 (a unit may have added sheets
/// before it), else the first; its name and relation id.
private final class FirstSheet: NSObject, XMLParserDelegate {
    var name: String?
    var relation: String?

    static func read(_ data: Data) -> FirstSheet {
        let d = FirstSheet()
        parse(data, with: d)
        return d
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]) {
        guard local(element) == "sheet" else { return }
        let isForm = attributes["name"] == XLSXWriter.sheetName
        guard name == nil || isForm else { return }
        name = attributes["name"]
        relation = attributes.first { local($0.key) == "id" && $0.key.contains(":") }?.value
        if isForm { parser.abortParsing() }
    }
}

/// The target of a relationship in a .rels part.
private final class Relations: NSObject, XMLParserDelegate {
    let id: String
    var target: String?

    init(_ id: String) { self.id = id }

    static func target(of id: String, in data: Data) -> String? {
        let d = Relations(id)
        parse(data, with: d)
        return d.target
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]) {
        guard local(element) == "Relationship", attributes["Id"] == id else { return }
        target = attributes["Target"]
        parser.abortParsing()
    }
}

/// Text collected from `<t>` elements, leaving out phonetic runs (`<rPh>`).
private struct TextRuns {
    var inText = false
    var inPhonetic = false
    var text = ""

    mutating func start(_ name: Substring) {
        if name == "rPh" { inPhonetic = true } else if name == "t" { inText = !inPhonetic }
    }

    mutating func end(_ name: Substring) {
        if name == "rPh" { inPhonetic = false } else if name == "t" { inText = false }
    }

    mutating func characters(_ s: String) { if inText { text += s } }
}

/// xl/sharedStrings.xml: the text of each `<si>`.
private final class SharedStrings: NSObject, XMLParserDelegate {
    let limit: Int
    var strings: [String] = []
    var runs = TextRuns()
    var overLimit = false

    init(limit: Int) { self.limit = limit }

    static func read(_ data: Data, limit: Int) -> Result<[String], FormRefusal> {
        let d = SharedStrings(limit: limit)
        parse(data, with: d)
        return d.overLimit ? .failure(FormRefusal(.collectTooLarge("sharedStrings",
            limit: "\(limit)"))) : .success(d.strings)
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]) {
        let name = local(element)
        if name == "si" { runs = TextRuns() } else { runs.start(name) }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        let name = local(element)
        guard name == "si" else { return runs.end(name) }
        strings.append(runs.text)
        if strings.count > limit {
            overLimit = true
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { runs.characters(string) }
}

/// A worksheet part: the text of every cell, shared strings looked up.
private final class SheetCells: NSObject, XMLParserDelegate {
    let shared: [String]
    let limit: Int
    var grid: SheetGrid
    var row = -1
    var column = -1
    var type = ""
    var value = ""
    var inValue = false
    var runs = TextRuns()
    var overLimit = false

    init(name: String, shared: [String], limit: Int) {
        self.shared = shared
        self.limit = limit
        grid = SheetGrid(name: name)
    }

    static func read(_ data: Data, name: String, shared: [String], limit: Int) throws(FormRefusal) -> SheetGrid {
        let d = SheetCells(name: name, shared: shared, limit: limit)
        let (ok, parser) = parse(data, with: d)
        if d.overLimit { throw FormRefusal(.collectTooLarge(.verbatim(name), limit: .formCells(limit))) }
        // The parser may report success yet hold an error (a tag left open where the part ends).
        if !ok || parser.parserError != nil {
            throw FormRefusal(.collectNotXLSX(Message.xmlReason(in: name, of: parser)))
        }
        return d.grid
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]) {
        switch local(element) {
        case "row":
            row = attributes["r"].flatMap { Int($0) }.map { $0 - 1 } ?? row + 1
            column = -1
        case "c":
            if let r = attributes["r"], let at = CellAddress(a1: Substring(r)) {
                (row, column) = (at.row, at.column)
            } else {
                column += 1
            }
            type = attributes["t"] ?? "n"
            value = ""
            runs = TextRuns()
        case "v":
            inValue = true
        case let name:
            runs.start(name)
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch local(element) {
        case "v":
            inValue = false
        case "c":
            let text: String
            switch type {
            case "s": text = Int(value.trimmingCharacters(in: .whitespaces)).flatMap { shared.indices.contains($0)
                ? shared[$0] : nil } ?? ""
            case "inlineStr": text = runs.text
            default: text = value
            }
            grid.set(CellAddress(row: max(row, 0), column: max(column, 0)), text)
            if grid.cellCount > limit {
                overLimit = true
                parser.abortParsing()
            }
        case let name:
            runs.end(name)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string } else { runs.characters(string) }
    }
}
