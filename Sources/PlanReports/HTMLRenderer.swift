// not messages: XHTML markup and CSS; every text comes in through the blocks, made from the catalogue

import Catalogue

/// Draws report blocks as one self-contained XHTML page: inline CSS with print rules, inline
/// SVG charts, no scripts, nothing fetched from the network. Every text is escaped and every
/// element closed, so an XML parser accepts the page.
public enum HTMLRenderer {
    public static func render(title: String, _ blocks: [ReportBlock]) -> String {
        let lang = Language.current == .en ? "en" : "zh-CN"
        var out = [
            "<!DOCTYPE html>",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(lang)\" xml:lang=\"\(lang)\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(XMLText.escape(title))</title>",
            "<style>",
            style,
            "</style>",
            "</head>",
            "<body>",
        ]
        out += blocks.map(block)
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    static func block(_ b: ReportBlock) -> String {
        switch b {
        case .heading(let level, let text):
            return "<h\(level)>\(XMLText.escape(text))</h\(level)>"
        case .paragraph(let spans):
            return "<p>" + spans.map { $0.strong
                ? "<strong>\(XMLText.escape($0.text))</strong>" : XMLText.escape($0.text) }.joined() + "</p>"
        case .table(let t):
            func cells(_ row: [String], tag: String) -> String {
                "<tr>" + row.enumerated().map { i, text in
                    let cls = t.numeric.contains(i) ? " class=\"num\"" : ""
                    return "<\(tag)\(cls)>\(XMLText.escape(text))</\(tag)>"
                }.joined() + "</tr>"
            }
            return (["<table>", "<thead>", cells(t.header, tag: "th"), "</thead>", "<tbody>"]
                    + t.rows.map { cells($0, tag: "td") } + ["</tbody>", "</table>"]).joined(separator: "\n")
        case .chart(let chart):
            let legend = chart.legend.map {
                """
                    <span class=\"key\"><span class=\"swatch \
                    \($0.swatch.cssClass)\"></span>\(XMLText.escape($0.label))</span>
                    """
            }.joined(separator: " ")
            let caption = legend.isEmpty
                ? XMLText.escape(chart.title) : "\(XMLText.escape(chart.title)) <span class=\"legend\">\(legend)</span>"
            return "<figure class=\"chart\">\n<figcaption>\(caption)</figcaption>\n\(SVGBarChart.svg(chart))\n</figure>"
        }
    }

    static let style = """
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimSun", \
    sans-serif;
           color: #222; line-height: 1.5; max-width: 64em; margin: 2em auto; padding: 0 1em; }
    h1 { font-size: 1.5em; margin-bottom: 0.2em; }
    h2 { font-size: 1.25em; border-bottom: 1px solid #bbb; margin-top: 1.8em; }
    h3 { font-size: 1.05em; margin-top: 1.3em; }
    table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; font-size: 0.9em; }
    th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
    th { background: #f0f0f0; }
    th.num, td.num { text-align: right; white-space: nowrap; }
    figure.chart { margin: 1em 0; }
    figcaption { font-weight: bold; margin-bottom: 0.3em; }
    .legend { font-weight: normal; font-size: 0.85em; margin-left: 1em; }
    .key { margin-right: 0.8em; white-space: nowrap; }
    .swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.25em; vertical-align: -0.1em; }
    .swatch.good { background: #2e7d32; }
    .swatch.normal { background: #1565c0; }
    .swatch.warn { background: #ef6c00; }
    .swatch.neutral { background: #78909c; }
    .swatch.blank { background: #f3f3f3; border: 1px solid #ccc; }
    .swatch.highlight { background: #c62828; }
    .swatch.marker { width: 0; height: 1em; border-left: 1px dashed #444; }
    svg.bars { max-width: 100%; height: auto; font-size: 12px; }
    svg .label, svg .value { fill: #222; }
    svg .track { fill: #f3f3f3; stroke: #ccc; stroke-width: 0.5; }
    svg .good .fill { fill: #2e7d32; }
    svg .normal .fill { fill: #1565c0; }
    svg .warn .fill { fill: #ef6c00; }
    svg .neutral .fill { fill: #78909c; }
    svg .highlight { fill: #c62828; }
    svg .marker { stroke: #444; stroke-width: 1; stroke-dasharray: 4 3; }
    svg .marker-label { fill: #444; font-size: 11px; }
    @media print {
      body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
      h2, h3 { page-break-after: avoid; }
      figure.chart, tr { page-break-inside: avoid; }
      thead { display: table-header-group; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
