import Foundation
import GRDB

/// Cost of one UTC hour.
public struct HourlyCost: Sendable, Hashable, Codable {
    /// Start of the hour (UTC).
    public var hour: Date
    public var billed: Money
    public var effective: Money
}

extension Ledger {
    /// Hourly costs (ledger currency) of one component, or of everything when nil, every hour
    /// between the first and last present (zero-filled). Meaningful when the exports have hourly
    /// charge periods; daily exports put each day's cost on its first hour.
    public func hourlyCosts(component: String? = nil, from: Date? = nil, to: Date? = nil) throws -> [HourlyCost] {
        let (lo, hi) = hourRange(from, to)
        var byHour: [Int64: (Int64, Int64)] = [:]
        if let postgres {
            byHour = try postgres.hourlySums(currency: currency, component: component, lo: lo, hi: hi)
        } else {
            try read { db in
            var arguments: StatementArguments = [currency, lo, hi]
            if let component { arguments += [component] }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT f.hour, SUM(f.billed_nanos), SUM(f.effective_nanos)
                FROM cost_fact f JOIN dimension d ON d.id = f.dimension_id
                WHERE d.currency = ? AND f.hour >= ? AND f.hour < ?\(component == nil ? "" : " AND d.component = ?")
                GROUP BY f.hour
                """, arguments: arguments)
            while let row = try rows.next() { byHour[row[0]] = (row[1], row[2]) }
            }
        }
        return Self.zeroFilled(byHour)
    }

    /// One hourly series per component, service, region, … (`hourlyCosts(component:from:to:)`
    /// for every value of `dimension` at once), in one read of the facts: a ledger without an
    /// hour index scans them once, not once per value.
    public func hourlySeries(by dimension: Dimension, from: Date? = nil, to: Date? = nil) throws -> [String: [HourlyCost]] {
        guard dimension != .day else { throw LedgerError(.invalidArgument, message: "hourlySeries groups by a dimension other than day") }
        let (lo, hi) = hourRange(from, to)
        var sums: [String: [Int64: (Int64, Int64)]] = [:]
        if let postgres {
            sums = try postgres.hourlySums(by: dimension.sqlExpression, currency: currency, lo: lo, hi: hi)
        } else {
            try read { db in
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT \(dimension.sqlExpression), f.hour, SUM(f.billed_nanos), SUM(f.effective_nanos)
                    FROM cost_fact f JOIN dimension d ON d.id = f.dimension_id
                    WHERE d.currency = ? AND f.hour >= ? AND f.hour < ?
                    GROUP BY 1, f.hour
                    """, arguments: [currency, lo, hi])
                while let row = try rows.next() { sums[row[0], default: [:]][row[1]] = (row[2], row[3]) }
            }
        }
        return sums.mapValues(Self.zeroFilled)
    }

    /// Every hour from the first to the last present, zeros where none.
    private static func zeroFilled(_ byHour: [Int64: (Int64, Int64)]) -> [HourlyCost] {
        guard let first = byHour.keys.min(), let last = byHour.keys.max() else { return [] }
        return (first...last).map { h in
            let v = byHour[h] ?? (0, 0)
            return HourlyCost(hour: Date(timeIntervalSince1970: Double(h) * 3600), billed: Money(nanos: v.0), effective: Money(nanos: v.1))
        }
    }
}
