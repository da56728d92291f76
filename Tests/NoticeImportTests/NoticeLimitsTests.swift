import Catalogue
import Foundation
import NoticeFormats
import NoticeImport
import Testing

/// Hostile notice files are refused with a message that names the limit, never read without bound.
@Suite struct NoticeLimitsTests {
    func failure(_ bytes: [UInt8]) -> String? {
        if case .failed(let f) = NoticeFile.importPlan(bytes: bytes, id: "x") { return f.message }
        return nil
    }

    static let tooLarge = Message.noticeWordTooLarge(limit: NoticeLimits.unpackedBytes).text()

    @Test func zipBombIsRefused() throws {
        let bomb = try WordFiles.holdingBlanks(NoticeLimits.unpackedBytes + 1_000_000)
        #expect(bomb.count < 1_000_000)
        #expect(failure(bomb) == Self.tooLarge)
    }

    /// The same bomb with headers that claim 1,000 bytes: stopped while it is inflated.
    @Test func zipBombWithLyingHeadersIsRefused() throws {
        var bomb = try WordFiles.holdingBlanks(NoticeLimits.unpackedBytes + 1_000_000)
        for (signature, sizeOffset) in [([0x50, 0x4B, 0x03, 0x04] as [UInt8], 22), ([0x50, 0x4B, 0x01, 0x02], 24)] {
            let at = try #require(bomb.firstRange(of: signature)).lowerBound + sizeOffset
            bomb.replaceSubrange(at..<(at + 4), with: [0xE8, 0x03, 0x00, 0x00])
        }
        #expect(failure(bomb) == Self.tooLarge)
    }

    static let laughs = (1...9).map { k in "<!ENTITY l\(k) \"" + String(repeating: "&l\(k - 1);", count: 10) + "\">" }.joined()

    @Test func entityBombInAWordFileIsRefused() throws {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY l0 \"lol\">\(Self.laughs)]>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
        #expect(failure(try WordFiles.holding(Data(xml.utf8))) == Message.noticeWordDeclaresEntities.text())
    }

    @Test func entityBombInAPageIsRefused() throws {
        let html = "<!DOCTYPE html [<!ENTITY l0 \"lol\">\(Self.laughs)]><html><body><p>&l9;</p></body></html>"
        #expect(failure(Array(html.utf8)) == Message.noticePageDeclaresEntities.text())
    }

    @Test func deeplyNestedPageIsReadWithoutCrashing() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 100_000) + "一、标题" + "</body></html>"
        #expect(failure(Array(html.utf8)) != nil)
    }

    @Test func aFileOverTheLimitIsRefusedUnread() throws {
        let big = [UInt8](repeating: 0x41, count: 50 * 1024 * 1024)
        #expect(failure(big) == Message.noticeFileTooLarge(bytes: big.count, limit: NoticeLimits.fileBytes).text())
    }

    /// 20,000 targets in one task area: every one read (the time grows linearly, see README).
    @Test func twentyThousandTargets() throws {
        var lines = ["关于印发《测试2019年工作要点》的通知", "测办〔2019〕1号", "测试办公室", "2019年1月2日",
                     "一、聚焦重点工作", "(一)补齐短板", "1、建设平台。(完成时限:2019年底)"]
        lines += (1...20_000).map { "新增企业\($0)家以上。" }
        lines.append("省发展改革委等单位")
        guard case .imported(let imported) = NoticeImporter.importPlan(text: lines.joined(separator: "\n"), id: "x") else {
            Issue.record("not imported")
            return
        }
        #expect(imported.plan.tasks.first?.targets.count == 20_000)
        #expect(imported.plan.tasks.first?.targets.last?.indicators.first?.goal == .atLeast(20_000))
    }
}
