import Catalogue
import Foundation
import PlanModel

/// The formats `plandash report` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, html, csv, json

    /// The file name extension for the format.
    public var fileExtension: String { rawValue }

    /// The format a file name's extension names (`.md`, `.markdown`, `.html`, `.htm`, `.csv`, `.json`), if any.
    public init?(fileExtension ext: String) {
        switch ext.lowercased() {
        case "md", "markdown": self = .md
        case "html", "htm": self = .html
        case "csv": self = .csv
        case "json": self = .json
        default: return nil
        }
    }
}

/// Produces a report's bytes from one `PlanStatus` and names the file it goes to by default.
/// Pure: the caller writes the bytes (the command and the TUI use `AtomicFile.write`).
public enum ReportWriter {
    /// The report in a format, as the file should hold it (CSV with its BOM and CRLF line ends).
    public static func data(_ status: PlanStatus, format: ReportFormat) throws -> Data {
        let bulletin = Bulletin(status)
        switch format {
        case .md:
            return Data(MarkdownRenderer.render(BulletinLayout.blocks(bulletin)).utf8)
        case .html:
            let title = Message.bulletinPageTitle(bulletin.info.title, asOf: bulletin.asOf.description).text()
            return Data(HTMLRenderer.render(title: title, BulletinLayout.blocks(bulletin)).utf8)
        case .csv:
            return Data(CSVReport.text(bulletin).utf8)
        case .json:
            var data = try JSONReport.data(bulletin)
            data.append(0x0A)
            return data
        }
    }

    /// Where a report goes when no path is given: beside the plan file, named for the plan,
    /// the as-of day and the format: `Plans/hunan-2019-services.report-2019-12-31.md`.
    public static func defaultPath(planURL: URL, asOf: CalendarDate, format: ReportFormat) -> URL {
        let base = planURL.deletingPathExtension().lastPathComponent
        return planURL.deletingLastPathComponent()
            .appendingPathComponent("\(base).report-\(asOf).\(format.fileExtension)")
    }
}
