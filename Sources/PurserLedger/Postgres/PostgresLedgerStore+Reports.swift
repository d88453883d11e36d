import Foundation
import PostgresNIO

/// One sum of facts as a report reads it: per dimension tuple and hour (the day's first hour
/// when summed by day, 0 when summed over the whole range).
struct FactSum: Sendable {
    var hour: Int64
    var dimensionId: Int64
    var billed: Int64
    var effective: Int64
    var rows: Int64
}

/// Counts for `Ledger.overview()`.
struct StoredCounts: Sendable {
    var files: Int
    var facts: Int64
    var firstHour: Int64?
    var lastHour: Int64?
    var rowsByCurrency: [String: Int64]
}

extension PostgresLedgerStore {
    /// The files ingested, oldest first.
    func files() throws -> [SourceFile] {
        try run { connection, logger in
            var out: [SourceFile] = []
            let rows = try await connection.query("""
                SELECT digest, name, focus_version, bytes, "rows", rows_ingested, skipped, ingested_at FROM source_file ORDER BY id
                """, logger: logger)
            for try await (digest, name, version, bytes, count, ingested, skipped, at) in rows.decode((String, String, String, Int64, Int64, Int64, Int64, String).self) {
                out.append(SourceFile(digest: digest, name: name, focusVersion: version, bytes: bytes, rows: Int(count),
                                      rowsIngested: Int(ingested), skipped: Int(skipped), ingestedAt: at))
            }
            return out
        }
    }

    /// Deletes a file and its facts in one transaction; false when no file has that digest.
    func removeFile(digest: String) throws -> Bool {
        try transaction { connection, logger in
            let removed = try await connection.query("DELETE FROM source_file WHERE digest = \(digest) RETURNING id", logger: logger).collect()
            guard let id = try removed.first?.decode(Int64.self) else { return false }
            try await connection.query("DELETE FROM cost_fact WHERE file_id = \(id)", logger: logger)
            return true
        }
    }

    /// FOCUS rows stored.
    func storedRowCount() throws -> Int64 {
        try run { connection, logger in
            try await connection.query("SELECT COALESCE(SUM(row_count), 0)::BIGINT FROM cost_fact", logger: logger).collect()[0].decode(Int64.self)
        }
    }

