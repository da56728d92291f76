/// YAML reader and writer errors in the user's language. libyaml (vendored by Yams) and Yams
/// describe a YAML error with fixed English phrases: a problem ("did not find expected key") and
/// often a context ("while parsing a block mapping"). Each phrase has an entry below whose
/// English is libyaml's exact text: it is both the key the phrase is looked up by and the
/// English wording. `YAMLReaderWordingTests` reads the vendored libyaml source and fails when
/// a phrase it can produce has no entry.
extension Message {
    /// A phrase of a YAML error in both languages: its table entry, or the phrase itself
    /// (`.verbatim`) for one a later Yams adds.
    public static func yamlReaderPhrase(_ english: String) -> Message {
        if let entry = yamlReaderTable[english] { return entry }
        // Yams' two phrases that quote a value: never reached by plan files (they are built from
        // nodes), worded for completeness.
        let notRepresentable = " does not conform to NodeRepresentable!"
        if english.hasSuffix(notRepresentable) {
            let value = String(english.dropLast(notRepresentable.count))
            return Message(zh: "\(value) 无法写成 YAML 节点", en: english)
        }
        let failedToRepresent = "Failed to represent "
        if english.hasPrefix(failedToRepresent) {
            return Message(zh: "无法表示值 \(english.dropFirst(failedToRepresent.count))", en: english)
        }
        return .verbatim(english)
    }

    private static let yamlReaderTable = Dictionary(yamlReaderPhrases.map { ($0.en, $0) }) { first, _ in first }

