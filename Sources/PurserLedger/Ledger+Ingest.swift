import Foundation
import GRDB
import GRDBSQLite

extension Ledger {
    /// Ingests one FOCUS 1.0–1.2 CSV file (plain or gzip), streaming, all-or-nothing.
    ///
    /// The file is read and validated completely before anything is written; the facts, the
    /// dimensions and the file record are then written in one SQLite transaction. A file whose
    /// content digest is already recorded adds nothing and comes back with `duplicate == true`.
    /// Dates without a zone (`2024-09-01 00:00:00`) are taken as UTC; `NULL` or empty cells are
    /// nulls. Negative costs are accepted (credits, refunds, corrections) and counted, unless
    /// `options.rejectNegativeUsage`. With `options.replacing`, earlier versions recorded under
    /// the same name are removed in the same transaction (also when this content is a duplicate
    /// of a file recorded under another name); a file that fails removes nothing.
    ///
    /// - Parameters:
    ///   - file: The CSV or CSV.gz file.
    ///   - options: Invalid-row policy, allocation tag keys, progress callback.
    /// - Returns: What was read and stored.
    /// - Throws: `LedgerError` naming the file, row and column of the first invalid row (unless
    ///   `skipInvalid`), or a missing column, an empty file, an IO or database failure.
    @discardableResult
    public func ingest(file: URL, options: IngestOptions = IngestOptions()) throws -> IngestSummary {
        let started = ContinuousClock.now
        let name = file.relativePath
        if var known = try knownDuplicate(file, name: name, limits: options.limits) {
            if options.replacing { known.replaced = try removeVersions(named: name, otherThan: known.digest) }
            known.seconds = (ContinuousClock.now - started) / .seconds(1)
            return known
        }
        var ingestor = FocusIngestor(file: name, options: options)
        try ingestor.run(url: file)

        let facts = ingestor.facts.facts()
        var summary = IngestSummary(reading: ingestor, facts: facts, ledgerCurrency: currency)
        let previous: String?
        if let postgres {
            (previous, summary.replaced) = try postgres.write(IngestBatch(summary: summary, firstBlock: ingestor.firstBlock,
                                                                          componentKey: options.allocation.componentKey,
                                                                          dimensions: ingestor.dims, facts: facts, replacing: options.replacing))
        } else {
            do {
                (previous, summary.replaced) = try queue.write { db -> (String?, [String]) in
                    let replaced = options.replacing ? try Self.removeVersions(db, named: name, otherThan: ingestor.digest) : []
                    if let previous = try String.fetchOne(db, sql: "SELECT name FROM source_file WHERE digest = ?",
                                                          arguments: [ingestor.digest]) {
                        return (previous, replaced)
                    }
                    try write(db, ingestor, facts, summary, options)
                    return (nil, replaced)
                }
            } catch let error as LedgerError {
                throw error
            } catch {
                throw LedgerError(.database, file: name, message: "writing the ledger failed, nothing was stored: \(error)")
            }
        }
        if let previous {
            summary.duplicate = true
            summary.warnings.append(LedgerError(.invalidArgument, file: name,
                                                message: "same content as \(previous), already ingested: nothing added"))
        }
        if summary.duplicate { summary.facts = 0; summary.rowsIngested = 0 }
        summary.seconds = (ContinuousClock.now - started) / .seconds(1)
        return summary
    }

