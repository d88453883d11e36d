import Foundation
import GRDB

extension Ledger {
    /// Sums by several dimensions at once (e.g. `[.day, .service, .component]`), every currency,
    /// sorted by currency then keys. Keep `cell.currency == ledger.currency` for the ledger's own.
    public func costBreakdown(by dimensions: [Dimension], from: Date? = nil, to: Date? = nil) throws -> [CostCell] {
        guard !dimensions.isEmpty else { throw LedgerError(.invalidArgument, message: "costBreakdown needs at least one dimension") }
        let named = dimensions.filter { $0 != .day }
        var cells = try breakdown(named, byDay: dimensions.contains(.day), from: from, to: to).map { raw -> CostCell in
            var k = 0
            let keys: [String] = dimensions.map { d in
                if d == .day { return Day(number: raw.day).description }
                k += 1
                return raw.keys[k - 1]
            }
            return CostCell(keys: keys, currency: raw.currency, billed: Money(nanos: raw.billed),
                            effective: Money(nanos: raw.effective), rows: raw.rows)
        }
        cells.sort { $0.currency != $1.currency ? $0.currency < $1.currency : $0.keys.lexicographicallyPrecedes($1.keys) }
        return cells
    }

    struct RawCell {
        var day: Int
        var keys: [String]
        var currency: String
        var billed: Int64
        var effective: Int64
        var rows: Int64
    }

    /// The engine of every report: facts summed by (UTC day if `byDay`, the named dimensions,
    /// currency), unsorted.
    ///
    /// Dimension names are read once; facts (one per dimension tuple and hour, so few) are read
    /// raw and summed in memory by integer keys, several times faster than grouping in SQLite.
    /// PostgreSQL sums them per tuple and day first, so less crosses the network.
    func breakdown(_ named: [Dimension], byDay: Bool, from: Date?, to: Date?) throws -> [RawCell] {
        let (lo, hi) = hourRange(from, to)
        var groups: [[String]: Int] = [:]       // names + currency -> group number
        var groupKeys: [[String]] = []
        var groupOf: [Int64: Int] = [:]          // dimension id -> group number
        var sums: [Int: (billed: Int64, effective: Int64, rows: Int64)] = [:]
        var overflow = false
        let columns = named.map(\.sqlExpression) + ["d.currency"]
        func assign(_ id: Int64, _ key: [String]) {
            let group = groups[key] ?? { groupKeys.append(key); groups[key] = groupKeys.count - 1; return groupKeys.count - 1 }()
            groupOf[id] = group
        }
        var lastId: Int64 = .min, lastGroup = 0
        func add(hour: Int64, dimensionId: Int64, billed: Int64, effective: Int64, count: Int64) {
            let width = max(1, groupKeys.count)
            if dimensionId != lastId { lastId = dimensionId; lastGroup = groupOf[dimensionId] ?? 0 }
            let day = byDay ? Int(hour >= 0 ? hour / 24 : (hour - 23) / 24) : 0
            let id = day * width + lastGroup
            let t = sums[id] ?? (0, 0, 0)
            let (b, o1) = t.billed.addingReportingOverflow(billed)
            let (e, o2) = t.effective.addingReportingOverflow(effective)
            overflow = overflow || o1 || o2
            sums[id] = (b, e, t.rows + count)
        }
        if let postgres {
            for (id, key) in try postgres.dimensionKeys(columns) { assign(id, key) }
            let facts = try postgres.factSums(lo: lo, hi: hi, byDay: byDay)
            overflow = facts.overflow
            for f in facts.sums { add(hour: f.hour, dimensionId: f.dimensionId, billed: f.billed, effective: f.effective, count: f.rows) }
        } else {
            try read { db in
                for row in try Row.fetchAll(db, sql: "SELECT d.id, \(columns.joined(separator: ", ")) FROM dimension d") {
                    assign(row[0], (1...columns.count).map { row[$0] })
                }
                let statement = try db.makeStatement(sql: """
                    SELECT f.hour, f.dimension_id, f.billed_nanos, f.effective_nanos, f.row_count
                    FROM cost_fact f WHERE f.hour >= ? AND f.hour < ?
                    """)
                statement.setUncheckedArguments([lo, hi])
                let cursor = try Row.fetchCursor(statement)
                while let row = try cursor.next() {
                    add(hour: row[0], dimensionId: row[1], billed: row[2], effective: row[3], count: row[4])
                }
            }
        }
        if overflow { throw LedgerError(.overflow, file: path, message: "a cost sum exceeds the fixed-point range (±9.2e9)") }
        let width = max(1, groupKeys.count)
        return sums.map { id, v in
            let g = ((id % width) + width) % width
            let key = groupKeys[g]
            return RawCell(day: (id - g) / width, keys: Array(key.dropLast()), currency: key.last ?? "",
                           billed: v.billed, effective: v.effective, rows: v.rows)
        }
    }

    /// The hours `[lo, hi)` of a range of UTC days, never beyond `ChargePeriodWindow`: facts
    /// outside it can only come from ledgers written before the window was enforced, and no
    /// report may stretch over them.
    func hourRange(_ from: Date?, _ to: Date?) -> (Int64, Int64) {
        let window = ChargePeriodWindow.hours
        let lo = from.map { max(Int64(Timestamp.day(of: $0)) * 24, window.lowerBound) } ?? window.lowerBound
        let hi = to.map { min(Int64(Timestamp.day(of: $0) + 1) * 24, window.upperBound + 1) } ?? window.upperBound + 1
        return (lo, hi)
    }
}
