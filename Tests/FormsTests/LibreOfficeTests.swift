import Foundation
import PlanForms
import PlanModel
import PlanStore
import Testing

/// A real spreadsheet program reads the forms: LibreOffice (headless) opens a filled-in form
/// and saves it as xlsx and as CSV; every cell reads back, and the xlsx LibreOffice wrote —
/// shared strings, its own styles, not a file plandash wrote — is collected.
@Suite struct LibreOfficeTests {
    /// The filled form, and LibreOffice's xlsx and CSV of it; made once for all tests (each
    /// conversion starts LibreOffice, which takes seconds).
    struct Converted: Sendable {
        let session: PlanSession
        let form: UnitForm
        let filled: Data
        let xlsx: URL
        let csv: URL
    }

    static let converted: Converted? = {
        guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"]
            .first(where: FileManager.default.isExecutableFile) else { return nil }
        do {
            let session = try FormsFixture.hunanSession()
            let form = FormsFixture.form(session, unit: "省发展改革委")
            var values: [String: String] = [:]
            for row in form.rows.prefix(6) { values[row.id] = row.takesStatus ? "推进中" : "123.5" }
            let figure = form.rows.first { !$0.takesStatus }!
            values[figure.id] = "88"
            let filled = try FormsFixture.fill(XLSXWriter.data(form), values: values, notes: [figure.id: "数据来源:省统计局\n第二行"])
            let dir = try FormsFixture.tempDir()
            let input = try FormsFixture.write(filled, "form.xlsx", in: dir)
            let out = dir.appendingPathComponent("lo")
            for target in ["xlsx", "csv:Text - txt - csv (StarCalc):44,34,76,1"] {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: soffice)
                p.arguments = ["--headless", "-env:UserInstallation=file://\(dir.path)/profile", "--convert-to", target, "--outdir", out.path, input.path]
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                try p.run()
                p.waitUntilExit()
            }
            return Converted(session: session, form: form, filled: filled, xlsx: out.appendingPathComponent("form.xlsx"), csv: out.appendingPathComponent("form.csv"))
        } catch {
            return nil
        }
    }()

    @Test func everyCellReadsBackFromLibreOfficesFiles() throws {
        guard let c = Self.converted else { return print("skipped: soffice not installed") }
        let ours = try XLSXReader.grid(c.filled)
        let theirs = try XLSXReader.grid(Data(contentsOf: c.xlsx))
        let csv = try CSVForm.grid(Data(contentsOf: c.csv), sheet: "form")
        #expect(ours.cellCount > 100)
        #expect(theirs.rows == ours.rows)
        #expect(csv.rows == ours.rows)
        #expect(theirs.name == XLSXWriter.sheetName)
        // LibreOffice kept what makes it a form: protection, validation, A4 landscape. (A headless
        // conversion has no view, so it writes no frozen pane: that is checked on plandash's own file.)
        let sheet = try #require(try FormsFixture.part(Data(contentsOf: c.xlsx), "xl/worksheets/sheet1.xml"))
        let kept = ["<sheetProtection sheet=\"true\"", "type=\"list\"", "type=\"decimal\"", "orientation=\"landscape\"", "paperSize=\"9\""]
        #expect(kept.filter { !sheet.contains($0) } == [])
        let own = try #require(try FormsFixture.part(c.filled, "xl/worksheets/sheet1.xml"))
        #expect(own.contains("<pane ySplit=\"9\" topLeftCell=\"A10\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(try FormsFixture.part(Data(contentsOf: c.xlsx), "xl/sharedStrings.xml") != nil)
    }

    @Test func libreOfficesXLSXIsCollected() throws {
        guard let c = Self.converted else { return print("skipped: soffice not installed") }
        let session = try PlanSession(url: c.session.url, user: "office")
        let intake = FormIntake.collect(c.xlsx, file: "form.xlsx", session: session, asked: c.form.period, dryRun: false, partial: false)
        #expect(intake.refusal == nil)
        #expect(intake.outcome == .applied)
        #expect(intake.recorded == 6)
        let figure = c.form.rows.first { !$0.takesStatus }!
        let state = session.ledger.state(of: figure.id, asOf: c.form.period.end)
        #expect(state?.value == .number(88))
        #expect(state?.record.user == "省发展改革委")
        #expect(state?.record.note?.contains("数据来源:省统计局\n第二行") == true)
    }
}
