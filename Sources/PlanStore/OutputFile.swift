import Catalogue
import Foundation

/// Where `report -o` and `import -o` write: standard output for `-`, else a regular file,
/// written atomically. An existing file is replaced only when forced; a directory, device,
/// pipe or symbolic link is never written to (as root, writing "to" /dev/null would replace
/// it with a regular file).
public enum OutputFile {
    /// `-o -`: standard output.
    public static let standardOutputName = "-"

    /// Refuses a path that is not a regular file, or that exists when `force` is not set.
    public static func check(_ url: URL, force: Bool) throws {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return }
        let shown = PlanFile.displayPath(url)
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw StoreError(Message.outputNotRegularFile(shown).text()) }
        if !force { throw StoreError(Message.outputExists(shown).text()) }
    }

    /// Checks `url` and writes `data` to it atomically (temp file, fsync, rename).
    public static func write(_ data: Data, to url: URL, force: Bool) throws {
        try check(url, force: force)
        try AtomicFile.write(data, to: url)
    }
}
