import Foundation

/// Reads `series_id,date,value` CSV (the layout of the reference scripts), keeping each
/// series' rows in file order after sorting by date within the series.
struct SeriesCSV {
    var ids: [String] = []
    var values: [String: [Double]] = [:]
    /// The date column per series, in the same order as `values`.
    var dates: [String: [String]] = [:]

    init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var rows: [String: [(String, Double)]] = [:]
        var first = true
        for line in text.split(whereSeparator: \.isNewline) {
            if first { first = false; continue }
            let parts = line.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count >= 3, let v = Double(parts[2]) else { continue }
            let id = String(parts[0])
            if rows[id] == nil { ids.append(id); rows[id] = [] }
            rows[id]!.append((String(parts[1]), v))
        }
        for (id, r) in rows {
            let sorted: [(String, Double)]
            if r.allSatisfy({ Int($0.0) != nil }) {
                sorted = r.sorted { Int($0.0)! < Int($1.0)! }
            } else {
                sorted = r.sorted { $0.0 < $1.0 }
            }
            values[id] = sorted.map(\.1)
            dates[id] = sorted.map(\.0)
        }
        ids.sort()
    }
}
