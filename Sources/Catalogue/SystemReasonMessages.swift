import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why the system, Foundation, a zip archive or an XML part refused: the reason shown after a
/// lead-in such as `无法读取 x：`. Third parties word their errors in English (strerror, Foundation's
/// localizedDescription, ZIPFoundation's case names); these give the Chinese, and keep the
/// system's English where it has one.
extension Message {
    /// A lead-in made by a catalogue function that takes its reason as text, with the reason in
    /// each language: `.withReason(.systemReason(errno: errno)) { .cannotWrite(path, $0) }`.
    public static func withReason(_ reason: Message, _ make: (String) -> Message) -> Message {
        Message(zh: make(reason.zh).zh, en: make(reason.en).en)
    }

    // MARK: errno

    /// A failed system call's errno: Chinese wording for the codes a file tool meets, English as
    /// the C library words it (strerror). A code not listed here reads `系统错误 <code>` in Chinese,
    /// with the C library's text in brackets.
    public static func systemReason(errno code: Int32) -> Message {
        let english = String(cString: strerror(code))
        guard let chinese = chineseReason(errno: code) else {
            return Message(zh: "系统错误 \(code)（\(english)）", en: english)
        }
        return Message(zh: chinese, en: english)
    }

    private static func chineseReason(errno code: Int32) -> String? {
        switch code {
        case ENOENT: "没有这个文件或目录"
        case EACCES: "没有权限"
        case EPERM: "不允许这样操作"
        case EISDIR: "这是一个目录"
        case ENOTDIR: "路径中有一项不是目录"
        case ENOSPC: "磁盘空间不足"
        case EDQUOT: "超出了磁盘配额"
        case EROFS: "文件系统只读"
        case EEXIST: "文件已存在"
        case EIO: "读写磁盘时出错"
        case EMFILE: "本程序打开的文件过多"
        case ENFILE: "系统打开的文件过多"
        case ENAMETOOLONG: "文件名过长"
        case ELOOP: "符号链接层数过多，或路径是不允许跟随的符号链接"
        case EFBIG: "文件过大"
        case EBUSY: "设备或资源正忙"
        case ETXTBSY: "文件正被执行，不能写入"
        case EAGAIN: "资源暂时不可用，请稍后再试"
        case EINTR: "操作被中断"
        case EINVAL: "参数无效"
        case EXDEV: "不能跨文件系统移动"
        case ENOTEMPTY: "目录不为空"
        case ESTALE: "网络文件句柄已失效"
        case ENXIO: "没有这个设备或地址"
        case ENODEV: "没有这个设备"
        case EBADF: "文件描述符无效"
        case ENOMEM: "内存不足"
        case EPIPE: "管道已断开"
        case EOVERFLOW: "数值超出范围，文件可能过大"
        case ENOTSUP: "不支持这种操作"
        case ETIMEDOUT: "连接超时"
        case ECONNREFUSED: "连接被拒绝"
        case ENETUNREACH: "网络不可达"
        case EHOSTUNREACH: "主机不可达"
        default: nil
        }
    }

    // MARK: Foundation errors

    /// A system or Foundation error: a POSIX error by its errno; a Foundation file error by the
    /// POSIX error beneath it when it has one, else by its code; an XML parser error by its code.
    /// Any other error reads `出现未知错误：` followed by its own text.
    public static func systemReason(of error: Error) -> Message {
        if let posix = error as? POSIXError { return systemReason(errno: posix.code.rawValue) }
        let ns = error as NSError
        switch ns.domain {
        case NSPOSIXErrorDomain:
            return systemReason(errno: Int32(truncatingIfNeeded: ns.code))
        case NSCocoaErrorDomain:
            if let code = underlyingErrno(ns) { return systemReason(errno: code) }
            if let reason = fileReason(CocoaError.Code(rawValue: ns.code)) { return reason }
        case xmlParserDomain:
            return xmlReason(code: ns.code, line: nil, column: nil)
        default:
            break
        }
        let own = isFoundation(error) ? ns.localizedDescription : String(describing: error)
        return Message(zh: "出现未知错误：\(own)", en: own)
    }

    /// An error as the user reads it: a system, Foundation or XML error in the catalogue's words,
    /// after the file it names (`systemFailure`); any other (plandash's own errors, already worded)
    /// as it describes itself.
    public static func reason(for error: Error) -> Message {
        systemFailure(error) ?? .verbatim(String(describing: error))
    }

    /// A system or Foundation error that reached the user with no lead-in of its own: the file it
    /// names, when it names one, then the reason. Nil for any other error.
    public static func systemFailure(_ error: Error) -> Message? {
        guard isFoundation(error) else { return nil }
        let ns = error as NSError
        let path = ns.userInfo[NSFilePathErrorKey] as? String ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        guard let path else { return systemReason(of: error) }
        return withReason(systemReason(of: error)) { Message(zh: "\(path)：\($0)", en: "\(path): \($0)") }
    }

    /// Whether an error comes from the system or Foundation rather than from a Swift error type.
    private static func isFoundation(_ error: Error) -> Bool {
        if error is POSIXError || error is CocoaError || type(of: error) is NSError.Type { return true }
        return [NSPOSIXErrorDomain, NSCocoaErrorDomain, xmlParserDomain].contains((error as NSError).domain)
    }

