
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
        return [r.at.description, recordedText(r), r.user, change(r), note]
    }

    /// `old → new`, with `—` for no value: `— → 412.5`.
    public static func change(_ r: ProgressRecord) -> String {
        "\(r.old.map { "\($0)" } ?? "—") → \(r.new.map { "\($0)" } ?? "—")"
    }

    static func recordedText(_ r: ProgressRecord) -> String {
        let t = Int(r.time.timeIntervalSince1970)
        let day = CalendarDate(dayNumber: t >= 0 ? t / 86_400 : (t - 86_399) / 86_400)
        let secs = ((t % 86_400) + 86_400) % 86_400
        let hh = secs / 3600, mm = (secs % 3600) / 60
        return "\(day) \(hh < 10 ? "0" : "")\(hh):\(mm < 10 ? "0" : "")\(mm)Z"
    }
}
