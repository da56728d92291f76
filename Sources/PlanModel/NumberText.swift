import Foundation

/// Formats figures the way a plan writes them: no trailing zeros, never an exponent.
public enum NumberText {
    /// `550` for 550.0, `12.5` for 12.5, `0.33` for 0.333…, `100000000000000000000` for 1e20.
    public static func format(_ value: Double, maxFractionDigits: Int = 2) -> String {
        guard value.isFinite else { return "—" }
        var scale = 1.0
        for _ in 0..<maxFractionDigits { scale *= 10 }
        // Beyond 1e15 a Double holds no fraction digits to round, and scaling could overflow to inf.
        let rounded = abs(value) >= 1e15 ? value : (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            return String(Int64(rounded))
        }
        // The shortest text that reads back as the same Double, unless Swift writes it with an exponent.
        var text = String(rounded)
        if text.contains("e") { text = String(format: "%.\(abs(rounded) < 1e15 ? maxFractionDigits : 0)f", rounded) }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// A fraction 0…1 as a whole percentage: `73%`.
    public static func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded()))%"
    }
}
