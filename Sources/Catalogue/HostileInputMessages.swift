/// Refusals of hostile or broken input: YAML features plan files never use, limits, strict
/// scalars, and output files that must not be replaced.
extension Message {
    public static func yamlAnchorRefused(_ name: String) -> Message {
        Message(zh: "锚点 &\(name)：计划文件不使用 YAML 锚点和别名，请直接写出内容",
                en: "anchor &\(name): plan files take no YAML anchors or aliases; write the value out")
    }

    public static func yamlAliasRefused(_ name: String) -> Message {
        Message(zh: "别名 *\(name)：计划文件不使用 YAML 锚点和别名，请直接写出内容",
                en: "alias *\(name): plan files take no YAML anchors or aliases; write the value out")
    }

    public static func yamlTagRefused(_ tag: String) -> Message {
        Message(zh: "标签 \(tag)：计划文件不使用 YAML 标签，请删去",
                en: "tag \(tag): plan files take no YAML tags; remove it")
    }

    public static func yamlTooDeep(_ limit: Int) -> Message {
        Message(zh: "嵌套超过 \(limit) 层：计划文件不会这么深",
                en: "nested deeper than \(limit) levels: no plan file is that deep")
    }

    public static func fileTooLarge(_ size: String, limit: String) -> Message {
        Message(zh: "文件大小 \(size) 超过上限 \(limit)：不像是计划文件",
                en: "the file is \(size), above the limit of \(limit): not a plan file")
    }

    public static func cannotReadFile(_ reason: String) -> Message {
        Message(zh: "无法读取文件：\(reason)", en: "cannot read the file: \(reason)")
    }

    public static var notARegularFile: Message {
        Message(zh: "不是普通文件（是目录、设备或管道）", en: "not a regular file (a directory, device or pipe)")
    }

    public static func planIDDiffersFromFileName(_ id: String, file: String) -> Message {
        Message(zh: "计划 id “\(id)”与文件名 \(file) 不一致：plandash 按文件名找计划，请把 id 改为 \(file) 或改文件名",
                en: """
                    plan id \"\(id)\" differs from the file name \(file): plandash finds plans by file name; make \
                    them equal
                    """)
    }

    public static func notPlainDecimal(_ found: String) -> Message {
        Message(zh: "应为不加引号的十进制数（如 550、-3、12.5），实为 \(found)",
                en: "expected a plain decimal number (e.g. 550, -3, 12.5), found \(found)")
    }

    public static func numberOutOfRange(_ found: String) -> Message {
        Message(zh: "数值 \(found) 超出可表示的范围（过大或过小）", en: "the number \(found) is out of range (too large or too small)")
    }

    public static func outputExists(_ path: String) -> Message {
        Message(zh: "\(path) 已存在：换一个路径，或加 --force 替换它",
                en: "\(path) already exists: choose another path, or pass --force to replace it")
    }

    public static func outputNotRegularFile(_ path: String) -> Message {
        Message(zh: "\(path) 不是普通文件（目录、设备、管道或符号链接）：不会写入；要输出到标准输出请用 -o -",
                en: """
                    \(path) is not a regular file (a directory, device, pipe or symbolic link): nothing written; use \
                    -o - for standard output
                    """)
    }

    public static func outputIsPlanFile(_ path: String) -> Message {
        Message(zh: "\(path) 是计划本身的文件：请为报告换一个路径",
                en: "\(path) is the plan's own file: choose another path for the report")
    }
}
