// not messages: SVG markup; the chart's texts come in through `BarChart`, made from the catalogue

import Catalogue
import PlanModel

/// Draws a `BarChart` as inline SVG: labels on the left (CJK-aware widths), a track for the
/// full scale, the bar coloured by tone, its highlighted part, the figures in a column on the
/// right, and a dashed marker line. Bars with no value show only the track and their text (未填报).
public enum SVGBarChart {
    static let width = 760.0
    static let rowHeight = 22.0
    static let barHeight = 14.0
    /// Pixels per display column at the 12px font the chart uses (a CJK glyph takes two).
    static let columnWidth = 6.5
    static let labelColumns = 36
    static let textWidth = 120.0

    public static func svg(_ chart: BarChart) -> String {
        let labels = chart.bars.map { DisplayWidth.truncate($0.label, to: labelColumns) }
        let labelWidth = Double(labels.map { DisplayWidth.of($0) }.max() ?? 0) * columnWidth + 12
        let barX = labelWidth
        let barWidth = width - labelWidth - textWidth
        let top = chart.marker == nil ? 6.0 : 22.0
        let height = top + Double(chart.bars.count) * rowHeight + 6
        let scale = { (v: Double) in min(max(v / chart.maxValue, 0), 1) * barWidth }
        var out = ["""
            <svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bars\" role=\"img\" viewBox=\"0 0 \(n(width)) \
            \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" aria-label=\"\(XMLText.escape(chart.title))\">
            """,
                   "<title>\(XMLText.escape(chart.title))</title>"]
        for (i, bar) in chart.bars.enumerated() {
            let y = top + Double(i) * rowHeight
            let mid = y + rowHeight / 2
            out.append("<g class=\"bar \(bar.tone.rawValue)\">")
            out.append("<title>\(XMLText.escape(Message.chartBarTip(bar.label, bar.text).text()))</title>")
            out.append("""
                <text class=\"label\" x=\"\(n(labelWidth - 8))\" y=\"\(n(mid + 4))\" \
                text-anchor=\"end\">\(XMLText.escape(labels[i]))</text>
                """)
            let barY = n(mid - barHeight / 2)
            out.append("""
                <rect class=\"track\" x=\"\(n(barX))\" y=\"\(barY)\" width=\"\(n(barWidth))\" \
                height=\"\(n(barHeight))\"/>
                """)
            if let value = bar.value {
                out.append("""
                    <rect class=\"fill\" x=\"\(n(barX))\" y=\"\(barY)\" width=\"\(n(scale(value)))\" \
                    height=\"\(n(barHeight))\"/>
                    """)
                if bar.highlight > 0 {
                    out.append("""
                        <rect class=\"highlight\" x=\"\(n(barX))\" y=\"\(barY)\" \
                        width=\"\(n(scale(min(bar.highlight, value))))\" height=\"\(n(barHeight))\"/>
                        """)
                }
            }
            out.append("""
                <text class=\"value\" x=\"\(n(barX + barWidth + 8))\" \
                y=\"\(n(mid + 4))\">\(XMLText.escape(bar.text))</text>
                """)
            out.append("</g>")
        }
        if let marker = chart.marker {
            let x = n(barX + scale(marker.value))
            out.append("<line class=\"marker\" x1=\"\(x)\" y1=\"\(n(top - 4))\" x2=\"\(x)\" y2=\"\(n(height - 2))\"/>")
            out.append("""
                <text class=\"marker-label\" x=\"\(x)\" y=\"\(n(top - 8))\" \
                text-anchor=\"middle\">\(XMLText.escape(marker.label))</text>
                """)
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    /// A coordinate with at most one decimal, so output is stable and short.
    static func n(_ v: Double) -> String { NumberText.format(v, maxFractionDigits: 1) }
}
