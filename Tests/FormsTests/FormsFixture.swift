import Foundation
import PlanForms
import PlanModel
import PlanStore
import ZIPFoundation
import TestSupport

/// The Hunan plan in a fresh folder, forms made from it, and forms filled in as a unit would.
enum FormsFixture {
    static func tempDir() throws -> URL { try TestWorkspace.folder("plandash-forms") }

    /// A session on a fresh copy of the Hunan plan (empty journal).
    static func hunanSession(user: String = "office") throws -> PlanSession {
        try PlanSession(url: TestWorkspace.hunanCopy(in: tempDir()), user: user)
    }

    static func q3(_ plan: Plan) -> ReportingPeriod { plan.reportingPeriod(named: "2019Q3")! }

    static func form(_ session: PlanSession, unit: String, period: String = "2019Q3") -> UnitForm {
        UnitForm(plan: session.plan, ledger: session.ledger, duty: ReportingDuty(unit: unit, plan: session.plan),
                 period: session.plan.reportingPeriod(named: period)!)
    }

    /// A value a unit reports for an item, the same whoever reports it: a status for measures and
    /// milestones, a figure otherwise.
    static func value(for item: ReportingDuty.Item) -> ItemValue {
        let n = item.id.unicodeScalars.reduce(0) { ($0 * 31 + Int($1.value)) % 9973 }
        if item.takesStatus { return .status([WorkStatus.inProgress, .done, .notStarted][n % 3]) }
        return .number(Double(n % 900) + 0.5)
    }

    /// The text a person types for a value.
    static func typed(_ value: ItemValue) -> String {
        switch value {
        case .number(let n): return NumberText.format(n)
        case .status(let s): return s.label
        }
    }

    /// An xlsx form with cells filled in: each value cell of `values` (by item id) set, as a
    /// number cell when the text is a number and as text otherwise; notes likewise.
    static func fill(_ xlsx: Data, values: [String: String], notes: [String: String] = [:]) throws -> Data {
        let form = try ReturnedForm(XLSXReader.grid(xlsx))
        var cells: [String: String] = [:]
        for row in form.rows {
            if let v = values[row.id] { cells[row.valueCell.description] = v }
            if let n = notes[row.id] { cells[CellAddress(row: row.valueCell.row, column: row.valueCell.column + 1).description] = n }
        }
        return try rewriteSheet(xlsx) { xml in
            var xml = xml
            for (ref, text) in cells {
                let empty = "<c r=\"\(ref)\" s=\"4\"/>"
                let filled = Double(text) != nil ? "<c r=\"\(ref)\" s=\"4\"><v>\(text)</v></c>"
                    : "<c r=\"\(ref)\" s=\"4\" t=\"inlineStr\"><is><t>\(escape(text))</t></is></c>"
                xml = xml.replacingOccurrences(of: empty, with: filled)
            }
            return xml
        }
    }

    /// The xlsx with its sheet's XML changed by `edit` (other parts copied as they are).
    static func rewriteSheet(_ xlsx: Data, _ edit: @escaping (String) -> String) throws -> Data {
        try rewrite(xlsx, ["xl/worksheets/sheet1.xml": edit])
    }

    /// The xlsx with parts changed by `edits` (by path) and parts added.
    static func rewrite(_ xlsx: Data, _ edits: [String: (String) -> String], adding: [String: String] = [:]) throws -> Data {
        let source = try Archive(data: xlsx, accessMode: .read)
        let out = try Archive(accessMode: .create)
        var parts: [(String, Data)] = []
        for entry in source {
            var bytes = Data()
            _ = try source.extract(entry) { bytes.append($0) }
            if let edit = edits[entry.path] { bytes = Data(edit(String(decoding: bytes, as: UTF8.self)).utf8) }
            parts.append((entry.path, bytes))
        }
        parts += adding.map { ($0.key, Data($0.value.utf8)) }
        for (path, data) in parts {
            try out.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        return out.data!
    }

    /// One part of an xlsx as text.
    static func part(_ xlsx: Data, _ path: String) throws -> String? {
        let archive = try Archive(data: xlsx, accessMode: .read)
        guard let entry = archive[path] else { return nil }
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// Writes data to a file in `dir` and returns its URL.
    static func write(_ data: Data, _ name: String, in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// Lines in the plan's journal.
    static func journalLines(_ session: PlanSession) -> Int {
        ((try? String(contentsOf: session.journal.url, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    /// Runs the built plandash binary (in Chinese) to completion.
    static func plandash(_ args: [String], cwd: URL? = nil) throws -> Binary.Result {
        try Binary.run(args, cwd: cwd, env: ["PLANDASH_LANG": "zh"])
    }
}
