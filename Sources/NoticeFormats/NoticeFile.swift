import Catalogue
import NoticeImport

/// Why a notice file was refused before its text was read.
public struct NoticeFileError: Error, Sendable {
    public let message: Message

    static func refused(_ message: Message) -> NoticeFileError { NoticeFileError(message: message) }
}

/// A notice file as text: what it was, and its text, one paragraph a line.
public struct NoticeDocument: Sendable {
    public let kind: NoticeKind
    public let text: String
}

/// Reads a notice file of any kind plandash takes (Word file, web page, UTF-8, UTF-16 or GB18030
/// text), told by its content, and imports it. `encoding` (from `--encoding`) overrides the
/// detected text encoding, or a web page's declared one.
public enum NoticeFile {
    public static func read(_ bytes: [UInt8], encoding: TextEncoding? = nil) -> Result<NoticeDocument, ImportFailure> {
        do throws(NoticeFileError) {
            return .success(try document(bytes, encoding: encoding))
        } catch {
            return .failure(ImportFailure(message: error.message.text()))
        }
    }

    public static func importPlan(bytes: [UInt8], encoding: TextEncoding? = nil, id: String?) -> ImportResult {
        switch read(bytes, encoding: encoding) {
        case .success(let document): return NoticeImporter.importPlan(text: document.text, id: id)
        case .failure(let failure): return .failed(failure)
        }
    }

    private static func document(_ bytes: [UInt8], encoding: TextEncoding?) throws(NoticeFileError) -> NoticeDocument {
        guard !bytes.isEmpty else { throw .refused(.noticeEmpty) }
        guard bytes.count <= NoticeLimits.fileBytes else { throw .refused(.noticeFileTooLarge(bytes: bytes.count,
            limit: NoticeLimits.fileBytes)) }
        let detected = NoticeKind.detect(bytes)
        switch detected {
        case .word?:
            return NoticeDocument(kind: .word, text: try WordDocument.text(of: bytes))
        case .webPage?:
            return NoticeDocument(kind: .webPage, text: try WebPage.text(of: bytes, encoding: encoding))
        case .text(let found)?:
            let chosen = encoding ?? found
            guard let text = chosen.decode(bytes) else { throw .refused(.noticeNotInEncoding(chosen.rawValue)) }
            return NoticeDocument(kind: .text(chosen), text: text)
        case nil:
            if let encoding {
                guard let text = encoding.decode(bytes) else { throw .refused(.noticeNotInEncoding(encoding.rawValue)) }
                return NoticeDocument(kind: .text(encoding), text: text)
            }
            if let nul = bytes.firstIndex(of: 0) { throw .refused(.noticeBinary(offset: nul)) }
            throw .refused(.noticeUnknownEncoding)
        }
    }
}