    /// Every fixed phrase libyaml's reader, scanner, parser, emitter and writer and Yams' composer
    /// and serializer put into a `YamlError`, keyed by their English.
    public static let yamlReaderPhrases: [Message] = [
        // What libyaml was reading when it failed (the error's context).
        Message(zh: "解析时", en: "while parsing"),
        Message(zh: "解析 %TAG 指令时", en: "while parsing a %TAG directive"),
        Message(zh: "解析块集合时", en: "while parsing a block collection"),
        Message(zh: "解析块映射时", en: "while parsing a block mapping"),
        Message(zh: "解析块节点时", en: "while parsing a block node"),
        Message(zh: "解析流式映射“{…}”时", en: "while parsing a flow mapping"),
        Message(zh: "解析流式节点时", en: "while parsing a flow node"),
        Message(zh: "解析流式序列“[…]”时", en: "while parsing a flow sequence"),
        Message(zh: "解析节点时", en: "while parsing a node"),
        Message(zh: "解析带引号的标量时", en: "while parsing a quoted scalar"),
        Message(zh: "解析标签时", en: "while parsing a tag"),
        Message(zh: "解析标签指令时", en: "while parsing a tag directive"),
        Message(zh: "扫描 %TAG 指令时", en: "while scanning a %TAG directive"),
        Message(zh: "扫描 %YAML 指令时", en: "while scanning a %YAML directive"),
        Message(zh: "扫描块标量时", en: "while scanning a block scalar"),
        Message(zh: "扫描指令时", en: "while scanning a directive"),
        Message(zh: "扫描普通标量时", en: "while scanning a plain scalar"),
        Message(zh: "扫描带引号的标量时", en: "while scanning a quoted scalar"),
        Message(zh: "扫描简单键时", en: "while scanning a simple key"),
        Message(zh: "扫描标签时", en: "while scanning a tag"),
        Message(zh: "扫描标签指令时", en: "while scanning a tag directive"),
        Message(zh: "扫描别名时", en: "while scanning an alias"),
        Message(zh: "扫描锚点时", en: "while scanning an anchor"),
        Message(zh: "查找下一个记号时", en: "while scanning for the next token"),
        Message(zh: "文件中只应有一个文档", en: "expected a single document in the stream"),

        // Reading characters (reader.c).
        Message(zh: "不允许出现控制字符", en: "control characters are not allowed"),
        Message(zh: "此处应为低位代理项", en: "expected low surrogate area"),
        Message(zh: "出现了意外的低位代理项", en: "unexpected low surrogate area"),
        Message(zh: "UTF-16 字符不完整", en: "incomplete UTF-16 character"),
        Message(zh: "UTF-16 代理对不完整", en: "incomplete UTF-16 surrogate pair"),
        Message(zh: "UTF-8 字节序列不完整", en: "incomplete UTF-8 octet sequence"),
        Message(zh: "读取输入出错", en: "input error"),
        Message(zh: "输入过长", en: "input is too long"),
        Message(zh: "无效的 Unicode 字符", en: "invalid Unicode character"),
        Message(zh: "无效的 UTF-8 首字节", en: "invalid leading UTF-8 octet"),
        Message(zh: "UTF-8 序列长度无效", en: "invalid length of a UTF-8 sequence"),
        Message(zh: "无效的 UTF-8 后续字节", en: "invalid trailing UTF-8 octet"),

        // Splitting the text into tokens (scanner.c).
        Message(zh: "此处不允许出现块序列条目（“-”）", en: "block sequence entries are not allowed in this context"),
        Message(zh: "找不到应有的“:”", en: "could not find expected ':'"),
        Message(zh: "找不到应有的指令名", en: "could not find expected directive name"),
        Message(zh: "找不到 URI 转义字节", en: "did not find URI escaped octet"),
        Message(zh: "找不到应有的“!”", en: "did not find expected '!'"),
        Message(zh: "找不到应有的字母或数字", en: "did not find expected alphabetic or numeric character"),
        Message(zh: "找不到应有的注释或换行", en: "did not find expected comment or line break"),
        Message(zh: "找不到应有的数字或“.”", en: "did not find expected digit or '.' character"),
        Message(zh: "找不到应有的十六进制数字", en: "did not find expected hexdecimal number"),
        Message(zh: "找不到应有的标签 URI", en: "did not find expected tag URI"),
        Message(zh: "找不到应有的版本号", en: "did not find expected version number"),
        Message(zh: "找不到应有的空白", en: "did not find expected whitespace"),
        Message(zh: "找不到应有的空白或换行", en: "did not find expected whitespace or line break"),
        Message(zh: "找不到应有的“>”", en: "did not find the expected '>'"),
        Message(zh: "制表符破坏了缩进", en: "found a tab character that violates indentation"),
        Message(zh: "此处应以空格缩进，不能用制表符",
            en: "found a tab character where an indentation space is expected"),
        Message(zh: "UTF-8 首字节有误", en: "found an incorrect leading UTF-8 octet"),
        Message(zh: "UTF-8 后续字节有误", en: "found an incorrect trailing UTF-8 octet"),
        Message(zh: "缩进指示符不能为 0", en: "found an indentation indicator equal to 0"),
        Message(zh: "出现了不能作为任何记号开头的字符", en: "found character that cannot start any token"),
        Message(zh: "版本号过长", en: "found extremely long version number"),
        Message(zh: "无效的 Unicode 字符转义码", en: "found invalid Unicode character escape code"),
        Message(zh: "出现了意外的“:”", en: "found unexpected ':'"),
        Message(zh: "出现了意外的文档标记（“---”或“...”）", en: "found unexpected document indicator"),
        Message(zh: "文本意外结束", en: "found unexpected end of stream"),
        Message(zh: "出现了意外的非字母字符", en: "found unexpected non-alphabetical character"),
        Message(zh: "未知的指令名", en: "found unknown directive name"),
        Message(zh: "未知的转义字符", en: "found unknown escape character"),
        Message(zh: "此处不允许出现映射键", en: "mapping keys are not allowed in this context"),
        Message(zh: "此处不允许出现映射值（请检查缩进；值中含“: ”时请加引号）",
            en: "mapping values are not allowed in this context"),

        // Building events from tokens (parser.c).
        Message(zh: "嵌套层数超过上限", en: "Maximum nesting level reached, set with yaml_set_max_nest_level())"),
        Message(zh: "找不到应有的“,”或“]”", en: "did not find expected ',' or ']'"),
        Message(zh: "找不到应有的“,”或“}”", en: "did not find expected ',' or '}'"),
        Message(zh: "找不到应有的“-”标记", en: "did not find expected '-' indicator"),
        Message(zh: "找不到应有的文档开始标记（“---”）", en: "did not find expected <document start>"),
        Message(zh: "找不到应有的流开始", en: "did not find expected <stream-start>"),
        Message(zh: "找不到应有的键", en: "did not find expected key"),
        Message(zh: "找不到应有的节点内容", en: "did not find expected node content"),
        Message(zh: "%TAG 指令重复", en: "found duplicate %TAG directive"),
        Message(zh: "%YAML 指令重复", en: "found duplicate %YAML directive"),
        Message(zh: "YAML 文档版本不兼容", en: "found incompatible YAML document"),
        Message(zh: "未定义的标签句柄", en: "found undefined tag handle"),

        // Building nodes from events (Yams' composer).
        Message(zh: "出现了另一个文档", en: "but found another document"),
        Message(zh: "未定义的别名", en: "found undefined alias"),

        // Writing YAML (emitter.c, writer.c, Yams' serializer).
        Message(zh: "别名只能由字母和数字组成", en: "alias value must contain alphanumerical characters only"),
        Message(zh: "别名不能为空", en: "alias value must not be empty"),
        Message(zh: "锚点名只能由字母和数字组成", en: "anchor value must contain alphanumerical characters only"),
        Message(zh: "锚点名不能为空", en: "anchor value must not be empty"),
        Message(zh: "%TAG 指令重复", en: "duplicate %TAG directive"),
        Message(zh: "此处应为文档结束", en: "expected DOCUMENT-END"),
        Message(zh: "此处应为文档开始或流结束", en: "expected DOCUMENT-START or STREAM-END"),
        Message(zh: "此处应为标量、序列开始、映射开始或别名", en: "expected SCALAR, SEQUENCE-START, MAPPING-START, or ALIAS"),
        Message(zh: "此处应为流开始", en: "expected STREAM-START"),
        Message(zh: "流结束后不应再有内容", en: "expected nothing after STREAM-END"),
        Message(zh: "%YAML 指令版本不兼容", en: "incompatible %YAML directive"),
        Message(zh: "既未指定标签，也未指定隐式标志", en: "neither tag nor implicit flags are specified"),
        Message(zh: "标签句柄只能由字母和数字组成", en: "tag handle must contain alphanumerical characters only"),
        Message(zh: "标签句柄必须以“!”结尾", en: "tag handle must end with '!'"),
        Message(zh: "标签句柄不能为空", en: "tag handle must not be empty"),
        Message(zh: "标签句柄必须以“!”开头", en: "tag handle must start with '!'"),
        Message(zh: "标签前缀不能为空", en: "tag prefix must not be empty"),
        Message(zh: "标签值不能为空", en: "tag value must not be empty"),
        Message(zh: "写入出错", en: "write error"),
        Message(zh: "序列化器已打开", en: "serializer is already opened"),
        Message(zh: "序列化器已关闭", en: "serializer is closed"),
        Message(zh: "序列化器尚未打开", en: "serializer is not opened"),
    ]