    private func write(_ db: Database, _ ingestor: FocusIngestor,
                       _ facts: [(dim: Int, hour: Int64, billed: Int64, effective: Int64, rows: Int64)],
                       _ summary: IngestSummary, _ options: IngestOptions) throws {
        let now = ISO8601DateFormatter().string(from: Date())
        try db.execute(sql: """
            INSERT INTO source_file (digest, name, focus_version, bytes, rows, rows_ingested, skipped, component_key, ingested_at, first_block)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [summary.digest, summary.file, summary.focusVersion, summary.bytes, summary.rows,
                             summary.rowsIngested, summary.skipped, options.allocation.componentKey, now, ingestor.firstBlock])
        let fileId = db.lastInsertedRowID

        let upsert = try db.makeStatement(sql: """
            INSERT INTO dimension (currency, charge_category, charge_class, provider, sub_account, region,
                                   service_category, service, component, team, environment, cost_center)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET currency = excluded.currency
            RETURNING id
            """)
        var dimensionIds: [Int64] = []
        dimensionIds.reserveCapacity(ingestor.dims.count)
        for d in ingestor.dims {
            let id = try Int64.fetchOne(upsert, arguments: [d.currency, d.category, d.chargeClass, d.provider, d.subAccount,
                                                             d.region, d.serviceCategory, d.service, d.component, d.team,
                                                             d.environment, d.costCenter])
            dimensionIds.append(id!)
        }

        // Bound through SQLite's own calls, 64 facts a statement: a cloud bill has hundreds of
        // thousands of facts, and building GRDB's `StatementArguments` for each, or stepping a
        // statement per fact, took most of the write.
        let batch = 64
        func inserting(_ count: Int) throws -> Statement {
            try db.makeStatement(sql: "INSERT INTO cost_fact (file_id, dimension_id, hour, billed_nanos, effective_nanos, row_count) VALUES "
                + repeatElement("(?, ?, ?, ?, ?, ?)", count: count).joined(separator: ", "))
        }
        let full = try inserting(batch)
        var start = 0
        while start < facts.count {
            let count = min(batch, facts.count - start)
            let insert = count == batch ? full : try inserting(count)
            let raw = insert.sqliteStatement
            for (k, f) in facts[start..<start + count].enumerated() {
                let column = Int32(6 * k)
                sqlite3_bind_int64(raw, column + 1, fileId)
                sqlite3_bind_int64(raw, column + 2, dimensionIds[f.dim])
                sqlite3_bind_int64(raw, column + 3, f.hour)
                sqlite3_bind_int64(raw, column + 4, f.billed)
                sqlite3_bind_int64(raw, column + 5, f.effective)
                sqlite3_bind_int64(raw, column + 6, f.rows)
            }
            let code = sqlite3_step(raw)
            sqlite3_reset(raw)
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                    sql: insert.sql)
            }
            start += count
        }
    }

    /// Removes the files recorded under `name` whose content is not `digest` (their facts go
    /// with them, by the foreign key); returns their digests.
    static func removeVersions(_ db: Database, named name: String, otherThan digest: String) throws -> [String] {
        try String.fetchAll(db, sql: "DELETE FROM source_file WHERE name = ? AND digest <> ? RETURNING digest", arguments: [name, digest]).sorted()
    }

    /// `removeVersions` in a transaction of its own (a duplicate needs nothing else written).
    private func removeVersions(named name: String, otherThan digest: String) throws -> [String] {
        if let postgres { return try postgres.removeVersions(named: name, otherThan: digest) }
        do {
            return try queue.write { db in try Self.removeVersions(db, named: name, otherThan: digest) }
        } catch {
            throw LedgerError(.database, file: name, message: "removing the earlier versions failed, nothing was changed: \(error)")
        }
    }

    /// When the file's first block matches a recorded file's, hashes the whole file (no parse) and
    /// returns a duplicate summary if the content is already in the ledger; nil otherwise.
    private func knownDuplicate(_ file: URL, name: String, limits: IngestLimits) throws -> IngestSummary? {
        let probe = try ByteSource(url: file, limits: limits)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: ByteSource.blockSize, alignment: 16)
        defer { buffer.deallocate() }
        let n: Int
        do { n = try probe.readBlock(into: buffer) } catch let error as LedgerError where error.code == .limitExceeded {
            return nil   // the parse reports it, with the row
        }
        var first = ContentDigest()
        if n > 0 { first.add(block: 0, buffer, count: n) }
        try? probe.finish()
        guard n > 0 else { return nil }
        guard try filesRecorded(firstBlock: first.firstBlockHex) > 0 else { return nil }
        let digest = try ContentDigest.of(ByteSource(url: file, limits: limits)).hexDigest
        guard let recorded = try recordedFile(digest: digest) else { return nil }
        return IngestSummary(file: name, digest: digest, duplicate: true, focusVersion: recorded.focusVersion, rows: recorded.rows,
                             rowsIngested: 0, skipped: 0,
                             warnings: [LedgerError(.invalidArgument, file: name,
                                                    message: "same content as \(recorded.name), already ingested: nothing added")],
                             currencies: [:], negativeCostRows: 0, unallocatedRows: 0, facts: 0, bytes: recorded.bytes, seconds: 0)
    }

    /// Files whose first block hashes to `firstBlock`.
    private func filesRecorded(firstBlock: String) throws -> Int {
        if let postgres { return try postgres.filesRecorded(firstBlock: firstBlock) }
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM source_file WHERE first_block = ?", arguments: [firstBlock]) ?? 0
        }
    }

    /// The recorded file with that content digest, if any.
    private func recordedFile(digest: String) throws -> RecordedFile? {
        if let postgres { return try postgres.recordedFile(digest: digest) }
        return try read { db in
            try Row.fetchOne(db, sql: "SELECT name, focus_version, rows, bytes FROM source_file WHERE digest = ?", arguments: [digest])
                .map { RecordedFile(name: $0[0], focusVersion: $0[1], rows: $0[2], bytes: $0[3]) }
        }
    }
}

/// What the ledger knows of an ingested file, to answer a duplicate without parsing it again.
struct RecordedFile: Sendable {
    var name: String
    var focusVersion: String
    var rows: Int
    var bytes: Int64
}

/// One parsed file, ready to be written: its record, its dimension tuples and its facts
/// (`dim` indexes `dimensions`).
struct IngestBatch: Sendable {
    var summary: IngestSummary
    var firstBlock: String
    var componentKey: String
    var dimensions: [FocusIngestor.Dim]
    var facts: [(dim: Int, hour: Int64, billed: Int64, effective: Int64, rows: Int64)]
    /// Remove the earlier versions recorded under the same name in the same transaction.
    var replacing = false
}
