import Foundation

/// Word files and web pages made from the test notices by LibreOffice, as an office would make
/// them: converted once per test run into a temporary folder (a private LibreOffice profile, so
/// parallel runs do not clash) and shared by every test. Nil when `soffice` is not installed.
enum OfficeConversions {
    /// The text notices converted, by file name: the bundled notice and two layout fixtures.
    static let textNotices = [TestFiles.seedNotice, TestFiles.fixtures.appendingPathComponent("item-units.txt"),
                              TestFiles.fixtures.appendingPathComponent("structure.txt")]
    /// A saved government page whose plan is an HTML table.
    static let tablePage = TestFiles.fixtures.appendingPathComponent("table-page.html")
    /// A page whose measures and targets are numbered lists (<ol>: Word numbering once converted).
    static let listsPage = TestFiles.fixtures.appendingPathComponent("numbered-lists.html")

    /// The folder holding `<name>.docx` and `<name>.html` for every notice above, or nil without soffice.
    static let folder: URL? = {
        guard let soffice = executable("soffice") else { return nil }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("plandash-office-\(UUID().uuidString)")
        let profile = base.appendingPathComponent("profile")
        let text = (textNotices.map(\.path), ["--infilter=Text (encoded):UTF8,LF,,,"])
        let page = ([tablePage.path, listsPage.path], [String]())
        for (files, filter) in [text, page] {
            for format in ["docx:MS Word 2007 XML", "html:HTML (StarWriter)"] {
                let arguments = ["-env:UserInstallation=\(profile.absoluteString)", "--headless"] + filter
                    + ["--convert-to", format, "--outdir", base.path] + files
                run(soffice, arguments)
            }
        }
        return base
    }()

    /// The converted file, or nil without soffice. A conversion that did not happen is an error.
    static func converted(_ notice: URL, to format: String) throws -> URL? {
        guard let folder else {
            print("skipped: soffice not installed (.ci/run installs libreoffice-writer-nogui)")
            return nil
        }
        let url = folder.appendingPathComponent(notice.deletingPathExtension().lastPathComponent + "." + format)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        return url
    }

    private static func executable(_ name: String) -> URL? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    private static func run(_ tool: URL, _ arguments: [String]) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return
        }
    }
}