    /// A YAML syntax error: the problem and, when libyaml says, what it was reading and the line
    /// where that began.
    public static func malformedYAML(_ problem: Message, context: (phrase: Message, line: Int)?) -> Message {
        Message(zh: "YAML 格式有误：\(problem.zh)" + (context.map { "（\($0.phrase.zh)，始于第 \($0.line) 行）" } ?? ""),
            en: "malformed YAML: \(problem.en)" + (context.map { " (\($0.phrase.en) at line \($0.line))" } ?? ""))
    }
    /// Characters the YAML reader refused.
    public static func unreadableText(_ problem: Message) -> Message {
        Message(zh: "无法读取的文本：\(problem.zh)", en: "unreadable text: \(problem.en)")
    }
    /// A plan could not be written as YAML.
    public static func cannotWriteYAML(_ problem: Message) -> Message {
        Message(zh: "无法写成 YAML：\(problem.zh)", en: "cannot write YAML: \(problem.en)")
    }
    public static let yamlOutOfMemory = Message(zh: "处理 YAML 时内存不足", en: "out of memory while handling YAML")
    /// Yams failed without saying why (`YamlError.no`).
    public static let yamlFailedUnsaid = Message(zh: "处理 YAML 失败，原因不明", en: "YAML handling failed for no stated reason")
}