    /// Every dimension tuple's id with the values of `columns` (SQL expressions over `dimension d`).
    func dimensionKeys(_ columns: [String]) throws -> [(id: Int64, key: [String])] {
        let sql = "SELECT d.id, \(columns.joined(separator: ", ")) FROM dimension d"
        return try run { connection, logger in
            var out: [(id: Int64, key: [String])] = []
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger) {
                let cells = row.makeRandomAccess()
                let id = try cells[0].decode(Int64.self)
                out.append((id, try (1..<cells.count).map { try cells[$0].decode(String.self) }))
            }
            return out
        }
    }

    /// Facts of the hours `[lo, hi)` summed in the server by dimension tuple and day (or over the
    /// whole range). A sum beyond Int64 sets `overflow` instead of wrapping.
    ///
    /// One row per dimension tuple carries that tuple's days as arrays: decoding a row costs far
    /// more than decoding an array element, and a tuple has at most one entry per day.
    func factSums(lo: Int64, hi: Int64, byDay: Bool) throws -> (sums: [FactSum], overflow: Bool) {
        let period = byDay ? "hour / 24 * 24" : "0::BIGINT"
        do {
            return try run { connection, logger in
                var sums: [FactSum] = []
                let rows = try await connection.query("""
                    SELECT d, array_agg(p), array_agg(b), array_agg(e), array_agg(n) FROM (
                        SELECT dimension_id AS d, \(unescaped: period) AS p, SUM(billed_nanos)::BIGINT AS b,
                               SUM(effective_nanos)::BIGINT AS e, SUM(row_count)::BIGINT AS n
                        FROM cost_fact WHERE hour >= \(lo) AND hour < \(hi) GROUP BY 1, 2
                    ) s GROUP BY d
                    """, logger: logger)
                for try await (id, hours, billed, effective, counts) in rows.decode((Int64, [Int64], [Int64], [Int64], [Int64]).self) {
                    for k in hours.indices {
                        sums.append(FactSum(hour: hours[k], dimensionId: id, billed: billed[k], effective: effective[k], rows: counts[k]))
                    }
                }
                return (sums, false)
            }
        } catch let error as LedgerError where error.code == .overflow {
            return ([], true)
        }
    }

    /// First and last hour with a fact within `[lo, hi]`.
    func hourSpan(lo: Int64, hi: Int64) throws -> (Int64, Int64)? {
        try run { connection, logger in
            let row = try await connection.query("SELECT MIN(hour), MAX(hour) FROM cost_fact WHERE hour BETWEEN \(lo) AND \(hi)", logger: logger).collect()[0]
            let (first, last) = try row.decode((Int64?, Int64?).self)
            guard let first, let last else { return nil }
            return (first, last)
        }
    }

    /// Billed and effective sums per hour in `currency`, of one component or all.
    func hourlySums(currency: String, component: String?, lo: Int64, hi: Int64) throws -> [Int64: (Int64, Int64)] {
        try run { connection, logger in
            let everything = component == nil
            let query: PostgresQuery = """
                SELECT f.hour, SUM(f.billed_nanos)::BIGINT, SUM(f.effective_nanos)::BIGINT
                FROM cost_fact f JOIN dimension d ON d.id = f.dimension_id
                WHERE d.currency = \(currency) AND f.hour >= \(lo) AND f.hour < \(hi)
                  AND (\(everything) OR d.component = \(component ?? ""))
                GROUP BY f.hour
                """
            var out: [Int64: (Int64, Int64)] = [:]
            for try await (hour, billed, effective) in try await connection.query(query, logger: logger).decode((Int64, Int64, Int64).self) {
                out[hour] = (billed, effective)
            }
            return out
        }
    }

    /// `hourlySums` per value of `expression` (a dimension's column), in one query.
    func hourlySums(by expression: String, currency: String, lo: Int64, hi: Int64) throws -> [String: [Int64: (Int64, Int64)]] {
        try run { connection, logger in
            let query: PostgresQuery = """
                SELECT \(unescaped: expression), f.hour, SUM(f.billed_nanos)::BIGINT, SUM(f.effective_nanos)::BIGINT
                FROM cost_fact f JOIN dimension d ON d.id = f.dimension_id
                WHERE d.currency = \(currency) AND f.hour >= \(lo) AND f.hour < \(hi)
                GROUP BY 1, f.hour
                """
            var out: [String: [Int64: (Int64, Int64)]] = [:]
            for try await (key, hour, billed, effective) in try await connection.query(query, logger: logger).decode((String, Int64, Int64, Int64).self) {
                out[key, default: [:]][hour] = (billed, effective)
            }
            return out
        }
    }

    /// Files, facts, hour span and rows per currency, read in one transaction so they agree.
    func storedCounts() throws -> StoredCounts {
        try transaction { connection, logger in
            let files = try await connection.query("SELECT count(*) FROM source_file", logger: logger).collect()[0].decode(Int64.self)
            let span = try await connection.query("SELECT MIN(hour), MAX(hour), COUNT(*) FROM cost_fact", logger: logger).collect()[0]
            let (first, last, facts) = try span.decode((Int64?, Int64?, Int64).self)
            var currencies: [String: Int64] = [:]
            let rows = try await connection.query("""
                SELECT d.currency, SUM(f.row_count)::BIGINT FROM cost_fact f JOIN dimension d ON d.id = f.dimension_id GROUP BY 1
                """, logger: logger)
            for try await (currency, count) in rows.decode((String, Int64).self) { currencies[currency] = count }
            return StoredCounts(files: Int(files), facts: facts, firstHour: first, lastHour: last, rowsByCurrency: currencies)
        }
    }
}
