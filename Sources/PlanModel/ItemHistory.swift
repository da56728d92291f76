import Catalogue


/// How an item's history reads in text: a title line and one row per record.
public enum ItemHistory {
    public static func title(_ item: PlanIndex.Item) -> String {
        switch item {
        case .indicator(let i, _, _):
            return Message.historyIndicatorTitle(i.id, name: TerminalSafe.text(i.name),
                goal: TerminalSafe.text(i.goalText)).text()
        case .measure(let m, _):
            return Message.historyMeasureTitle(m.id, text: TerminalSafe.text(m.text),
                deadline: TerminalSafe.text(m.deadline.text)).text()
        }
    }

    /// as of, recorded (local minute), who, old → new, note.
    public static func row(_ r: ProgressRecord) -> [String] {
        [r.at.description, LocalTime.current.minute(r.time), r.user, change(r), note(r)]
    }

    /// The note as the history shows it: an undo or redo record says so (撤销 / undo, 重做 / redo)
    /// in the reader's language, before any note of its own; the journal keeps its word `undo`/`redo`.
    public static func note(_ r: ProgressRecord) -> String {
        let note = r.note ?? ""
        let kind: (Message, journalWord: String)
        if r.undoes != nil {
            kind = (.historyUndo, "undo")
        } else if r.redoes != nil {
            kind = (.historyRedo, "redo")
        } else {
            return note
        }
        return note.isEmpty || note == kind.journalWord ? kind.0.text() : Message.historyNote(kind.0, note: note).text()
    }

    /// `old → new`, with `—` for no value: `— → 412.5`.
    public static func change(_ r: ProgressRecord) -> String {
        "\(r.old.map { "\($0)" } ?? "—") → \(r.new.map { "\($0)" } ?? "—")"
    }
}
