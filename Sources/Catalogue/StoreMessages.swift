/// Errors and warnings of the plan store: finding plan files, reading them, writing files
/// atomically, and reading and appending to progress journals. Paths arrive terminal-safe;
/// `reason` is the system's or the YAML reader's own wording.
extension Message {
    // Finding a plan.
    public static func noPlanFound(_ folder: String) -> Message {
        Message(zh: """
            找不到计划：\(folder) 中没有 .yaml 计划文件。请指定一个（如 plandash check path/to/plan.yaml），\
            设置 PLANDASH_PLAN，或在含 Plans/ 的文件夹中运行
            """,
            en: """
                no plan found: \(folder) holds no .yaml plan file. Name one (plandash check path/to/plan.yaml), set \
                PLANDASH_PLAN, or run from the folder that holds Plans/
                """)
    }
    public static func manyPlans(_ folder: String, count: Int, ids: [String]) -> Message {
        Message(zh: "\(folder) 中有 \(count) 个计划（\(ids.joined(separator: "、"))）：请指定一个，或设置 PLANDASH_PLAN",
            en: "\(folder) holds \(count) plans (\(ids.joined(separator: ", "))): name one, or set PLANDASH_PLAN")
    }
    /// `known`: the plan ids in the folder, to choose from.
    public static func noPlanNamed(_ name: String, folder: String, known: [String]) -> Message {
        Message(zh: "没有计划“\(name)”：既不是文件，也不是 \(folder) 中的计划 id"
                + (known.isEmpty ? "" : "（\(folder) 中的计划：\(known.joined(separator: "、"))）"),
            en: "no plan \"\(name)\": not a file, nor a plan id in \(folder)"
                + (known.isEmpty ? "" : " (plans in \(folder): \(known.joined(separator: ", ")))"))
    }

    // Reading a plan file.
    public static let planFileNotUTF8 = Message(
        zh: "文件不是 UTF-8 文本：应为 YAML 计划文件", en: "the file is not UTF-8 text: expected a YAML plan file")
    public static func duplicateKeys(_ keys: [String]) -> Message {
        Message(zh: "同一映射中键 \(keys.joined(separator: "、")) 重复",
            en: "duplicate key \(keys.joined(separator: ", ")) in one mapping")
    }
    /// The last line under a plan file's errors: how many there are.
    public static func errorCount(_ count: Int) -> Message {
        Message(zh: "共 \(count) 个错误", en: "\(count) error\(count == 1 ? "" : "s")")
    }

    // Writing files.
    public static func cannotWrite(_ path: String, _ reason: String) -> Message {
        Message(zh: "无法写入 \(path)：\(reason)", en: "cannot write \(path): \(reason)")
    }

    // The progress journal.
    public static func journalCannotOpenForAppend(_ path: String, _ reason: String) -> Message {
        Message(zh: "无法打开 \(path) 以追加记录：\(reason)", en: "cannot open \(path) for appending: \(reason)")
    }
    public static func journalCannotAppend(_ path: String, _ reason: String) -> Message {
        Message(zh: "无法向 \(path) 追加记录：\(reason)", en: "cannot append to \(path): \(reason)")
    }
    public static let journalShortWrite = Message(zh: "只写入了一部分", en: "short write")
    public static func journalCannotSync(_ path: String, _ reason: String) -> Message {
        Message(zh: "无法把 \(path) 写入磁盘：\(reason)", en: "cannot sync \(path): \(reason)")
    }
    public static let journalIncompleteLine = Message(
        zh: "最后一行不完整（写入被中断？）：跳过", en: "incomplete last line (a write cut short?): skipped")
    public static func journalRecordWithout(_ key: String) -> Message {
        Message(zh: "记录缺少 \(key)：跳过", en: "record without \(key): skipped")
    }
    /// `field`: the record's field (`time`, `new.value`), `problem`: what is wrong with it.
    public static func journalBadField(_ field: String, _ problem: String) -> Message {
        Message(zh: "\(field) 有误：\(problem)：跳过", en: "bad \(field): \(problem): skipped")
    }
    /// A field holding a value of another kind than the journal writes there (a number for a day…).
    public static let journalFieldWrongType = Message(zh: "值的类型不对（如日期写成了数字）", en: "a value of the wrong kind")
    public static func journalBadTime(_ text: String) -> Message {
        Message(zh: "应为 ISO 8601 时间，实为 \(text)", en: "expected an ISO 8601 time, found \(text)")
    }
    public static let journalNotJSON = Message(
        zh: "不是 JSON 记录（写入被中断或合并有误？）：跳过", en: "not a JSON record (torn write or bad merge?): skipped")
}
