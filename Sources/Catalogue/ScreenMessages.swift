/// Texts of the dashboard's 督办清单 and 报送情况 screens.
extension Message {
    // MARK: 督办清单

    /// How the groups of the 督办清单 are ordered (`plan`, `count`, `days`).
    public static func chaseOrder(_ order: String) -> Message {
        switch order {
        case "count": return Message(zh: "按事项数", en: "most items first")
        case "days": return Message(zh: "按逾期天数", en: "longest overdue first")
        default: return Message(zh: "按计划顺序", en: "in plan order")
        }
    }
    public static func screenOrder(_ order: Message) -> Message {
        Message(zh: "排序：", en: "order: ") + order
    }
    public static let chaseScreenHint = Message(zh: "   s 换排序 · Enter 打开所在任务 · Esc 返回",
        en: "   s order · Enter open its task area · Esc back")
    public static func chaseGroupHeading(_ lead: String, _ count: Int) -> Message {
        Message(zh: "\(lead)（\(count) 项）", en: "\(lead) (\(count))")
    }
    public static func chaseScreenPosition(_ row: Int, of count: Int, lead: String) -> Message {
        Message(zh: "第 \(row)/\(count) 行 · \(lead) · Enter 打开", en: "row \(row)/\(count) · \(lead) · Enter opens")
    }
    public static func asOfRight(_ day: String) -> Message { Message(zh: "截至 \(day) ", en: "as of \(day) ") }

    // MARK: 报送情况

    public static let roundScreenHint = Message(zh: "   未报的单位标红 · Enter 列出未报事项 · Esc 返回",
        en: "   late units in red · Enter lists missing items · Esc back")
    public static func roundScreenPosition(_ row: Int, of count: Int, unit: String, missing: Int) -> Message {
        Message(zh: "单位 \(row)/\(count) · \(unit) · 未报 \(missing) 项 · Enter 列出",
            en: "unit \(row)/\(count) · \(unit) · \(missing) missing · Enter lists them")
    }
    public static let roundNoUnits = Message(zh: "本期没有应报送的单位", en: "No unit has anything to report this period")
    public static func missingTitle(_ unit: String, period: String) -> Message {
        Message(zh: "\(unit) 未报事项 \(period)", en: "\(unit): missing for \(period)")
    }
    public static func missingCounts(due: Int, reported: Int, missing: Int) -> Message {
        Message(zh: "应报 \(due) 项 · 已报 \(reported) 项 · 未报 \(missing) 项",
            en: "\(due) due · \(reported) reported · \(missing) missing")
    }
    public static let missingNone = Message(zh: "本期已报齐。", en: "Everything reported this period.")
    public static var missingHeader: [Message] {
        [Message(zh: "类别", en: "kind"), Message(zh: "编号", en: "id"), Message(zh: "事项", en: "item"), Message(zh: "主要任务",
            en: "task area")]
    }
    public static let missingIndicator = Message(zh: "指标", en: "indicator")
    public static let missingMilestone = Message(zh: "里程碑", en: "milestone")
    public static let missingMeasure = Message(zh: "措施", en: "measure")
    public static func missingPosition(_ row: Int, of count: Int) -> Message {
        Message(zh: "事项 \(row)/\(count) · Enter 打开所在任务", en: "item \(row)/\(count) · Enter opens its task area")
    }
}
