import Foundation
import Testing
@testable import Catalogue

/// System and Foundation errors read in the user's language: Chinese wording, the C library's
/// English, whatever Foundation wraps them in.
@Suite struct SystemReasonTests {
    /// A fresh empty folder.
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("system-reason-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The error `body` throws.
    private func failure(_ body: () throws -> Void) -> Error? {
        do { try body() } catch { return error }
        return nil
    }

    @Test func errnoValuesReadInChineseAndAsTheCLibraryWordsThem() {
        let reason = Message.systemReason(errno: ENOENT)
        #expect(reason.text(.zh) == "没有这个文件或目录")
        #expect(reason.text(.en) == "No such file or directory")
        #expect(Message.systemReason(errno: EACCES).text(.zh) == "没有权限")
        #expect(Message.systemReason(errno: ENOSPC).text(.zh) == "磁盘空间不足")
        #expect(Message.systemReason(errno: EROFS).text(.zh) == "文件系统只读")
        for code in [EPERM, EISDIR, ENOTDIR, EDQUOT, EEXIST, EIO, EMFILE, ENFILE, ENAMETOOLONG, ELOOP, EFBIG, EBUSY,
                     ETXTBSY, EAGAIN, EINTR, EINVAL, EXDEV, ENOTEMPTY, ESTALE, ENXIO, ENODEV, EBADF, ENOMEM] {
            let text = Message.systemReason(errno: code)
            #expect(!text.zh.contains { $0.isASCII && $0.isLetter }, "errno \(code): \(text.zh)")
            #expect(text.en == String(cString: strerror(code)))
        }
        let unknown = Message.systemReason(errno: 4321)
        #expect(unknown.zh == "系统错误 4321（\(String(cString: strerror(4321)))）")
        #expect(unknown.en == String(cString: strerror(4321)))
    }

    @Test func foundationFileErrorsAreReadByTheSystemErrorBeneathThem() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = failure { _ = try Data(contentsOf: dir.appendingPathComponent("missing.txt")) }
        #expect(missing.map(Message.systemReason(of:)) == .systemReason(errno: ENOENT))
        let file = dir.appendingPathComponent("plain.txt")
        try Data("x".utf8).write(to: file)
        let underFile = failure { try Data("y".utf8).write(to: file.appendingPathComponent("child.txt")) }
        #expect(underFile.map(Message.systemReason(of:)) == .systemReason(errno: ENOTDIR))
        let intoMissing = failure { try Data("y".utf8).write(to: dir.appendingPathComponent("none/child.txt")) }
        #expect(intoMissing.map(Message.systemReason(of:)) == .systemReason(errno: ENOENT))
        // With no lead-in of its own, the error names its file.
        let target = dir.appendingPathComponent("none/child.txt").path
        #expect(intoMissing.flatMap(Message.systemFailure)?.text(.zh) == "\(target)：没有这个文件或目录")
        #expect(intoMissing.flatMap(Message.systemFailure)?.text(.en) == "\(target): No such file or directory")
        let handle = failure { _ = try FileHandle(forReadingFrom: dir.appendingPathComponent("missing.txt")) }
        #expect(handle.map(Message.systemReason(of:))?.text(.zh) == "没有这个文件或目录")
    }

    @Test func aFolderWithoutWritePermission() throws {
        guard getuid() != 0 else {
            print("skipped: running as root, who may write anywhere (no EACCES to meet)")
            return
        }
        let dir = try folder()
        defer {
            chmod(dir.path, 0o700)
            try? FileManager.default.removeItem(at: dir)
        }
        chmod(dir.path, 0o500)
        let denied = failure { try Data("y".utf8).write(to: dir.appendingPathComponent("child.txt")) }
        #expect(denied.map(Message.systemReason(of:))?.text(.zh) == "没有权限")
    }

    @Test func errorsFoundationMakesWithoutAnErrno() {
        #expect(Message.systemReason(of: POSIXError(.ENOSPC)) == .systemReason(errno: ENOSPC))
        #expect(Message.systemReason(of: NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS))) == .systemReason(
            errno: EROFS))
        #expect(Message.systemReason(of: CocoaError(.fileReadCorruptFile)).text(.zh) == "文件已损坏或格式不对")
        #expect(Message.systemReason(of: CocoaError(.fileWriteOutOfSpace)) == .systemReason(errno: ENOSPC))
        let xml = Message.systemReason(of: NSError(domain: "NSXMLParserErrorDomain", code: 76))
        #expect(xml.text(.zh) == "开始标签与结束标签不一致")
    }

    struct Unforeseen: Error, CustomStringConvertible {
        var description: String { "unforeseen trouble" }
    }

    @Test func otherErrorsKeepTheirOwnTextAfterALeadIn() {
        let other = Message.systemReason(of: Unforeseen())
        #expect(other.text(.zh) == "出现未知错误：unforeseen trouble")
        #expect(other.text(.en) == "unforeseen trouble")
        // Errors plandash words itself are shown as they are; system ones in the catalogue's words.
        #expect(Message.reason(for: Unforeseen()) == .verbatim("unforeseen trouble"))
        #expect(Message.reason(for: POSIXError(.EACCES)) == .systemReason(errno: EACCES))
        #expect(Message.systemFailure(Unforeseen()) == nil)
    }

    @Test func aReasonFillsALeadInInEachLanguage() {
        let lead = Message.withReason(.systemReason(errno: ENOENT)) { Message(zh: "无法读取 a：\($0)",
            en: "cannot read a: \($0)") }
        #expect(lead.text(.zh) == "无法读取 a：没有这个文件或目录")
        #expect(lead.text(.en) == "cannot read a: No such file or directory")
    }
}
