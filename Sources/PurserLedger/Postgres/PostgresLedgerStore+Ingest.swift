import Foundation
import Logging
import NIOCore
import PostgresNIO

extension PostgresLedgerStore {
    /// Writes one parsed file in one transaction: the file record, then its dimension tuples and
    /// facts streamed with `COPY … FROM STDIN` into temporary staging tables and moved into
    /// `dimension` and `cost_fact` by set-based statements. Returns the name of the file already
    /// recorded with the same content (nothing written), nil when written, and the digests of the
    /// earlier versions removed (`batch.replacing`).
    ///
    /// Ingests of several processes take turns on a transaction-level advisory lock (as SQLite's
    /// single writer), so the same file ingested twice at once is recorded once. Any failure, a
    /// lost connection included, rolls everything back: the staging tables go with it.
    func write(_ batch: IngestBatch) throws -> (previous: String?, replaced: [String]) {
        let lockName = "purser-ingest:" + location.schema
        let beforeCommit = beforeIngestCommit
        return try transaction { connection, logger in
            try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\(lockName)))", logger: logger)
            let s = batch.summary
            let replaced = batch.replacing ? try await Self.removeVersions(connection, logger, named: s.file, otherThan: s.digest) : []
            if let previous = try await connection.query("SELECT name FROM source_file WHERE digest = \(s.digest)", logger: logger).collect().first {
                return (try previous.decode(String.self), replaced)
            }
            let now = ISO8601DateFormatter().string(from: Date())
            let inserted = try await connection.query("""
                INSERT INTO source_file (digest, name, focus_version, bytes, "rows", rows_ingested, skipped, component_key, ingested_at, first_block)
                VALUES (\(s.digest), \(s.file), \(s.focusVersion), \(s.bytes), \(s.rows), \(s.rowsIngested), \(s.skipped),
                        \(batch.componentKey), \(now), \(batch.firstBlock))
                RETURNING id
                """, logger: logger).collect()
            let fileId = try inserted[0].decode(Int64.self)

