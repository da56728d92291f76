import Foundation
import TestSupport
import Testing

/// With no language asked for, the reasons the system or a zip library gives reach the user in
/// Chinese: no English between the Chinese lead-in and the end of the line. English on request.
@Suite struct SystemReasonEndToEndTests {
    /// LANG and the other locale variables unset (an empty value counts as unset).
    static let unset = ["PLANDASH_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""]
    static let en = ["PLANDASH_LANG": "en"]

    /// Two words of two or more letters: an English phrase.
    static func hasEnglishPhrase(_ text: String) -> Bool {
        text.contains(/[A-Za-z]{2,} +[A-Za-z]{2,}/)
    }

    @Test func importOfAMissingFile() throws {
        let missing = try TestWorkspace.folder("plandash-reasons").appendingPathComponent("missing-notice.txt").path
        let zh = try Binary.run(["import", missing], env: Self.unset)
        #expect(zh.status == 1)
        #expect(zh.stderr == "plandash: 无法读取 \(missing)：没有这个文件或目录\n")
        #expect(!Self.hasEnglishPhrase(zh.stderr), "\(zh.stdout)")
        let en = try Binary.run(["import", missing], env: Self.en)
        #expect(en.stderr == "plandash: cannot read \(missing): No such file or directory\n")
    }

    @Test func collectOfACorruptWorkbook() throws {
        let plan = try Binary.hunanCopy()
        let form = plan.deletingLastPathComponent().appendingPathComponent("g.xlsx")
        try Data([0x50, 0x4B, 0x03, 0x04] + Array("junk".utf8)).write(to: form)
        // The refused file is listed on standard output, with its reason below the table.
        let zh = try Binary.run(["collect", form.path, "--plan", plan.path], env: Self.unset)
        let zhOut = zh.stdout + zh.stderr
        #expect(zhOut.contains("不是 xlsx 表格（压缩包不完整，缺少文件目录，可能是文件被截断了）"), "\(zhOut)")
        #expect(!zhOut.contains("missingEndOfCentralDirectoryRecord"))
        let en = try Binary.run(["collect", form.path, "--plan", plan.path], env: Self.en)
        let enOut = en.stdout + en.stderr
        #expect(enOut.contains("not an xlsx workbook (the archive is incomplete, its central directory missing"),
            "\(enOut)")
    }

    @Test func aSystemErrorNoCommandWordsNamesItsFile() throws {
        let file = try TestWorkspace.folder("plandash-reasons").appendingPathComponent("plain.txt")
        try Data("x".utf8).write(to: file)
        let folder = file.appendingPathComponent("plans").path
        let zh = try Binary.run(["init", folder], env: Self.unset)
        #expect(zh.stderr == "plandash: \(folder)：路径中有一项不是目录\n")
        let en = try Binary.run(["init", folder], env: Self.en)
        #expect(en.stderr == "plandash: \(folder): Not a directory\n")
    }
}
