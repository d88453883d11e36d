import Foundation
import GRDB

extension Ledger {
    /// Sums BilledCost and EffectiveCost by one dimension over a range of UTC days.
    ///
    /// - Parameters:
    ///   - dimension: The grouping (component, team, service, region, day, ...).
    ///   - from: The first UTC day included (the day containing this instant); nil = no bound.
    ///   - to: The last UTC day included (the day containing this instant); nil = no bound.
    ///   - sharing: Shared-cost rules, applied per day before grouping (only meaningful for
    ///     `.component`; ignored otherwise).
    /// - Returns: Ledger-currency rows sorted by key, other currencies apart, exact totals.
    public func costReport(by dimension: Dimension, from: Date? = nil, to: Date? = nil,
                           sharing: [SharedCostRule] = []) throws -> CostReport {
        let (lo, hi) = hourRange(from, to)
        var rows: [CostRow] = []
        var other: [CostRow] = []
        if dimension == .component && !sharing.isEmpty {
            var totals: [String: (Money, Money)] = [:]
            for (_, byComponent) in try componentDays(lo, hi, sharing: sharing) {
                for (component, amounts) in byComponent {
                    let t = totals[component] ?? (.zero, .zero)
                    totals[component] = (t.0 + amounts.billed, t.1 + amounts.effective)
                }
            }
            let counts = try groupedRows(.component, lo, hi).reduce(into: [String: Int64]()) {
                if $1.currency == currency { $0[$1.key] = $1.rows }
            }
            rows = totals.map { CostRow(key: $0.key, currency: currency, billed: $0.value.0, effective: $0.value.1, rows: counts[$0.key] ?? 0) }
            other = try groupedRows(.component, lo, hi).filter { $0.currency != currency }
        } else {
            for row in try groupedRows(dimension, lo, hi) {
                if row.currency == currency { rows.append(row) } else { other.append(row) }
            }
        }
        rows.sort { $0.key < $1.key }
        other.sort { ($0.currency, $0.key) < ($1.currency, $1.key) }
        return CostReport(dimension: dimension, currency: currency,
                          from: from.map { Timestamp.dayString(Timestamp.day(of: $0)) },
                          to: to.map { Timestamp.dayString(Timestamp.day(of: $0)) },
                          rows: rows, otherCurrencies: other,
                          totalBilled: rows.reduce(.zero) { $0 + $1.billed },
                          totalEffective: rows.reduce(.zero) { $0 + $1.effective })
    }

    /// Daily EffectiveCost and BilledCost (ledger currency) of one component, or of everything
    /// when `component` is nil, with every day between the first and last present (zero-filled),
    /// so forecasting and anomaly detection get a regular series.
    public func dailyCosts(component: String? = nil, from: Date? = nil, to: Date? = nil,
                           sharing: [SharedCostRule] = []) throws -> [DailyCost] {
        let (lo, hi) = hourRange(from, to)
        var byDay: [Int: (billed: Money, effective: Money)] = [:]
        if sharing.isEmpty {
            let filter = component == nil ? "" : " AND d.component = ?"
            var args: StatementArguments = [currency, lo, hi]
            if let component { args += [component] }
            try read { db in
                for row in try Row.fetchAll(db, sql: """
                    SELECT f.hour / 24, SUM(f.billed_nanos), SUM(f.effective_nanos)
                    FROM cost_fact f JOIN dimension d ON d.id = f.dimension_id
                    WHERE d.currency = ? AND f.hour >= ? AND f.hour < ?\(filter)
                    GROUP BY 1
                    """, arguments: args) {
                    byDay[row[0]] = (Money(nanos: row[1]), Money(nanos: row[2]))
                }
            }
        } else {
            for (day, byComponent) in try componentDays(lo, hi, sharing: sharing) {
                for (name, amounts) in byComponent where component == nil || name == component {
                    let t = byDay[day] ?? (.zero, .zero)
                    byDay[day] = (t.billed + amounts.billed, t.effective + amounts.effective)
                }
            }
        }
        return Self.fill(byDay, from: from, to: to)
    }

    /// Daily EffectiveCost series for every value of a dimension (e.g. every component or
    /// service), zero-filled over the same span of days for all keys.
    public func dailySeries(by dimension: Dimension, from: Date? = nil, to: Date? = nil) throws -> [String: [DailyCost]] {
        precondition(dimension != .day, "group by a dimension other than .day")
        let (lo, hi) = hourRange(from, to)
        var byKey: [String: [Int: (billed: Money, effective: Money)]] = [:]
        var first = Int.max, last = Int.min
        try read { db in
            for row in try Row.fetchAll(db, sql: """
                SELECT \(dimension.sqlExpression), f.hour / 24, SUM(f.billed_nanos), SUM(f.effective_nanos)
                FROM cost_fact f JOIN dimension d ON d.id = f.dimension_id
                WHERE d.currency = ? AND f.hour >= ? AND f.hour < ?
                GROUP BY 1, 2
                """, arguments: [currency, lo, hi]) {
                let day: Int = row[1]
                first = min(first, day)
                last = max(last, day)
                byKey[row[0], default: [:]][day] = (Money(nanos: row[2]), Money(nanos: row[3]))
            }
        }
        let fromDate = from ?? (first == .max ? nil : Date(timeIntervalSince1970: Double(first) * 86_400))
        let toDate = to ?? (last == .min ? nil : Date(timeIntervalSince1970: Double(last) * 86_400))
        return byKey.mapValues { Self.fill($0, from: fromDate, to: toDate) }
    }

