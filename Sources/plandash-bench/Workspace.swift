// not messages: developer tool; its output is for developers and README's English benchmark table

import Foundation
import PlanModel
import PlanStore

/// The benchmark's temporary folder: the plans it measures and their journals.
/// Nothing is ever written beside the real plan.
enum Workspace {
    /// Copies the real plan (and its journal, if it has one) so edits land in the copy.
    static func copyReal(_ url: URL, into folder: URL) throws -> URL {
        let dir = folder.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let copy = dir.appendingPathComponent(url.lastPathComponent)
        try FileManager.default.copyItem(at: url, to: copy)
        let journal = Journal(forPlan: url).url
        if FileManager.default.fileExists(atPath: journal.path) {
            try FileManager.default.copyItem(at: journal, to: Journal(forPlan: copy).url)
        }
        return copy
    }

    /// Writes a synthetic plan `size` times the real one, as a plan file, and its journal.
    static func generate(_ base: Plan, size: Int, into folder: URL) throws -> URL {
        let plan = SyntheticPlan.scaled(base, by: size)
        let url = folder.appendingPathComponent("\(plan.info.id).yaml")
        try PlanFile.write(plan, to: url, overwrite: true)
        try SyntheticJournal.write(for: plan, to: Journal(forPlan: url).url)
        return url
    }

    /// Removes a plan file and its journal.
    static func remove(_ planURL: URL) throws {
        try FileManager.default.removeItem(at: planURL)
        try FileManager.default.removeItem(at: Journal(forPlan: planURL).url)
    }
}
