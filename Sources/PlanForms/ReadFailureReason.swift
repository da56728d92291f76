import Catalogue
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Why a workbook's zip or one of its XML parts could not be read, in the catalogue's words.
extension Message {
    /// Why an XML part did not parse: the part's name, then the parser's reason and place.
    static func xmlReason(in part: String, of parser: XMLParser) -> Message {
        guard let error = parser.parserError else { return .formBadXML(part, nil) }
        let reason = Message.xmlReason(code: (error as NSError).code, line: parser.lineNumber,
            column: parser.columnNumber)
        return .withReason(reason) { .formBadXML(part, $0) }
    }

    /// Why ZIPFoundation could not read an archive, in the catalogue's words (its own errors are
    /// bare case names). Errors it does not make public (inflating: corrupt or invalid stream;
    /// entry attributes) read as corrupt compressed data; system errors as the system's reason.
    static func zipReason(_ error: Error) -> Message {
        switch error {
        case let e as Archive.ArchiveError: zipReason(e)
        case let e as Data.DataError: e == .unreadableFile ? .zipUnreadable : .zipUnwritable
        case is MemoryFileError: .zipUnreadable
        case is POSIXError, is CocoaError: .systemReason(of: error)
        default: .zipCorruptData
        }
    }

    private static func zipReason(_ error: Archive.ArchiveError) -> Message {
        switch error {
        case .unreadableArchive: .zipUnreadable
        case .missingEndOfCentralDirectoryRecord: .zipNoDirectory
        case .invalidCRC32: .zipBadChecksum
        case .invalidCompressionMethod: .zipBadCompression
        case .invalidEntryPath, .invalidEntrySize, .invalidLocalHeaderDataOffset, .invalidLocalHeaderSize,
             .invalidCentralDirectoryOffset, .invalidCentralDirectorySize, .invalidCentralDirectoryEntryCount,
             .uncontainedSymlink, .invalidBufferSize: .zipBadLayout
        case .unwritableArchive: .zipUnwritable
        case .cancelledOperation: .zipCancelled
        }
    }
}
