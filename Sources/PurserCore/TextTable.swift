/// Aligned plain-text tables for terminal output: columns padded to their widest cell,
/// trailing spaces trimmed.
enum TextTable {
    /// - Parameters:
    ///   - rows: the header row first; every row has the same number of cells.
    ///   - rightAligned: indexes of numeric columns.
    ///   - header: styles the header line (e.g. bold on a terminal).
    static func render(_ rows: [[String]], rightAligned: Set<Int>, header: (String) -> String = { $0 }) -> String {
        var widths = [Int](repeating: 0, count: rows.first?.count ?? 0)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for (r, row) in rows.enumerated() {
            var line = row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return rightAligned.contains(i) ? pad + cell : cell + pad
            }.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            out += (r == 0 ? header(line) : line) + "\n"
        }
        return out
    }
}
