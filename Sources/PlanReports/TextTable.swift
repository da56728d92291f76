import Foundation
import PlanModel

/// Plain-text tables for terminal output, aligned by display columns (CJK = 2).
public enum TextTable {
    /// Every cell is made one terminal-safe line (`TerminalSafe`): a line break or escape in
    /// plan or journal text cannot forge a row or reach the terminal.
    public static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let all = ([header] + rows).map { $0.map(TerminalSafe.text) }
        var widths = Array(repeating: 0, count: header.count)
        for row in all { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i],
            DisplayWidth.of(cell)) } }
        func line(_ row: [String]) -> String {
            row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
                return rightAligned.contains(i) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return [line(all[0]), rule] + all.dropFirst().map(line)
    }
}
