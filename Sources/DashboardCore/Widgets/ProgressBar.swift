/// A completion bar in text: `█` for the reached part, `░` for the rest. Full only at 100 %,
/// and at least one block as soon as anything is reached, so small steps still show.
enum ProgressBar {
    static func text(_ fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let f = min(max(fraction, 0), 1)
        var filled = Int((f * Double(width)).rounded(.down))
        if f > 0, filled == 0 { filled = 1 }
        if f < 1, filled == width { filled = width - 1 }
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
