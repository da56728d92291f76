import Foundation
import PlanForms
import PlanModel
import PlanStore
import Testing

/// Forms out for every unit of the Hunan plan, filled in, collected: the plan's figures are the
/// filled values, and collecting again adds nothing.
@Suite struct RoundTripTests {
    @Test func everyUnitFillsItsFormAndTheFiguresFollow() throws {
        let session = try FormsFixture.hunanSession()
        let dir = try FormsFixture.tempDir()
        let period = FormsFixture.q3(session.plan)
        let duties = ReportingDuty.all(in: session.plan)
        #expect(duties.count == 32)
        var expected: [String: ItemValue] = [:]
        var files: [URL] = []
        for duty in duties {
            let form = UnitForm(plan: session.plan, ledger: session.ledger, duty: duty, period: period)
            #expect(form.rows.map(\.id) == duty.items.map(\.id))
            var typed: [String: String] = [:]
            for item in duty.items {
                let v = FormsFixture.value(for: item)
                expected[item.id] = v
                typed[item.id] = FormsFixture.typed(v)
            }
            let filled = try FormsFixture.fill(XLSXWriter.data(form), values: typed, notes: [duty.items[0].id: "按季报送"])
            files.append(try FormsFixture.write(filled, form.fileName(extension: "xlsx"), in: dir))
        }
        var recorded = 0
        for url in files {
            let intake = FormIntake.collect(url, file: url.lastPathComponent, session: session, asked: period, dryRun: false, partial: false)
            #expect(intake.refusal == nil, "\(url.lastPathComponent): \(String(describing: intake.refusal))")
            #expect(intake.outcome == .applied)
            #expect(intake.check?.refusals.isEmpty == true)
            recorded += intake.recorded
        }
        let status = session.status(asOf: period.end)
        let indicators = session.plan.tasks.flatMap(\.targets).flatMap(\.indicators)
        #expect(indicators.count == 95)
        for ind in indicators { #expect(status.indicators[ind.id]?.actual == expected[ind.id], "\(ind.id)") }
        for m in session.plan.tasks.flatMap(\.measures) { #expect(status.measures[m.id]?.work == expected[m.id]?.status, "\(m.id)") }
        #expect(status.overall.reported == 95)

        let first = session.ledger.history(of: duties[0].items[0].id).last!
        #expect(first.user == duties[0].unit)
        #expect(first.at == period.end)
        #expect(first.note?.contains(files[0].lastPathComponent) == true)
        #expect(first.note?.contains("按季报送") == true)

        let lines = FormsFixture.journalLines(session)
        #expect(lines == recorded)
        let again = FormIntake.collect(files[3], file: "again", session: session, asked: nil, dryRun: false, partial: false)
        #expect(again.outcome == .alreadyCollected)
        #expect(again.recorded == 0)
        #expect(FormsFixture.journalLines(session) == lines)

        let round = ReportingRound(plan: session.plan, ledger: session.ledger, period: period)
        #expect(round.units.allSatisfy { !$0.isLate })
    }

    @Test func csvFormsReadBackWithFullWidthDigits() throws {
        let session = try FormsFixture.hunanSession()
        let form = FormsFixture.form(session, unit: "省发展改革委")
        let text = CSVForm.text(form)
        #expect(text.hasPrefix("\u{FEFF}"))
        let figure = try #require(form.rows.first { !$0.takesStatus })
        let measure = try #require(form.rows.first { $0.takesStatus })
        // The unit fills two cells: a figure in full-width digits, a status.
        var lines = text.components(separatedBy: "\r\n")
        for (i, line) in lines.enumerated() where line.hasPrefix(figure.id + ",") || line.hasPrefix(measure.id + ",") {
            let fields = line.hasSuffix(",,") ? String(line.dropLast(2)) : line
            lines[i] = fields + (line.hasPrefix(figure.id) ? ",４１２．５,\"说明,含逗号\"" : ",已完成,")
        }
        let dir = try FormsFixture.tempDir()
        let url = try FormsFixture.write(Data(lines.joined(separator: "\r\n").utf8), "returned.csv", in: dir)
        let intake = FormIntake.collect(url, file: "returned.csv", session: session, asked: nil, dryRun: false, partial: false)
        #expect(intake.refusal == nil)
        #expect(intake.recorded == 2)
        let status = session.status(asOf: form.period.end)
        #expect(status.values[figure.id]?.value == .number(412.5))
        #expect(status.values[figure.id]?.record.note?.hasSuffix("说明,含逗号") == true)
        #expect(status.values[measure.id]?.value == .status(.done))
    }

    @Test func dryRunWritesNothing() throws {
        let session = try FormsFixture.hunanSession()
        let form = FormsFixture.form(session, unit: "省科技厅")
        let filled = try FormsFixture.fill(XLSXWriter.data(form), values: [form.rows[0].id: "推进中"])
        let url = try FormsFixture.write(filled, "f.xlsx", in: try FormsFixture.tempDir())
        let intake = FormIntake.collect(url, file: "f.xlsx", session: session, asked: nil, dryRun: true, partial: false)
        #expect(intake.outcome == .dryRun)
        #expect(intake.check?.entries.count == 1)
        #expect(FormsFixture.journalLines(session) == 0)
    }
}
