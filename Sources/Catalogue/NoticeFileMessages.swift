/// Messages about reading a notice file: its kind, encoding and size.
extension Message {
    public static let noticeEmpty = Message(zh: "通知为空：没有可导入的文字", en: "the notice is empty: there is no text to import")

    public static func noticeFileTooLarge(bytes: Int, limit: Int) -> Message {
        Message(zh: "文件有 \(bytes) 字节，超过通知文件的上限 \(limit) 字节（真实的通知远小于此），未读取",
                en: """
                    the file is \(bytes) bytes, over the limit of \(limit) bytes for a notice (real notices are far \
                    smaller); not read
                    """)
    }

    public static func noticeTextTooLong(limit: Int) -> Message {
        Message(zh: "文件中的文字超过 \(limit) 个字符的上限，未导入",
            en: "the file holds more than \(limit) characters of text, the limit for a notice; not imported")
    }

    public static func noticeNotInEncoding(_ encoding: String) -> Message {
        Message(zh: "文件不是有效的 \(encoding) 文字；请用 --encoding 指定其编码（utf-8、utf-16、gb18030）",
                en: """
                    the file is not valid \(encoding) text; name its encoding with --encoding (utf-8, utf-16, gb18030)
                    """)
    }

    public static func noticeBinary(offset: Int) -> Message {
        Message(zh: "这是二进制文件（偏移 \(offset) 处有 NUL 字节），不是通知的文字、Word 文件或网页",
                en: """
                    this is a binary file (a NUL byte at offset \(offset)), not the text of a notice, a Word file or \
                    a web page
                    """)
    }

    public static let noticeUnknownEncoding = Message(
        zh: "文件既不是 UTF-8、UTF-16 或 GB18030/GBK 文字，也不是 Word 文件（.docx）或网页；请用 --encoding 指定其编码",
        en: """
            the file is neither UTF-8, UTF-16 nor GB18030/GBK text, nor a Word file (.docx) or a web page; name its \
            encoding with --encoding
            """)

    public static let noticeWordNotAZip = Message(zh: "文件以 zip 标记开头，但不是可读的 zip 压缩包（Word 文件 .docx 即 zip）",
                                                  en: """
                                                      the file starts as a zip archive but cannot be read as one (a \
                                                      Word .docx file is a zip)
                                                      """)
    public static let noticeWordNoDocument =
        Message(zh: "zip 压缩包中没有 word/document.xml：不是 Word 文件（.docx）；旧的 .doc 请先另存为 .docx",
                                                     en: """
                                                         the zip archive holds no word/document.xml: it is not a Word \
                                                         file (.docx); save an old .doc as .docx first
                                                         """)
    public static let noticeWordUnreadable = Message(zh: "Word 文件的正文（word/document.xml）不是可读的 XML",
        en: "the Word file's body (word/document.xml) is not readable XML")

    public static func noticeWordTooLarge(limit: Int) -> Message {
        Message(zh: "Word 文件的正文解压后超过 \(limit) 字节的上限（可能是 zip 炸弹），未读取",
                en: "the Word file's body unpacks to more than \(limit) bytes, the limit (a zip bomb?); not read")
    }

    public static let noticeWordDeclaresEntities =
        Message(zh: "Word 文件的正文声明了 XML 实体（<!DOCTYPE/<!ENTITY），Word 从不这样写（可能是实体炸弹），未读取",
                                                           en: """
                                                               the Word file's body declares XML entities \
                                                               (<!DOCTYPE/<!ENTITY), which Word never writes (an \
                                                               entity bomb?); not read
                                                               """)
    public static let noticePageDeclaresEntities = Message(zh: "网页声明了 XML 实体（<!ENTITY），网页从不需要（可能是实体炸弹），未读取",
                                                           en: """
                                                               the web page declares XML entities (<!ENTITY), which \
                                                               no web page needs (an entity bomb?); not read
                                                               """)
    public static let noticePageUnreadable = Message(zh: "网页无法解析", en: "the web page cannot be parsed")
}
