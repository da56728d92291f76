/// Labels printed on the forms units fill in (xlsx and CSV): the header block, the columns,
/// the sheet's name. Collecting reads a form by these labels in either language.
extension Message {
    // MARK: Header block

    public static let formFieldPlan = Message(zh: "计划", en: "Plan")
    public static let formFieldPlanID = Message(zh: "计划编号", en: "Plan id")
    public static let formFieldDocument = Message(zh: "文号", en: "Document")
    public static let formFieldUnit = Message(zh: "填报单位", en: "Reporting unit")
    public static let formFieldPeriod = Message(zh: "报送期", en: "Period")
    public static let formFieldDue = Message(zh: "报送截止", en: "Due")
    /// The period field's value: `2019Q3（2019-07-01 至 2019-09-30）`.
    public static func formPeriod(_ id: String, start: String, end: String) -> Message {
        Message(zh: "\(id)（\(start) 至 \(end)）", en: "\(id) (\(start) to \(end))")
    }

    // MARK: Columns

    public static let formColumnID = Message(zh: "编号", en: "Id")
    public static let formColumnTask = Message(zh: "任务", en: "Task area")
    public static let formColumnText = Message(zh: "工作目标/措施", en: "Target / measure")
    public static let formColumnGoal = Message(zh: "目标值", en: "Goal")
    public static let formColumnUnit = Message(zh: "单位", en: "Unit")
    public static let formColumnPrevious = Message(zh: "上期值", en: "Previous value")
    public static let formColumnPreviousDate = Message(zh: "上期日期", en: "Previous as of")
    public static let formColumnValue = Message(zh: "本期值", en: "Value this period")
    public static let formColumnNote = Message(zh: "进展情况说明", en: "Progress note")

    // MARK: Sheet

    public static let formSheetName = Message(zh: "填报表", en: "Form")
    /// A missing item on a reminder: `kw1.t1.i3 软件业务收入（补齐生产服务短板）`.
    public static func formMissingIndicator(_ id: String, name: String, task: String) -> Message {
        Message(zh: "\(id) \(name)（\(task)）", en: "\(id) \(name) (\(task))")
    }
    /// Why an upload is not an xlsx workbook.
    public static let formNotZip = Message(zh: "不是 zip 压缩包", en: "not a zip archive")
    /// A part the workbook lacks: `缺少 xl/workbook.xml`.
    public static func formMissingPart(_ path: String) -> Message { Message(zh: "缺少 \(path)", en: "no \(path)") }
    /// A part that is not well-formed XML: `xl/worksheets/sheet1.xml：XML 格式错误`.
    public static func formBadXML(_ part: String, _ reason: String?) -> Message {
        Message(zh: "\(part)：\(reason ?? "XML 格式错误")", en: "\(part): \(reason ?? "bad XML")")
    }
    public static func formParts(_ n: Int) -> Message { Message(zh: "\(n) 个部件", en: "\(n) parts") }
    public static func formCells(_ n: Int) -> Message { Message(zh: "\(n) 个单元格", en: "\(n) cells") }
}
