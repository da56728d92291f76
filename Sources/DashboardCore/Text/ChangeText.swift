import Catalogue
import PlanModel

/// The status-line words for changes to the data: what was recorded, undone or redone, and
/// what changed under the user, from the catalogue's messages and the plan's names.
enum ChangeText {
    /// The id and a short name: `kw1.t1.i3 软件业务收入`, `kw1.m1 研究制定《湖南省大数据产…`.
    static func item(_ id: String, in status: PlanStatus) -> String {
        switch status.index.items[id] {
        case .indicator(let ind, _, _): return "\(id) \(ind.name)"
        case .measure(let m, _): return "\(id) \(DisplayWidth.truncate(m.text, to: 24))"
        case nil: return id
        }
    }

    /// `kw1.t1.i3 软件业务收入：— → 412.5（截至 2019-12-31）`, or the note it kept.
    static func recorded(_ r: ProgressRecord, in status: PlanStatus) -> Message {
        if r.old == r.new, let note = r.note {
            return .noted(item: item(r.item, in: status), note: note, asOf: r.at.description)
        }
        return .recorded(item: item(r.item, in: status), change: ItemHistory.change(r), asOf: r.at.description)
    }

    /// `已撤销 kw1.t1.i3 软件业务收入：500 → 412.5`, or `已撤销 kw1.t1.i3 软件业务收入 的备注（值不变：500）`.
    static func undone(_ r: ProgressRecord, in status: PlanStatus) -> Message {
        .undone(valueOrNote(r, in: status))
    }

    /// `已重做 kw1.t1.i3 软件业务收入：412.5 → 500`.
    static func redone(_ r: ProgressRecord, in status: PlanStatus) -> Message {
        .redone(valueOrNote(r, in: status))
    }

    private static func valueOrNote(_ r: ProgressRecord, in status: PlanStatus) -> Message {
        guard r.old == r.new else { return .itemChange(item: item(r.item, in: status), change: ItemHistory.change(r)) }
        return .noteOf(item: item(r.item, in: status), value: r.new.map { "\($0)" } ?? "—")
    }

    /// `kw1.t1.i3 已被 张三 改为 450`: the item's value as of the status's day and who
    /// recorded the last change to it by then.
    static func changedMeanwhile(_ id: String, in status: PlanStatus) -> Message {
        let state = status.values[id]
        return .changedMeanwhile(item: id, value: state.map { "\($0.value)" } ?? "—", by: state?.record.user)
    }
}
