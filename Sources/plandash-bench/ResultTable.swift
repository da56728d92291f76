// not messages: developer tool; its output is for developers and README's English benchmark table

import PlanReports

/// The benchmark's one table: a row per measure, a column per plan, and a last column with
/// how the measure grew between the two largest sizes against how the plan grew.
enum ResultTable {
    /// `sizes` gives each column's size as a multiple of the real plan (nil for the real plan itself).
    static func render(_ columns: [PlanFigures], sizes: [Int?], process: Sample?, runs: Int) -> String {
        var rows: [[String]] = []
        func row(_ name: String, _ cell: (PlanFigures) -> String, growth: ((PlanFigures) -> Double)? = nil) {
            rows.append([name] + columns.map(cell) + [growth.map { growthCell(columns, sizes, $0) } ?? ""])
        }
        func timed(_ name: String, _ sample: @escaping (PlanFigures) -> Sample?) {
            row(name, { sample($0).map(Format.sample) ?? "—" }, growth: { sample($0)?.median ?? 0 })
        }
        row("measures / indicators", { "\($0.measures) / \($0.indicators)" }, growth: { Double($0.indicators) })
        row("units", { "\($0.units)" })
        row("plan file", { Format.bytes($0.planBytes) }, growth: { Double($0.planBytes) })
        row("journal (records)", { "\(Format.bytes($0.journalBytes)) (\($0.records))" },
            growth: { Double($0.journalBytes) })
        timed("load: parse + validate + journal", { $0.load })
        timed("status: replay + completion + workload", { $0.status })
        timed("first frame 120×40", { $0.firstFrame })
        for (i, key) in (columns.first?.keystrokes ?? []).enumerated() {
            timed("key → frame: \(key.name)", { $0.keystrokes.indices.contains(i) ? $0.keystrokes[i].sample : nil })
        }
        timed("edit made durable (append + fsync)", { $0.edit })
        timed("  the disk alone: append + fsync", { $0.editDisk })
        timed("report md", { $0.reportMarkdown })
        timed("report csv", { $0.reportCSV })
        row("peak resident memory", { Format.bytes($0.peakBytes) }, growth: { Double($0.peakBytes) })

        let header = ["measure"] + columns.map(\.label) + [growthHeader(sizes)]
        let table = TextTable.render(header: header, rows: rows, rightAligned: Set(1...(columns.count + 1)))
        let notes = [
            """
                Times: median (min–max); load, status, first frame and reports \(runs) runs, keys, edits and \
                processes \(runs * 5).
                """,
            """
                Whole process, plandash render <real plan> --screen dashboard, start to exit: \
                \(process.map(Format.sample) ?? "not measured (no release plandash binary)").
                """,
            """
                Synthetic plans repeat each section's task areas N times (ids and units suffixed); journals hold 10 \
                records per indicator.
                """,
        ]
        return (table + [""] + notes).joined(separator: "\n")
    }

    private static func growthHeader(_ sizes: [Int?]) -> String {
        let known = sizes.compactMap { $0 }
        guard known.count >= 2 else { return "growth" }
        return "growth \(known[known.count - 2])×→\(known[known.count - 1])×"
    }

    /// `×9.7` for a measure that grew 9.7-fold between the two largest sizes; the header says how much the plan grew.
    private static func growthCell(_ columns: [PlanFigures], _ sizes: [Int?],
        _ value: (PlanFigures) -> Double) -> String {
        let sized = zip(columns, sizes).filter { $0.1 != nil }.map(\.0)
        guard sized.count >= 2 else { return "" }
        let before = value(sized[sized.count - 2]), after = value(sized[sized.count - 1])
        guard before > 0 else { return "" }
        return "×" + Format.ratio(after / before)
    }
}

/// How figures are written in the table.
enum Format {
    static func seconds(_ s: Double) -> String {
        if s >= 1 { return String(format: "%.2f s", s) }
        let ms = s * 1000
        if ms >= 100 { return String(format: "%.0f ms", ms) }
        if ms >= 10 { return String(format: "%.1f ms", ms) }
        return String(format: "%.2f ms", ms)
    }

    /// `12.3 ms (11.9–13.0)`: the median with the range of runs, in the median's unit.
    static func sample(_ s: Sample) -> String {
        guard !s.times.isEmpty else { return "—" }
        let unit = s.median >= 1 ? 1.0 : 1000.0
        let digits = s.median >= 1 ? 2 : (s.median * 1000 >= 100 ? 0 : (s.median * 1000 >= 10 ? 1 : 2))
        let range = "\(String(format: "%.\(digits)f", s.min * unit))–\(String(format: "%.\(digits)f", s.max * unit))"
        return "\(seconds(s.median)) (\(range))"
    }

    static func bytes(_ n: Int) -> String {
        let v = Double(n)
        let kb = 1024.0, mb = kb * 1024, gb = mb * 1024
        if v >= gb { return String(format: "%.2f GB", v / gb) }
        if v >= mb { return String(format: "%.1f MB", v / mb) }
        if v >= kb { return String(format: "%.1f KB", v / kb) }
        return "\(n) B"
    }

    static func ratio(_ r: Double) -> String { r >= 10 ? String(format: "%.0f", r) : String(format: "%.1f", r) }
}
