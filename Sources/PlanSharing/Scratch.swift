import Foundation

/// A private temporary folder for the files sync reads through the journal reader; removed when done.
final class Scratch {
    let folder: URL
    private var count = 0

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plandash-sync-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes bytes to a new file in the folder and returns its URL.
    func write(_ data: Data) -> URL {
        count += 1
        let url = folder.appendingPathComponent("\(count).jsonl")
        _ = FileManager.default.createFile(atPath: url.path, contents: data)
        return url
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}
