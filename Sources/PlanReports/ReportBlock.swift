/// A report laid out as blocks that the Markdown and HTML renderers both draw, so both formats
/// carry the same content. Charts are drawn in HTML only; their figures are in the tables too.
public enum ReportBlock: Sendable {
    case heading(level: Int, text: String)
    case paragraph([Span])
    case table(ReportTable)
    case chart(BarChart)
}

/// A run of text in a paragraph, plain or strong.
public struct Span: Sendable {
    public let text: String
    public let strong: Bool

    public init(_ text: String, strong: Bool = false) {
        self.text = text
        self.strong = strong
    }
}

/// A table: a header, rows of cells (as many as the header), and the columns holding figures,
/// which renderers align right.
public struct ReportTable: Sendable {
    public let header: [String]
    public let rows: [[String]]
    public let numeric: Set<Int>

    public init(header: [String], rows: [[String]], numeric: Set<Int> = []) {
        let fits = rows.allSatisfy { $0.count == header.count }
        precondition(fits, "every row needs one cell per column") // not a message: a programmer's error
        self.header = header
        self.rows = rows
        self.numeric = numeric
    }
}

/// A horizontal bar chart: one bar per label, scaled to `maxValue`, with an optional
/// highlighted part (e.g. overdue measures) and an optional marker line (e.g. time elapsed).
public struct BarChart: Sendable {
    /// How a bar is coloured; `blank` is for bars drawn without a value (only the empty track).
    public enum Tone: String, Sendable {
        case good, normal, warn, neutral, blank
    }

    public struct Bar: Sendable {
        public let label: String
        /// The bar's length on the chart's scale; nil draws no bar (nothing reported).
        public let value: Double?
        /// The part of the bar drawn highlighted, from its start.
        public let highlight: Double
        /// The figure printed after the bar.
        public let text: String
        public let tone: Tone

        public init(label: String, value: Double?, highlight: Double = 0, text: String, tone: Tone) {
            self.label = label
            self.value = value
            self.highlight = highlight
            self.text = text
            self.tone = tone
        }
    }

    public struct Marker: Sendable {
        public let value: Double
        public let label: String

        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// A key to the chart's colours: what a tone, the highlight or the marker means.
    public struct LegendEntry: Sendable {
        public enum Swatch: Sendable {
            case tone(Tone), highlight, marker

            /// The CSS class the HTML page styles the swatch with.
            public var cssClass: String {
                switch self {
                case .tone(let t): return t.rawValue
                case .highlight: return "highlight"
                case .marker: return "marker"
                }
            }
        }

        public let swatch: Swatch
        public let label: String

        public init(_ swatch: Swatch, _ label: String) {
            self.swatch = swatch
            self.label = label
        }
    }

    public let title: String
    public let maxValue: Double
    public let bars: [Bar]
    public let marker: Marker?
    public let legend: [LegendEntry]

    public init(title: String, maxValue: Double, bars: [Bar], marker: Marker? = nil, legend: [LegendEntry] = []) {
        self.title = title
        self.maxValue = maxValue
        self.bars = bars
        self.marker = marker
        self.legend = legend
    }
}
