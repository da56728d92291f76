import Catalogue
import Foundation
import PlanForms
import PlanModel
import PlanStore
import TestSupport
import Testing
import ZIPFoundation

/// Returned files that must not be taken: each is refused with its reason, and the journal
/// stays as it was.
@Suite(.language(.zh)) struct RefusalTests {
    let session: PlanSession
    let dir: URL
    let form: UnitForm
    let figure: UnitForm.Row
    let measure: UnitForm.Row

    init() throws {
        session = try FormsFixture.hunanSession()
        dir = try FormsFixture.tempDir()
        form = FormsFixture.form(session, unit: "省发展改革委")
        figure = form.rows.first { !$0.takesStatus }!
        measure = form.rows.first { $0.takesStatus }!
    }

    private func collect(_ data: Data, _ name: String = "returned.xlsx", partial: Bool = false, limits: ReadLimits = ReadLimits()) throws -> FormIntake {
        let url = try FormsFixture.write(data, name, in: dir)
        return FormIntake.collect(url, file: name, session: session, asked: form.period, dryRun: false, partial: partial, limits: limits)
    }

    private func filled(_ values: [String: String]) throws -> Data {
        try FormsFixture.fill(XLSXWriter.data(form), values: values)
    }

    @Test func aUnitNotInThePlan() throws {
        let data = try FormsFixture.rewriteSheet(filled([measure.id: "已完成"])) { $0.replacingOccurrences(of: ">省发展改革委<", with: ">省不存在厅<") }
        let intake = try collect(data)
        #expect(intake.refusal?.message == .collectUnitUnknown("省不存在厅"))
        #expect(intake.outcome == .refused)
        #expect(FormsFixture.journalLines(session) == 0)
    }

    @Test func anItemOfAnotherUnitAndAValueInTheWrongUnit() throws {
        let others = ReportingDuty(unit: "省商务厅", plan: session.plan).items.first { !$0.takesStatus }!
        let data = try FormsFixture.rewriteSheet(filled([measure.id: "已完成", figure.id: "12家"])) {
            $0.replacingOccurrences(of: ">\(figure.id)<", with: ">\(others.id)<")
        }
        let intake = try collect(data)
        let refusals = try #require(intake.check?.refusals)
        #expect(refusals.map(\.message) == [.collectNotOnForm(others.id, unit: "省发展改革委")])
        #expect(intake.outcome == .refused)
        #expect(FormsFixture.journalLines(session) == 0)

        let unitSuffix = try collect(filled([measure.id: "已完成", figure.id: "12家"]), "unit.xlsx")
        #expect(unitSuffix.check?.refusals.map(\.message) == [.collectBadValue(figure.id, reason: ValueInput.Problem.wrongUnit(given: "家", expected: figure.unit).message)])
        #expect(FormsFixture.journalLines(session) == 0)
    }

    @Test func textInANumberCellRefusesTheFileUnlessPartial() throws {
        let data = try filled([figure.id: "约五百", measure.id: "已完成"])
        let intake = try collect(data)
        let refusal = try #require(intake.check?.refusals.first)
        #expect(refusal.message == .collectBadValue(figure.id, reason: ValueInput.Problem.notANumber("约五百").message))
        #expect(intake.check?.sheet == XLSXWriter.sheetName)
        let row = try #require(try ReturnedForm(XLSXReader.grid(data)).rows.first { $0.id == figure.id })
        #expect(refusal.cell == row.valueCell)
        #expect(refusal.cell.description.hasPrefix("H"))
        #expect(intake.outcome == .refused)
        #expect(FormsFixture.journalLines(session) == 0)

        let partly = try collect(data, "partial.xlsx", partial: true)
        #expect(partly.outcome == .appliedInPart)
        #expect(partly.recorded == 1)
        #expect(session.ledger.state(of: measure.id, asOf: nil)?.value == .status(.done))
        #expect(session.ledger.state(of: figure.id, asOf: nil) == nil)
    }

    @Test func aDeletedIDColumn() throws {
        // The unit deleted column A (編号): its cells are gone, the rest still stand under their labels.
        let data = try FormsFixture.rewriteSheet(filled([measure.id: "已完成"])) { xml in
            xml.replacingOccurrences(of: #"<c r="A\d+"[^>]*?(/>|>.*?</c>)"#, with: "", options: .regularExpression)
        }
        #expect(try XLSXReader.grid(data).rows.values.allSatisfy { $0[0] == nil })
        let intake = try collect(data)
        #expect(intake.refusal?.message == .collectIDColumnMissing)
        #expect(FormsFixture.journalLines(session) == 0)
    }

    @Test func aFormOfAnotherPeriodOrPlan() throws {
        let q2 = FormsFixture.form(session, unit: "省发展改革委", period: "2019Q2")
        let data = try FormsFixture.fill(XLSXWriter.data(q2), values: [measure.id: "已完成"])
        let intake = try collect(data)
        #expect(intake.refusal?.message == .collectOtherPeriod("2019Q2", asked: "2019Q3"))
        let otherPlan = try FormsFixture.rewriteSheet(filled([measure.id: "已完成"])) { $0.replacingOccurrences(of: ">hunan-2019-services<", with: ">hubei-2020<") }
        #expect(try collect(otherPlan, "plan.xlsx").refusal?.message == .collectOtherPlan("hubei-2020", plan: "hunan-2019-services"))
        #expect(FormsFixture.journalLines(session) == 0)
    }

    @Test func aFileThatIsNotXLSX() throws {
        let pdf = try collect(Data("%PDF-1.4 not a workbook".utf8), "form.xlsx")
        #expect(pdf.refusal?.message == .collectNotXLSX(.formNotZip))
        let archive = try Archive(accessMode: .create)
        let text = Data("hello".utf8)
        try archive.addEntry(with: "readme.txt", type: .file, uncompressedSize: Int64(text.count)) { _, _ in text }
        let zip = try collect(archive.data!, "zip.xlsx")
        #expect(zip.refusal?.message == .collectNotXLSX(.formMissingPart("xl/workbook.xml")))
        let latin1 = try collect(Data([0xB1, 0xE0, 0xBA, 0xC5, 0x0A]), "gbk.csv")
        #expect(latin1.refusal?.message == .collectNotUTF8)
        #expect(FormsFixture.journalLines(session) == 0)
    }

    @Test func aZipBombIsRefusedBeforeItIsInflated() throws {
        // A form whose sheet inflates to 8 MB of spaces (a few KB compressed), under a 1 MB limit.
        let bomb = try FormsFixture.rewriteSheet(filled([measure.id: "已完成"])) { xml in
            xml.replacingOccurrences(of: "<sheetData>", with: "<sheetData>" + String(repeating: " ", count: 8 << 20))
        }
        #expect(bomb.count < 200_000)
        var limits = ReadLimits()
        limits.partBytes = 1 << 20
        let intake = try collect(bomb, limits: limits)
        #expect(intake.refusal?.message == .collectTooLarge("xl/worksheets/sheet1.xml", limit: "1 MB"))
        #expect(FormsFixture.journalLines(session) == 0)
    }

    @Test func aHugeSheetIsRefusedByItsCellCount() throws {
        var limits = ReadLimits()
        limits.cells = 300
        let intake = try collect(filled([measure.id: "已完成"]), limits: limits)
        #expect(intake.refusal?.message == .collectTooLarge(.verbatim(XLSXWriter.sheetName), limit: .formCells(300)))
        #expect(FormsFixture.journalLines(session) == 0)
    }

    @Test func collectCommandListsEveryRefusedCellAndAppliesNothing() throws {
        let data = try filled([figure.id: "约五百", measure.id: "已完成"])
        _ = try FormsFixture.write(data, "返回表.xlsx", in: dir)
        let r = try FormsFixture.plandash(["collect", "返回表.xlsx", "--plan", session.url.path, "--period", "2019Q3"], cwd: dir)
        #expect(r.status == 1)
        let row = try #require(try ReturnedForm(XLSXReader.grid(data)).rows.first { $0.id == figure.id })
        #expect(r.stdout.contains("返回表.xlsx:填报表!\(row.valueCell): " + Message.collectBadValue(figure.id, reason: ValueInput.Problem.notANumber("约五百").message).text(.zh)))
        #expect(r.stdout.contains(Message.collectRefusedWhole.text(.zh)))
        #expect(FormsFixture.journalLines(session) == 0)
        let partial = try FormsFixture.plandash(["collect", "返回表.xlsx", "--plan", session.url.path, "--partial"], cwd: dir)
        #expect(partial.stdout.contains(Message.collectAppliedPartly.text(.zh)))
        #expect(FormsFixture.journalLines(session) == 1)
    }
}
