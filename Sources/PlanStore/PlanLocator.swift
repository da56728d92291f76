import Catalogue
import Foundation

/// Finds plan files: by path, by id in the plans folder, or the default plan.
public struct PlanLocator: Sendable {
    /// The folder that holds plan files (`./Plans`, or `$PLANDASH_PLANS`).
    public var folder: URL
    /// The plan to use when none is named (`$PLANDASH_PLAN`: an id or a path).
    public var defaultPlan: String?

    public init(folder: URL, defaultPlan: String? = nil) {
        self.folder = folder
        self.defaultPlan = defaultPlan
    }

    /// The locator the environment describes.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> PlanLocator {
        let folder = env["PLANDASH_PLANS"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Plans")
        let plan = env["PLANDASH_PLAN"].flatMap { $0.isEmpty ? nil : $0 }
        return PlanLocator(folder: folder, defaultPlan: plan)
    }

    /// Every plan file in the folder (`*.yaml`, `*.yml`), sorted by name.
    public func planFiles() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }
            .sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// Resolves what the user named: a path to a file, a plan id, or nothing (the default plan).
    public func resolve(_ name: String?) throws -> URL {
        guard let name = name ?? defaultPlan else {
            let files = planFiles()
            switch files.count {
            case 1: return files[0]
            case 0: throw StoreError(Message.noPlanFound(PlanFile.displayPath(folder)).text())
            default:
                let ids = files.map { $0.deletingPathExtension().lastPathComponent }
                throw StoreError(Message.manyPlans(PlanFile.displayPath(folder), count: files.count, ids: ids).text())
            }
        }
        let asPath = URL(fileURLWithPath: name)
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: asPath.path, isDirectory: &isDir), !isDir.boolValue { return asPath }
        for ext in ["yaml", "yml"] {
            let byID = folder.appendingPathComponent("\(name).\(ext)")
            if FileManager.default.fileExists(atPath: byID.path) { return byID }
        }
        let known = planFiles().map { $0.deletingPathExtension().lastPathComponent }
        throw StoreError(Message.noPlanNamed(name, folder: PlanFile.displayPath(folder), known: known).text())
    }
}
