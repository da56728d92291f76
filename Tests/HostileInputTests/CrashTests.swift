import Foundation
import Testing
@testable import DashboardCore
import PlanModel

/// What crashed plandash (a Double → Int trap, a FileHandle on a folder) no longer does.
@Suite struct CrashTests {
    @Test func sparklinesTakeExtremeAndNonFiniteFigures() {
        let extreme = Sparkline.text([-1e308, 1e308, 0, .infinity, -.infinity, .nan, 1.7976931348623157e308])
        #expect(extreme.count == 7)
        #expect(Sparkline.text([-1e308, 1e308]) == "▁█")
        #expect(Sparkline.text([.nan, .nan]).count == 2)
        #expect(Sparkline.text([0, 5e-324]).count == 2)
    }

    @Test func figuresNearTheLargestDoubleNeverPrintInf() {
        for v in [1e306, -1e306, 1.7976931348623157e308, -1.7976931348623157e308, 9.99e305] {
            let text = NumberText.format(v, maxFractionDigits: 6)
            #expect(!text.contains("inf"), "\(v) → \(text)")
            #expect(Double(text) == v, "\(v) → \(text)")
        }
    }

    @Test func aBatchThatIsAFolderIsAClearError() throws {
        let (dir, _) = try Plandash.hunanWorkspace()
        let r = try Plandash.run(["set", "hunan-2019-services", "--batch", "Plans"], in: dir)
        #expect(!r.crashed)
        #expect(r.status == 1)
        #expect(r.stderr.contains("directory"), "\(r.stderr)")
    }

    @Test func extremeFiguresRecordedAreShownWithoutCrashOrInf() throws {
        let (dir, _) = try Plandash.hunanWorkspace()
        let big = "1" + String(repeating: "0", count: 306)
        // Typed, they are refused with a reason; a merged journal may still carry them.
        for value in [big, "-" + big] {
            let set = try Plandash.run(["set", "hunan-2019-services", "--at", "2019-09-30", "--force", "kw1.t1.i3", value], in: dir)
            #expect(set.status == 1 && !set.crashed && set.stderr.contains("15"), "\(set.stderr)")
        }
        let journal = dir.appendingPathComponent("Plans/hunan-2019-services.progress.jsonl")
        let lines = [("big", "1e306", "2019-09-30T00:00:00.000Z"), ("small", "-1e306", "2019-10-01T00:00:00.000Z")].map { id, value, time in
            "{\"at\":\"2019-09-30\",\"id\":\"\(id)\",\"item\":\"kw1.t1.i3\",\"new\":\(value),\"time\":\"\(time)\",\"user\":\"merged\"}\n"
        }
        try Data(lines.joined().utf8).write(to: journal)
        for args in [["history", "hunan-2019-services", "kw1.t1.i3"], ["report", "hunan-2019-services", "--as-of", "2019-12-31"],
                     ["summary", "hunan-2019-services"], ["render", "hunan-2019-services", "--screen", "task:kw1"]] {
            let r = try Plandash.run(args, in: dir)
            #expect(!r.crashed && r.status == 0, "\(args[0]): \(r.stderr)")
            #expect(!r.stdout.contains("inf"), "\(args[0]) printed inf")
        }
    }
}
