/// A trend in one row of block characters, lowest value `▁`, highest `█`.
enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value, scaled between the smallest and the largest; all the same
    /// value (or one value) draws mid-height. Only the last `width` values when there are more.
    static func text(_ values: [Double], width: Int = .max) -> String {
        let shown = values.suffix(max(0, width))
        guard let lo = shown.min(), let hi = shown.max() else { return "" }
        let top = levels.count - 1
        return String(shown.map { v in
            hi == lo ? levels[top / 2] : levels[Int(((v - lo) / (hi - lo) * Double(top)).rounded())]
        })
    }
}
