/// A completion bar in text: `█` for the reached part, `░` for the rest. Full only at 100 %,
/// and at least one block as soon as anything is reached, so small steps still show. With a
/// `marker` (时间进度, the share of the year gone by) a `┃` stands at that point of the bar.
enum ProgressBar {
    static func text(_ fraction: Double, width: Int, marker: Double? = nil) -> String {
        guard width > 0 else { return "" }
        let f = min(max(fraction, 0), 1)
        var filled = Int((f * Double(width)).rounded(.down))
        if f > 0, filled == 0 { filled = 1 }
        if f < 1, filled == width { filled = width - 1 }
        var cells = Array(repeating: "█", count: filled) + Array(repeating: "░", count: width - filled)
        if let marker, marker > 0, marker < 1 {
            cells[min(width - 1, Int((marker * Double(width)).rounded(.down)))] = "┃"
        }
        return cells.joined()
    }
}