    /// `XMLParser.errorDomain`, named here so that the catalogue needs no FoundationXML.
    private static let xmlParserDomain = "NSXMLParserErrorDomain"

    /// The errno of the POSIX error a Foundation error wraps (NSUnderlyingErrorKey), if any.
    private static func underlyingErrno(_ error: NSError) -> Int32? {
        switch error.userInfo[NSUnderlyingErrorKey] {
        case let posix as POSIXError: posix.code.rawValue
        case let ns as NSError where ns.domain == NSPOSIXErrorDomain: Int32(truncatingIfNeeded: ns.code)
        default: nil
        }
    }

    private static func fileReason(_ code: CocoaError.Code) -> Message? {
        switch code {
        case .fileNoSuchFile, .fileReadNoSuchFile: systemReason(errno: ENOENT)
        case .fileReadNoPermission, .fileWriteNoPermission: systemReason(errno: EACCES)
        case .fileWriteOutOfSpace: systemReason(errno: ENOSPC)
        case .fileWriteVolumeReadOnly: systemReason(errno: EROFS)
        case .fileWriteFileExists: systemReason(errno: EEXIST)
        case .fileReadTooLarge: systemReason(errno: EFBIG)
        case .fileReadInvalidFileName, .fileWriteInvalidFileName:
            Message(zh: "文件名无效", en: "invalid file name")
        case .fileReadCorruptFile:
            Message(zh: "文件已损坏或格式不对", en: "the file is corrupt or not in the expected format")
        case .fileReadInapplicableStringEncoding, .fileReadUnknownStringEncoding:
            Message(zh: "文本编码不对，无法读出文字", en: "the text is not in an encoding that can be read")
        case .fileWriteInapplicableStringEncoding:
            Message(zh: "文字无法按所需编码写出", en: "the text cannot be written in the encoding asked for")
        case .fileReadUnsupportedScheme, .fileWriteUnsupportedScheme:
            Message(zh: "不支持这种地址", en: "unsupported kind of address")
        case .fileLocking:
            Message(zh: "文件已被锁定", en: "the file is locked")
        case .fileReadUnknown:
            Message(zh: "读取时出现未知错误", en: "unknown error while reading")
        case .fileWriteUnknown:
            Message(zh: "写入时出现未知错误", en: "unknown error while writing")
        default: nil
        }
    }

    // MARK: XML

    /// Why an XML part is not well-formed, by the XML parser's error code (libxml2's numbering,
    /// which `XMLParser.ErrorCode` shares), with the place when the parser gives one.
    public static func xmlReason(code: Int, line: Int?, column: Int?) -> Message {
        let what: Message = switch code {
        case 4: Message(zh: "内容为空", en: "the document is empty")
        case 5: Message(zh: "文档没有正确结束：有标签未闭合，或结束后还有内容",
            en: "the document does not end properly: a tag left open, or content after its end")
        case 6...9: Message(zh: "含有 XML 不允许的字符", en: "a character XML does not allow")
        case 26, 27: Message(zh: "引用了未定义的实体", en: "a reference to an undefined entity")
        case 31, 32: Message(zh: "文字编码不受支持", en: "an unsupported text encoding")
        case 38...42: Message(zh: "属性写法有误", en: "a malformed attribute")
        case 73, 76: Message(zh: "开始标签与结束标签不一致", en: "an end tag that does not match its start tag")
        case 77: Message(zh: "标签没有结束，内容可能被截断了", en: "an unfinished tag: the part may have been cut short")
        default: Message(zh: "XML 格式错误（代码 \(code)）", en: "malformed XML (code \(code))")
        }
        guard let line, line > 0 else { return what }
        let place = column.flatMap { $0 > 0 ? $0 : nil }
            .map { Message(zh: "第 \(line) 行第 \($0) 列：", en: "line \(line), column \($0): ") }
            ?? Message(zh: "第 \(line) 行：", en: "line \(line): ")
        return place + what
    }

    // MARK: zip archives (ZIPFoundation's errors, matched where archives are read)

    /// The archive is damaged or cannot be read.
    public static let zipUnreadable = Message(zh: "压缩包已损坏或无法读取", en: "the archive is damaged or cannot be read")
    /// The archive has no end of central directory record: usually a file cut short.
    public static let zipNoDirectory = Message(zh: "压缩包不完整，缺少文件目录，可能是文件被截断了",
        en: "the archive is incomplete, its central directory missing: the file may have been cut short")
    public static let zipBadChecksum = Message(zh: "压缩包里的数据校验不符（CRC32）",
        en: "a checksum in the archive does not match (CRC32)")
    public static let zipBadCompression = Message(zh: "压缩方式不受支持", en: "an unsupported compression method")
    /// Sizes, offsets or paths in the archive's headers that cannot be right.
    public static let zipBadLayout = Message(zh: "压缩包的结构有误", en: "the archive's structure is invalid")
    public static let zipCorruptData = Message(zh: "压缩数据已损坏，无法解压", en: "compressed data is corrupt")
    public static let zipUnwritable = Message(zh: "压缩包无法写入", en: "the archive cannot be written")
    public static let zipCancelled = Message(zh: "操作已取消", en: "the operation was cancelled")
}
