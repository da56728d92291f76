import Foundation
import NoticeImport
import PlanModel
import ZIPFoundation
import TestSupport

/// Paths of the repository's files and the test fixtures, found from this source file.
enum TestFiles {
    static let seedNotice = TestWorkspace.repo.appendingPathComponent("Plans/sources/hunan-2019-services.txt")
    static let referencePlan = TestWorkspace.hunanPlan
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }
    static func fixture(_ name: String) throws -> String { try text(fixtures.appendingPathComponent(name)) }

    /// Imports text and returns the result, or records why it failed.
    static func imported(_ text: String, id: String? = "test-plan") -> ImportedPlan? {
        switch NoticeImporter.importPlan(text: text, id: id) {
        case .imported(let p): return p
        case .failed: return nil
        }
    }
}

/// Word files built in the tests: a zip holding only word/document.xml (all plandash reads).
enum WordFiles {
    /// The given XML, deflated.
    static func holding(_ xml: Data) throws -> [UInt8] {
        try zip(size: xml.count) { position, chunk in xml.subdata(in: position..<(position + chunk)) }
    }

    /// `size` blanks, deflated to a few KB: what a zip bomb looks like.
    static func holdingBlanks(_ size: Int) throws -> [UInt8] {
        try zip(size: size) { _, chunk in Data(repeating: 0x20, count: chunk) }
    }

    private static func zip(size: Int, _ provider: @escaping (Int, Int) -> Data) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate) { position, chunk in
            provider(Int(position), chunk)
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return Array(data)
    }
}
