// not messages: developer tool; its output is for developers and README's English benchmark table

import DashboardRunner
import Foundation
import PlanModel
import PlanStore

/// What a crowded plans folder costs the dashboard: opening the real plan and drawing its
/// first frame, as `plandash` does (session, controller with the picker's lister, render),
/// with the plan alone in its folder and among `others` more plans. The picker reads the
/// others only when it opens, so both should cost the same.
enum PlansFolderBenchmark {
    struct Figures {
        var alone: Sample
        var crowded: Sample
        var others: Int
    }

    static func run(real: URL, in folder: URL, others: Int, runs: Int) throws -> Figures {
        let alone = try folderWith(real, named: "alone", others: 0, in: folder)
        let crowded = try folderWith(real, named: "crowded", others: others, in: folder)
        return Figures(alone: try openAndDraw(alone, runs: runs), crowded: try openAndDraw(crowded, runs: runs),
            others: others)
    }

    /// A plans folder holding a copy of the real plan and `others` copies under other ids.
    private static func folderWith(_ real: URL, named name: String, others: Int, in folder: URL) throws -> URL {
        let dir = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let copy = dir.appendingPathComponent(real.lastPathComponent)
        try FileManager.default.copyItem(at: real, to: copy)
        let text = try String(contentsOf: real, encoding: .utf8)
        let id = real.deletingPathExtension().lastPathComponent
        for n in 0..<others {
            let other = "\(id)-\(n)"
            try text.replacingOccurrences(of: "id: \(id)\n", with: "id: \(other)\n")
                .write(to: dir.appendingPathComponent("\(other).yaml"), atomically: true, encoding: .utf8)
        }
        return copy
    }

    private static func openAndDraw(_ plan: URL, runs: Int) throws -> Sample {
        let locator = PlanLocator(folder: plan.deletingLastPathComponent())
        return try Sample.measure(runs: runs) {
            let session = try PlanSession(url: plan, user: "bench")
            let controller = DashboardController(session: session, asOf: nil, colors: true) { session, status in
                DashboardApp.choices(locator: locator, current: session, status: status)
            }
            _ = controller.render(width: FrameBenchmark.width, height: FrameBenchmark.height)
        }
    }
}
