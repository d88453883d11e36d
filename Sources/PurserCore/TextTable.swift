import PurserConcurrency

/// Aligned plain-text tables for terminal output: columns padded to their widest cell,
/// trailing spaces trimmed.
enum TextTable {
    /// - Parameters:
    ///   - rows: the header row first; every row has the same number of cells.
    ///   - rightAligned: indexes of numeric columns.
    ///   - header: styles the header line (e.g. bold on a terminal).
    static func render(_ rows: [[String]], rightAligned: Set<Int>, header: (String) -> String = { $0 }) -> String {
        guard let first = rows.first else { return "" }
        // A plan's table has a row per component: on all cores when there are thousands.
        let parallel = rows.count > 1_000
        let cellWidths = parallel ? ConcurrentMap.map(rows) { $0.map(width) } : rows.map { $0.map(width) }
        var columnWidths = [Int](repeating: 0, count: first.count)
        for row in cellWidths { for (i, w) in row.enumerated() { columnWidths[i] = max(columnWidths[i], w) } }
        let widths = columnWidths
        let right = (0..<widths.count).map(rightAligned.contains)
        let lines = parallel
            ? ConcurrentMap.map(Array(rows.indices)) { line(rows[$0], cellWidths[$0], widths: widths, right: right) }
            : rows.indices.map { line(rows[$0], cellWidths[$0], widths: widths, right: right) }
        var out = header(lines[0]) + "\n"
        out.reserveCapacity(out.utf8.count + lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in lines.dropFirst() {
            out += line
            out += "\n"
        }
        return out
    }

    private static func line(_ cells: [String], _ cellWidths: [Int], widths: [Int], right: [Bool]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(widths.reduce(2 * widths.count) { $0 + $1 } + 16)
        for (i, cell) in cells.enumerated() {
            if i > 0 { bytes.append(contentsOf: [32, 32]) }
            let pad = widths[i] - cellWidths[i]
            if right[i] { bytes.append(contentsOf: repeatElement(32, count: pad)) }
            bytes.append(contentsOf: cell.utf8)
            if !right[i] { bytes.append(contentsOf: repeatElement(32, count: pad)) }
        }
        while bytes.last == 32 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The cell's width in characters; ASCII text without a carriage return (a CR LF pair is one
    /// character), that is nearly every cell, is counted by its bytes rather than by grapheme breaking.
    private static func width(_ cell: String) -> Int {
        cell.utf8.allSatisfy { $0 < 0x80 && $0 != 13 } ? cell.utf8.count : cell.count
    }
}
