import Foundation
import ZIPFoundation

/// The text of a Word file (.docx): its main part, word/document.xml, read with libxml2 into one
/// line per paragraph. A table is read row by row and cell by cell, so the plan's table
/// (主要任务 | 工作措施及进度安排 | 工作目标 | 责任单位) gives the lines the text layout gives:
/// task heading, measures, targets, units. Deleted text (tracked changes) and field codes are left out.
enum WordDocument {
    static func text(of bytes: [UInt8]) throws(NoticeFileError) -> String {
        let xml = try documentPart(bytes)
        if xml.firstRange(of: Array("<!DOCTYPE".utf8)) != nil || xml.firstRange(of: Array("<!ENTITY".utf8)) != nil {
            throw .refused(.noticeWordDeclaresEntities)
        }
        guard let tree = DocumentTree.xml(xml) else { throw .refused(.noticeWordUnreadable) }
        var out = BlockText()
        tree.walk { step in
            switch step {
            case .enter(let e):
                switch e.name {
                case "delText", "instrText", "del", "Fallback", "footnoteReference", "commentReference": return false
                case "tab": out.append(" ")
                case "br", "cr": out.endLine()
                default: break
                }
            case .text(let t):
                out.append(t)
            case .leave(let e):
                switch e.name {
                case "p": out.endParagraph()
                case "tc", "tr": out.endLine()
                default: break
                }
            }
            return true
        }
        guard !out.overflowed else { throw .refused(.noticeTextTooLong(limit: NoticeLimits.textCharacters)) }
        return out.text()
    }

    /// word/document.xml unpacked, refused past `NoticeLimits.unpackedBytes` whatever the zip's
    /// headers claim (a zip bomb is stopped while it is inflated).
    private static func documentPart(_ bytes: [UInt8]) throws(NoticeFileError) -> [UInt8] {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch { throw .refused(.noticeWordNotAZip) }
        guard let entry = archive["word/document.xml"] else { throw .refused(.noticeWordNoDocument) }
        let limit = NoticeLimits.unpackedBytes
        guard entry.uncompressedSize <= limit else { throw .refused(.noticeWordTooLarge(limit: limit)) }
        var xml: [UInt8] = []
        do {
            _ = try archive.extract(entry) { chunk in
                guard xml.count + chunk.count <= limit else { throw NoticeFileError.refused(.noticeWordTooLarge(limit: limit)) }
                xml.append(contentsOf: chunk)
            }
        } catch let error as NoticeFileError {
            throw error
        } catch {
            throw .refused(.noticeWordUnreadable)
        }
        return xml
    }
}
