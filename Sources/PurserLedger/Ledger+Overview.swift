import Foundation
import GRDB

/// What the ledger holds, at a glance (for a status command or a dashboard header).
public struct LedgerOverview: Sendable, Hashable, Codable {
    /// The ledger currency.
    public var currency: String
    /// Files ingested.
    public var files: Int
    /// FOCUS rows stored, all currencies.
    public var rows: Int64
    /// Cost facts stored.
    public var facts: Int64
    /// First and last UTC day with cost (`YYYY-MM-DD`), nil when empty.
    public var firstDay: Day?
    public var lastDay: Day?
    /// Rows per billing currency.
    public var currencies: [String: Int64]
    /// Distinct components (the `__unallocated__` bucket not counted).
    public var components: Int
    /// Total EffectiveCost and BilledCost in the ledger currency.
    public var totalEffective: Money
    public var totalBilled: Money
    /// EffectiveCost in the `__unallocated__` bucket (ledger currency).
    public var unallocatedEffective: Money
}

extension Ledger {
    /// Counts, date span, currencies and totals of the whole ledger.
    public func overview() throws -> LedgerOverview {
        let byComponent = try costReport(by: .component)
        let counts = try storedCounts()
        func day(_ hour: Int64?) -> Day? {
            hour.map { Day(number: Int($0 >= 0 ? $0 / 24 : ($0 - 23) / 24)) }
        }
        return LedgerOverview(
            currency: currency, files: counts.files, rows: counts.rowsByCurrency.values.reduce(0, +), facts: counts.facts,
            firstDay: day(counts.firstHour), lastDay: day(counts.lastHour), currencies: counts.rowsByCurrency,
            components: byComponent.rows.filter { $0.key != AllocationRules.unallocated }.count,
            totalEffective: byComponent.totalEffective, totalBilled: byComponent.totalBilled,
            unallocatedEffective: byComponent.rows.first { $0.key == AllocationRules.unallocated }?.effective ?? .zero)
    }

    private func storedCounts() throws -> StoredCounts {
        if let postgres { return try postgres.storedCounts() }
        return try read { db in
            let files = try Int.fetchOne(db, sql: "SELECT count(*) FROM source_file") ?? 0
            let span = try Row.fetchOne(db, sql: "SELECT MIN(hour), MAX(hour), COUNT(*) FROM cost_fact")
            var currencies: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT d.currency, SUM(f.row_count) FROM cost_fact f JOIN dimension d ON d.id = f.dimension_id GROUP BY 1
                """) {
                currencies[row[0]] = row[1]
            }
            return StoredCounts(files: files, facts: span?[2] ?? 0, firstHour: span?[0], lastHour: span?[1], rowsByCurrency: currencies)
        }
    }
}
