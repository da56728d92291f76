import Foundation
import Testing
import TestSupport
import PlanStore

@Suite(.language(.en)) struct PlanLocatorTests {
    @Test func findsByIdByPathAndTheSinglePlan() throws {
        let url = try Fixtures.hunanCopy()
        let folder = url.deletingLastPathComponent()
        let locator = PlanLocator(folder: folder)
        #expect(try locator.resolve(nil).lastPathComponent == "hunan-2019-services.yaml")
        #expect(try locator.resolve("hunan-2019-services") .path == url.path)
        #expect(try locator.resolve(url.path).path == url.path)
        #expect(throws: StoreError.self) { try locator.resolve("shanghai-2020") }
    }

    @Test func saysWhatToDoWhenNoneOrSeveral() throws {
        let empty = PlanLocator(folder: try Fixtures.tempDir())
        do { _ = try empty.resolve(nil); Issue.record("expected an error") } catch let e as StoreError {
            #expect(e.description.contains("holds no .yaml plan file"))
            #expect(e.description.contains("PLANDASH_PLAN"))
        }
        let url = try Fixtures.hunanCopy()
        try FileManager.default.copyItem(at: url, to: url.deletingLastPathComponent().appendingPathComponent("other.yaml"))
        let two = PlanLocator(folder: url.deletingLastPathComponent())
        do { _ = try two.resolve(nil); Issue.record("expected an error") } catch let e as StoreError {
            #expect(e.description.contains("holds 2 plans (hunan-2019-services, other)"))
        }
        let chosen = PlanLocator(folder: url.deletingLastPathComponent(), defaultPlan: "other")
        #expect(try chosen.resolve(nil).lastPathComponent == "other.yaml")
    }
}