            let columns = Self.dimensionColumns.joined(separator: ", ")
            try await connection.query("""
                CREATE TEMP TABLE ingest_dimension (ord BIGINT NOT NULL, \(unescaped: Self.dimensionColumns.map { "\($0) TEXT NOT NULL" }.joined(separator: ", ")))
                ON COMMIT DROP
                """, logger: logger)
            try await connection.query("""
                CREATE TEMP TABLE ingest_fact (ord BIGINT NOT NULL, hour BIGINT NOT NULL, billed BIGINT NOT NULL,
                                               effective BIGINT NOT NULL, row_count BIGINT NOT NULL) ON COMMIT DROP
                """, logger: logger)
            try await connection.copyFrom(table: "ingest_dimension", logger: logger) { writer in
                var copy = CopyText(writer: writer)
                for (ord, d) in batch.dimensions.enumerated() {
                    try await copy.row([String(ord), d.currency, d.category, d.chargeClass, d.provider, d.subAccount, d.region,
                                        d.serviceCategory, d.service, d.component, d.team, d.environment, d.costCenter])
                }
                try await copy.flush()
            }
            try await connection.copyFrom(table: "ingest_fact", logger: logger) { writer in
                var copy = CopyText(writer: writer)
                for f in batch.facts {
                    try await copy.row([String(f.dim), String(f.hour), String(f.billed), String(f.effective), String(f.rows)])
                }
                try await copy.flush()
            }
            // The planner has no statistics for fresh temporary tables; without them it may pick
            // nested loops over hundreds of thousands of facts.
            try await connection.query("ANALYZE ingest_dimension, ingest_fact", logger: logger)
            try await connection.query("""
                INSERT INTO dimension (\(unescaped: columns)) SELECT \(unescaped: columns) FROM ingest_dimension ON CONFLICT DO NOTHING
                """, logger: logger)
            // Dimension tuples are distinct within a file (the parser keys them by value), so each
            // staged tuple maps to one id and each (tuple, hour) fact stays one row. Facts go in
            // primary-key order: the index then grows at its end instead of splitting pages.
            let sameTuple = Self.dimensionColumns.map { "d.\($0) = s.\($0)" }.joined(separator: " AND ")
            try await connection.query("""
                CREATE TEMP TABLE ingest_dimension_id ON COMMIT DROP AS
                SELECT s.ord, d.id FROM ingest_dimension s JOIN dimension d ON \(unescaped: sameTuple)
                """, logger: logger)
            try await connection.query("ANALYZE ingest_dimension_id", logger: logger)
            try await connection.query("""
                INSERT INTO cost_fact (file_id, dimension_id, hour, billed_nanos, effective_nanos, row_count)
                SELECT \(fileId), m.id, f.hour, f.billed, f.effective, f.row_count
                FROM ingest_fact f JOIN ingest_dimension_id m ON m.ord = f.ord
                ORDER BY m.id, f.hour
                """, logger: logger)
            try await beforeCommit?(connection, logger)
            return (nil, replaced)
        }
    }

    /// Removes the files recorded under `name` whose content is not `digest`, and their facts;
    /// returns their digests.
    static func removeVersions(_ connection: PostgresConnection, _ logger: Logger, named name: String, otherThan digest: String) async throws -> [String] {
        let removed = try await connection.query("DELETE FROM source_file WHERE name = \(name) AND digest <> \(digest) RETURNING id, digest",
                                                 logger: logger).collect()
        var digests: [String] = []
        for row in removed {
            let (id, removedDigest) = try row.decode((Int64, String).self)
            try await connection.query("DELETE FROM cost_fact WHERE file_id = \(id)", logger: logger)
            digests.append(removedDigest)
        }
        return digests.sorted()
    }

    /// `removeVersions` in a transaction of its own, in turn with ingests.
    func removeVersions(named name: String, otherThan digest: String) throws -> [String] {
        let lockName = "purser-ingest:" + location.schema
        return try transaction { connection, logger in
            try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\(lockName)))", logger: logger)
            return try await Self.removeVersions(connection, logger, named: name, otherThan: digest)
        }
    }

    static let dimensionColumns = ["currency", "charge_category", "charge_class", "provider", "sub_account", "region",
                                   "service_category", "service", "component", "team", "environment", "cost_center"]

    /// Files whose first 4 MiB hash to `firstBlock`.
    func filesRecorded(firstBlock: String) throws -> Int {
        try run { connection, logger in
            let rows = try await connection.query("SELECT count(*) FROM source_file WHERE first_block = \(firstBlock)", logger: logger).collect()
            return Int(try rows[0].decode(Int64.self))
        }
    }

    /// The file recorded with that content digest.
    func recordedFile(digest: String) throws -> RecordedFile? {
        try run { connection, logger in
            let rows = try await connection.query("""
                SELECT name, focus_version, "rows", bytes FROM source_file WHERE digest = \(digest)
                """, logger: logger).collect()
            guard let row = rows.first else { return nil }
            let (name, version, count, bytes) = try row.decode((String, String, Int64, Int64).self)
            return RecordedFile(name: name, focusVersion: version, rows: Int(count), bytes: bytes)
        }
    }
}

/// Rows for `COPY … FROM STDIN` in PostgreSQL's text format, sent in chunks of about 1 MiB.
struct CopyText {
    let writer: PostgresCopyFromWriter
    var buffer = ByteBufferAllocator().buffer(capacity: 1 << 20)

    init(writer: PostgresCopyFromWriter) { self.writer = writer }

    /// One row: fields separated by tabs, with backslash, tab, line feed and carriage return escaped.
    mutating func row(_ fields: [String]) async throws {
        for (i, field) in fields.enumerated() {
            if i > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            for byte in field.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
        if buffer.readableBytes >= 1 << 20 { try await flush() }
    }

    mutating func flush() async throws {
        guard buffer.readableBytes > 0 else { return }
        try await writer.write(buffer)
        buffer.clear()
    }
}