    func hourRange(_ from: Date?, _ to: Date?) -> (Int64, Int64) {
        let lo = from.map { Int64(Timestamp.day(of: $0)) * 24 } ?? Int64(Int32.min)
        let hi = to.map { Int64(Timestamp.day(of: $0) + 1) * 24 } ?? Int64(Int32.max)
        return (lo, hi)
    }

    func groupedRows(_ dimension: Dimension, _ lo: Int64, _ hi: Int64) throws -> [CostRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(dimension.sqlExpression), d.currency, SUM(f.billed_nanos), SUM(f.effective_nanos), SUM(f.row_count)
                FROM cost_fact f JOIN dimension d ON d.id = f.dimension_id
                WHERE f.hour >= ? AND f.hour < ?
                GROUP BY 1, 2
                """, arguments: [lo, hi]).map { row in
                var key: String = row[0]
                if dimension == .day, let day = Int(key) { key = Timestamp.dayString(day) }
                return CostRow(key: key, currency: row[1], billed: Money(nanos: row[2]), effective: Money(nanos: row[3]), rows: row[4])
            }
        }
    }

    static func fill(_ byDay: [Int: (billed: Money, effective: Money)], from: Date?, to: Date?) -> [DailyCost] {
        guard let first = from.map({ Timestamp.day(of: $0) }) ?? byDay.keys.min(),
              let last = to.map({ Timestamp.day(of: $0) }) ?? byDay.keys.max(), first <= last else { return [] }
        return (first...last).map { day in
            let v = byDay[day] ?? (.zero, .zero)
            return DailyCost(day: Timestamp.dayString(day), date: Date(timeIntervalSince1970: Double(day) * 86_400),
                             billed: v.billed, effective: v.effective)
        }
    }
}

extension Ledger {
    /// FOCUS rows stored, over all files and currencies.
    public func storedRowCount() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(SUM(row_count), 0) FROM cost_fact") ?? 0 }
    }
}

extension Ledger {
    /// Sums by several dimensions at once (e.g. `[.day, .service, .component]`), every currency,
    /// sorted by currency then keys. Use `currency` to keep the ledger's own rows.
    public func costBreakdown(by dimensions: [Dimension], from: Date? = nil, to: Date? = nil) throws -> [CostCell] {
        guard !dimensions.isEmpty else { throw LedgerError(.invalidArgument, message: "costBreakdown needs at least one dimension") }
        let (lo, hi) = hourRange(from, to)
        let byDay = dimensions.contains(.day)
        // SQLite groups integers only, in primary-key order (file, dimension, day) so it needs no
        // sort; names are joined in memory, several times faster than grouping text in SQL.
        var groups: [[String]: Int] = [:]       // non-day key + currency -> group number
        var groupKeys: [[String]] = []
        var groupOf: [Int64: Int] = [:]          // dimension id -> group number
        var sums: [Int: (billed: Int64, effective: Int64, rows: Int64)] = [:]
        try read { db in
            let columns = dimensions.filter { $0 != .day }.map(\.sqlExpression) + ["d.currency"]
            for row in try Row.fetchAll(db, sql: "SELECT d.id, \(columns.joined(separator: ", ")) FROM dimension d") {
                let key: [String] = (1...columns.count).map { row[$0] }
                let group = groups[key] ?? { groupKeys.append(key); groups[key] = groupKeys.count - 1; return groupKeys.count - 1 }()
                groupOf[row[0]] = group
            }
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT \(byDay ? "f.hour / 24" : "0"), f.dimension_id, SUM(f.billed_nanos), SUM(f.effective_nanos), SUM(f.row_count)
                FROM cost_fact f WHERE f.hour >= ? AND f.hour < ?
                GROUP BY f.file_id, f.dimension_id, 1
                """, arguments: [lo, hi])
            let width = max(1, groupKeys.count)
            while let row = try cursor.next() {
                let day: Int = row[0]
                let id = day * width + (groupOf[row[1]] ?? 0)
                let billed: Int64 = row[2], effective: Int64 = row[3], count: Int64 = row[4]
                let t = sums[id] ?? (0, 0, 0)
                sums[id] = (t.billed + billed, t.effective + effective, t.rows + count)
            }
        }
        let width = max(1, groupKeys.count)
        var cells = sums.map { id, v -> CostCell in
            let g = ((id % width) + width) % width
            let day = (id - g) / width
            let key = groupKeys[g]
            var k = 0
            let keys: [String] = dimensions.map { d in
                if d == .day { return Timestamp.dayString(day) }
                k += 1
                return key[k - 1]
            }
            return CostCell(keys: keys, currency: key.last ?? "", billed: Money(nanos: v.billed),
                            effective: Money(nanos: v.effective), rows: v.rows)
        }
        cells.sort { $0.currency != $1.currency ? $0.currency < $1.currency : $0.keys.lexicographicallyPrecedes($1.keys) }
        return cells
    }
}
