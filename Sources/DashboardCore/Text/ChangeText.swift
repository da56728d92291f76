import PlanModel
import PlanReports

/// The status-line words for changes to the data: what was recorded, undone or redone, and
/// what changed under an open editor. The runner and the core word them the same way.
public enum ChangeText {
    /// The id and a short name: `kw1.t1.i3 软件业务收入`, `kw1.m1 研究制定《湖南省大数据产…`.
    public static func item(_ id: String, in status: PlanStatus) -> String {
        switch status.index.items[id] {
        case .indicator(let ind, _, _): return "\(id) \(ind.name)"
        case .measure(let m, _): return "\(id) \(DisplayWidth.truncate(m.text, to: 24))"
        case nil: return id
        }
    }

    /// `kw1.t1.i3 软件业务收入: — → 412.5 (截至 2019-12-31)`.
    public static func recorded(_ r: ProgressRecord, in status: PlanStatus) -> String {
        "\(item(r.item, in: status)): \(ItemHistory.change(r)) (截至 \(r.at))"
    }

    /// `kw1.t1.i3 软件业务收入: 备注 “省工信厅报送” (截至 2019-12-31)`.
    public static func noted(_ r: ProgressRecord, in status: PlanStatus) -> String {
        "\(item(r.item, in: status)): 备注 “\(r.note ?? "")” (截至 \(r.at))"
    }

    /// `已撤销 kw1.t1.i3 软件业务收入: 500 → 412.5`: the compensating record's change, or
    /// `已撤销 kw1.t1.i3 软件业务收入 的备注 (值不变: 500)` when it undid a note.
    public static func undone(_ r: ProgressRecord, in status: PlanStatus) -> String {
        "已撤销 " + valueOrNote(r, in: status)
    }

    /// `已重做 kw1.t1.i3 软件业务收入: 412.5 → 500`.
    public static func redone(_ r: ProgressRecord, in status: PlanStatus) -> String {
        "已重做 " + valueOrNote(r, in: status)
    }

    private static func valueOrNote(_ r: ProgressRecord, in status: PlanStatus) -> String {
        guard r.old == r.new else { return "\(item(r.item, in: status)): \(ItemHistory.change(r))" }
        return "\(item(r.item, in: status)) 的备注 (值不变: \(r.new.map { "\($0)" } ?? "—"))"
    }

    /// `kw1.t1.i3 changed meanwhile to 450 (by 张三)`: the item's value as of the status's day
    /// and who recorded the last change to it by then.
    public static func changedMeanwhile(_ id: String, in status: PlanStatus, ledger: ProgressLedger) -> String {
        let value = status.values[id]?.value
        let by = ledger.history(of: id).last { $0.at <= status.asOf }?.user
        return "\(id) changed meanwhile to \(value.map { "\($0)" } ?? "—")" + (by.map { " (by \($0))" } ?? "")
    }
}
