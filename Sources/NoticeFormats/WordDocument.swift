import Foundation
import ZIPFoundation

/// The text of a Word file (.docx): its main part, word/document.xml, read with libxml2 into one
/// line per paragraph. A table is read row by row and cell by cell, so the plan's table
/// (主要任务 | 工作措施及进度安排 | 工作目标 | 责任单位) gives the lines the text layout gives:
/// task heading, measures, targets, units. List paragraphs get the numbers Word draws before them
/// (see `WordNumbering`). Deleted text (tracked changes) and field codes are left out.
enum WordDocument {
    static func text(of bytes: [UInt8]) throws(NoticeFileError) -> String {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch { throw .refused(.noticeWordNotAZip) }
        guard let tree = try part("word/document.xml", of: archive) else { throw .refused(.noticeWordNoDocument) }
        // Numbers are a help: a numbering part that cannot be read (or is refused) gives none.
        var numbering = ((try? part("word/numbering.xml",
            of: archive)) ?? nil).map(WordNumbering.init) ?? WordNumbering()
        var out = BlockText()
        var list: (id: String?, level: Int) = (nil, 0)
        tree.walk { step in
            switch step {
            case .enter(let e):
                switch e.name {
                case "delText", "instrText", "del", "Fallback", "footnoteReference", "commentReference": return false
                case "tab": out.append(" ")
                case "br", "cr": out.endLine()
                case "ilvl": list.level = e.attribute("val").flatMap { Int($0) } ?? 0
                case "numId": list.id = e.attribute("val")
                default: break
                }
            case .text(let t):
                out.append(t)
            case .leave(let e):
                switch e.name {
                case "numPr":
                    if let id = list.id { out.append(numbering.label(list: id, level: list.level)) }
                    list = (nil, 0)
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

    /// A part of the Word file, parsed; nil when the file has no such part. Refused past
    /// `NoticeLimits.unpackedBytes` whatever the zip's headers claim (a zip bomb is stopped while it
    /// is inflated), and when it declares entities (Word never does; an entity bomb might).
    private static func part(_ path: String, of archive: Archive) throws(NoticeFileError) -> DocumentTree? {
        guard let entry = archive[path] else { return nil }
        let limit = NoticeLimits.unpackedBytes
        guard entry.uncompressedSize <= limit else { throw .refused(.noticeWordTooLarge(limit: limit)) }
        var xml: [UInt8] = []
        do {
            _ = try archive.extract(entry) { chunk in
                guard xml.count +
                    chunk.count <= limit else { throw NoticeFileError.refused(.noticeWordTooLarge(limit: limit)) }
                xml.append(contentsOf: chunk)
            }
        } catch let error as NoticeFileError {
            throw error
        } catch {
            throw .refused(.noticeWordUnreadable)
        }
        if xml.firstRange(of: Array("<!DOCTYPE".utf8)) != nil || xml.firstRange(of: Array("<!ENTITY".utf8)) != nil {
            throw .refused(.noticeWordDeclaresEntities)
        }
        guard let tree = DocumentTree.xml(xml) else { throw .refused(.noticeWordUnreadable) }
        return tree
    }
}
