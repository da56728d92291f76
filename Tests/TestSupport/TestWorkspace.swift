import Foundation

/// The repository the tests run in, and fresh temporary folders holding copies of its plans.
public enum TestWorkspace {
    /// The repository's root folder.
    public static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The bundled Hunan plan.
    public static let hunanPlan = repo.appendingPathComponent("Plans/hunan-2019-services.yaml")

    /// A fresh empty folder `<prefix>-<uuid>` in the temporary directory (with `subfolder`
    /// inside it, which is returned, when one is named).
    public static func folder(_ prefix: String = "plandash-tests", subfolder: String? = nil) throws -> URL {
        var dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        if let subfolder { dir.appendPathComponent(subfolder) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A copy of the Hunan plan in `folder`; returns the copy's URL.
    public static func hunanCopy(in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("hunan-2019-services.yaml")
        try FileManager.default.copyItem(at: hunanPlan, to: url)
        return url
    }
}
