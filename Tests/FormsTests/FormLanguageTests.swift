import Catalogue
import Foundation
import PlanForms
import PlanModel
import PlanStore
import Testing

/// A form goes out in the reader's language and comes back whatever language collects it:
/// the labels are read in either language, and so are the status words a unit picks.
@Suite struct FormLanguageTests {
    static func other(_ language: Language) -> Language { language == .en ? .zh : .en }

    @Test(arguments: Language.allCases)
    func anXLSXFormComesBackInEitherLanguage(_ language: Language) throws {
        let session = try FormsFixture.hunanSession()
        let (form, xlsx) = try Language.$chosen.withValue(language) {
            let form = FormsFixture.form(session, unit: "省发展改革委")
            return (form, try XLSXWriter.data(form))
        }
        let grid = try XLSXReader.grid(xlsx)
        #expect(grid.name == Message.formSheetName.text(language))
        let labels = grid.rows.values.flatMap(\.values)
        for column in FormLayout.Column.allCases { #expect(labels.contains(column.message.text(language))) }
        for field in FormLayout.Field.allCases { #expect(labels.contains(field.message.text(language))) }
        #expect(!labels.contains(FormLayout.Column.value.message.text(Self.other(language))))
        // The column labels' row holds them wrapped: taller for the longer English labels.
        let sheet = try #require(try FormsFixture.part(xlsx, "xl/worksheets/sheet1.xml"))
        #expect(sheet.contains(language == .en ? "<row r=\"9\" ht=\"33.0\"" : "<row r=\"9\" ht=\"20.0\""))

        let figure = try #require(form.rows.first { !$0.takesStatus })
        let measure = try #require(form.rows.first { $0.takesStatus })
        let filled = try FormsFixture.fill(xlsx, values: [figure.id: "412.5",
            measure.id: WorkStatus.inProgress.message.text(language)], notes: [figure.id: "Q3"])
        let url = try FormsFixture.write(filled, "form.xlsx", in: try FormsFixture.tempDir())
        // Collected by an office working in the other language.
        let intake = Language.$chosen.withValue(Self.other(language)) {
            FormIntake.collect(url, file: "form.xlsx", session: session, asked: form.period, dryRun: false,
                partial: false)
        }
        #expect(intake.refusal == nil, "\(String(describing: intake.refusal))")
        #expect(intake.check?.refusals == [])
        #expect(intake.outcome == .applied)
        #expect(intake.recorded == 2)
        let status = session.status(asOf: form.period.end)
        #expect(status.values[figure.id]?.value == .number(412.5))
        #expect(status.values[figure.id]?.record.user == "省发展改革委")
        #expect(status.values[measure.id]?.value == .status(.inProgress))
    }

    @Test(arguments: Language.allCases)
    func aCSVFormComesBackInEitherLanguage(_ language: Language) throws {
        let session = try FormsFixture.hunanSession()
        let form = FormsFixture.form(session, unit: "省商务厅")
        let text = Language.$chosen.withValue(language) { CSVForm.text(form) }
        #expect(text.contains(FormLayout.Column.note.message.text(language)))
        #expect(text.contains(Message.formPeriod("2019Q3", start: "2019-07-01", end: "2019-09-30").text(language)))
        let figure = try #require(form.rows.first { !$0.takesStatus })
        let measure = try #require(form.rows.first { $0.takesStatus })
        var lines = text.components(separatedBy: "\r\n")
        for (i, line) in lines.enumerated() where line.hasPrefix(figure.id + ",") || line.hasPrefix(measure.id + ",") {
            let typed = line.hasPrefix(figure.id) ? "88" : WorkStatus.done.message.text(language)
            lines[i] = String(line.dropLast(2)) + ",\(typed),"
        }
        let url = try FormsFixture.write(Data(lines.joined(separator: "\r\n").utf8), "returned.csv",
            in: try FormsFixture.tempDir())
        let intake = Language.$chosen.withValue(Self.other(language)) {
            FormIntake.collect(url, file: "returned.csv", session: session, asked: nil, dryRun: false, partial: false)
        }
        #expect(intake.refusal == nil, "\(String(describing: intake.refusal))")
        #expect(intake.recorded == 2)
        let status = session.status(asOf: form.period.end)
        #expect(status.values[figure.id]?.value == .number(88))
        #expect(status.values[measure.id]?.value == .status(.done))
    }

    @Test func aSheetWithoutTheHeaderRowIsRefusedNamingTheLabelsInEachLanguage() throws {
        let error = try #require(throws: FormRefusal.self) { try ReturnedForm(SheetGrid(name: "x")) }
        #expect(error.message.text(.zh).contains("编号 任务 工作目标/措施"))
        #expect(error.message.text(.en).contains("Id Task area Target / measure"))
    }
}
