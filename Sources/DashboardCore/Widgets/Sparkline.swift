/// A trend in one row of block characters, lowest value `▁`, highest `█`.
enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value, scaled between the smallest and the largest finite value; all the
    /// same value (or one value), and a value that is not finite, draw mid-height. Figures as
    /// far apart as ±1e308 scale too (halved first, so their difference cannot overflow).
    /// Only the last `width` values when there are more.
    static func text(_ values: [Double], width: Int = .max) -> String {
        let shown = values.suffix(max(0, width))
        guard !shown.isEmpty else { return "" }
        let finite = shown.filter(\.isFinite)
        let lo = finite.min() ?? 0, hi = finite.max() ?? 0
        let top = levels.count - 1
        let span = hi / 2 - lo / 2
        return String(shown.map { v in
            guard v.isFinite, span > 0 else { return levels[top / 2] }
            let fraction = min(1, max(0, (v / 2 - lo / 2) / span))
            return levels[Int((fraction * Double(top)).rounded())]
        })
    }
}
