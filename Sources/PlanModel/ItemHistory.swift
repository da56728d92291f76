
/// How an item's history reads in text: a title line and one row per record.
public enum ItemHistory {
    public static func title(_ item: PlanIndex.Item) -> String {
        switch item {
        case .indicator(let i, _,
            _): return "\(i.id)  \(TerminalSafe.text(i.name))  goal \(TerminalSafe.text(i.goalText))"
        case .measure(let m,
            _): return "\(m.id)  \(TerminalSafe.text(m.text))  (deadline \(TerminalSafe.text(m.deadline.text)))"
        }
    }

    /// as of, recorded (UTC minute), who, old → new, note.
    public static func row(_ r: ProgressRecord) -> [String] {
        var note = r.note ?? ""
        if r.undoes != nil { note = note.isEmpty || note == "undo" ? "undo" : "undo: \(note)" }
        return [r.at.description, LocalTime.current.minute(r.time), r.user, change(r), note]
    }

    /// `old → new`, with `—` for no value: `— → 412.5`.
    public static func change(_ r: ProgressRecord) -> String {
        "\(r.old.map { "\($0)" } ?? "—") → \(r.new.map { "\($0)" } ?? "—")"
    }
}
