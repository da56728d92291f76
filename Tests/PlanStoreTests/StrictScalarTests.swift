import Foundation
import Testing
import Catalogue
import PlanModel
import PlanStore

/// Plan files hold plain decimal numbers, four-digit years and their own file name as id;
/// anything YAML would read in some other way is refused with its line.
@Suite struct StrictScalarTests {
    func problems(_ old: String, _ new: String, expectedID: String? = nil) -> [PlanDiagnostic] {
        #expect(Fixtures.smallYAML.contains(old), "fixture lacks \(old)")
        return Fixtures.diagnostics(Fixtures.smallYAML.replacingOccurrences(of: old, with: new), file: "small.yaml", expectedID: expectedID)
    }

    @Test func figuresArePlainDecimalNumbers() {
        for bad in ["0x1p3", "10_", "1e_3", ".inf", "-.inf", ".nan", "+550", "0o17", "1_000", "\"550\"", "'550'", "5.", ".5", "1,000", "0b101"] {
            let found = problems("value: 550", "value: \(bad)")
            #expect(found.count == 1, "took \(bad)")
            #expect(found.first?.line == 35, "\(bad): \(found)")
            #expect(found.first?.path.hasSuffix(".value") == true)
        }
        for good in ["550", "-3", "12.5", "0", "5e2", "007"] {
            #expect(problems("value: 550", "value: \(good)").isEmpty, "refused \(good)")
        }
    }

    @Test func figuresThatOverflowOrUnderflowAreRefused() {
        for bad in ["1e-400", "1e400", "-1e309", "1" + String(repeating: "0", count: 400), "4e-320"] {
            let found = problems("value: 550", "value: \(bad)")
            #expect(found.map(\.message) == [Message.numberOutOfRange(bad).text()], "\(bad): \(found)")
            #expect(found.first?.line == 35)
        }
    }

    @Test func yearsHaveFourDigits() {
        for bad in ["+999-12-31", "0000-01-01", "999-12-31", "0999-12-31", "-2019-04-24", "\"2019-04-24\"", "2019-4-24"] {
            let found = problems("issued: 2019-04-24", "issued: \(bad)")
            #expect(found.count == 1 && found.first?.path == "plan.issued", "took \(bad): \(found)")
        }
        #expect(CalendarDate(iso: "+999-12-31") == nil)
        #expect(CalendarDate(iso: "0000-01-01") == nil)
        #expect(CalendarDate(iso: "2019-12-31") != nil)
        #expect(problems("year: 2019", "year: +2019").count == 1)
        #expect(problems("year: 2019", "year: \"2019\"").count == 1)
    }

    @Test func thePlanIDIsTheFileName() {
        #expect(problems("id: small", "id: small", expectedID: "small").isEmpty)
        let found = problems("id: small", "id: other", expectedID: "small")
        #expect(found.map(\.message) == [Message.planIDDiffersFromFileName("other", file: "small").text()])
        #expect(found.first?.line == 2)
    }

    @Test func anchorsAliasesAndTagsAreRefusedWithTheirLine() {
        let cases: [(String, String, Int)] = [
            ("title: 测试计划", "title: &t 测试计划", 3),
            ("document: 测〔2019〕1号", "document: !!binary aGVsbG8=", 4),
            ("document: 测〔2019〕1号", "document: !custom x", 4),
        ]
        for (old, new, line) in cases {
            let found = problems(old, new)
            #expect(found.count == 1 && found.first?.line == line, "\(new): \(found)")
        }
        let alias = Fixtures.smallYAML.replacingOccurrences(of: "title: 测试计划", with: "title: &t 测试计划")
            .replacingOccurrences(of: "issuer: 测试办公室", with: "issuer: *t")
        do {
            _ = try PlanFile.parse(alias, file: "a.yaml")
            Issue.record("alias taken")
        } catch let e as PlanLoadError {
            #expect(e.diagnostics.count == 1)
            #expect(e.diagnostics.first?.message == Message.yamlAnchorRefused("t").text())
        } catch { Issue.record("\(error)") }
    }
}
