import PostgresNIO

extension PostgresLedgerStore {
    /// Versioned schema migrations, each a list of statements run in one transaction. Append new
    /// ones; never edit a released one. The tables mirror the SQLite ledger's final schema
    /// (`Ledger.migrator` and `AuditLog.migrator`): same names, columns and constraints, but for
    /// the foreign keys of `cost_fact` (see there).
    static let migrations: [(identifier: String, statements: [String])] = [
        ("pg-v1-cost-facts", [
            "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
            """
            CREATE TABLE source_file (
                id BIGSERIAL PRIMARY KEY,
                digest TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                focus_version TEXT NOT NULL,
                bytes BIGINT NOT NULL,
                "rows" BIGINT NOT NULL,
                rows_ingested BIGINT NOT NULL,
                skipped BIGINT NOT NULL,
                component_key TEXT NOT NULL,
                ingested_at TEXT NOT NULL,
                first_block TEXT NOT NULL DEFAULT ''
            )
            """,
            "CREATE INDEX source_file_first_block ON source_file (first_block)",
            """
            CREATE TABLE dimension (
                id BIGSERIAL PRIMARY KEY,
                currency TEXT NOT NULL,
                charge_category TEXT NOT NULL,
                charge_class TEXT NOT NULL,
                provider TEXT NOT NULL,
                sub_account TEXT NOT NULL,
                region TEXT NOT NULL,
                service_category TEXT NOT NULL,
                service TEXT NOT NULL,
                component TEXT NOT NULL,
                team TEXT NOT NULL,
                environment TEXT NOT NULL,
                cost_center TEXT NOT NULL,
                UNIQUE (currency, charge_category, charge_class, provider, sub_account, region,
                        service_category, service, component, team, environment, cost_center)
            )
            """,
            // No foreign keys on the facts, unlike SQLite: checking them costs two index lookups
            // per fact, about two thirds of a large ingest. Facts are written only by `write(_:)`,
            // in the transaction that inserts their file and with ids joined from `dimension`,
            // and `removeFile` deletes a file's facts with it.
            """
            CREATE TABLE cost_fact (
                file_id BIGINT NOT NULL,
                dimension_id BIGINT NOT NULL,
                hour BIGINT NOT NULL,
                billed_nanos BIGINT NOT NULL,
                effective_nanos BIGINT NOT NULL,
                row_count BIGINT NOT NULL,
                PRIMARY KEY (file_id, dimension_id, hour)
            )
            """,
            """
            CREATE TABLE alert_outbox (
                alert_key TEXT NOT NULL,
                receiver TEXT NOT NULL,
                payload TEXT NOT NULL,
                created_at TEXT NOT NULL,
                sent_at TEXT,
                attempts BIGINT NOT NULL DEFAULT 0,
                last_error TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (alert_key, receiver)
            )
            """,
        ]),
        ("pg-audit-v1-events", [
            """
            CREATE TABLE audit_event (
                seq BIGINT PRIMARY KEY NOT NULL,
                time TEXT NOT NULL,
                kind TEXT NOT NULL,
                subject TEXT NOT NULL,
                actor TEXT NOT NULL,
                payload TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL,
                format INTEGER NOT NULL
            )
            """,
            "CREATE INDEX audit_event_subject ON audit_event (subject, seq)",
            // Append-only: updates never, deletes only by retention, which sets
            // `purser.audit_prune` for its own transaction (as SQLite's prune permit does).
            """
            CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' AND current_setting('purser.audit_prune', true) = 'on' THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION 'audit events are append-only; prune through retention';
            END
            $$
            """,
            """
            CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
            FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()
            """,
        ]),
        // Replicas that follow the leader read its newest `plan` event every second.
        ("pg-audit-v2-kind-index", ["CREATE INDEX audit_event_kind ON audit_event (kind, seq)"]),
    ]

    /// Creates or upgrades the schema and returns the ledger's currency.
    ///
    /// Runs in one transaction under an advisory lock, so ledgers opened at the same time by
    /// several processes migrate once. A database holding migrations this version does not know
    /// was written by a newer Purser and is refused (`newer-schema`) before anything is touched.
    func migrate(currency: String?) throws -> String {
        let schema = location.schema
        let name = self.name
        return try transaction { connection, logger in
            try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\("purser-migrate:" + schema)))", logger: logger)
            try await connection.query("CREATE SCHEMA IF NOT EXISTS \(unescaped: Self.quoted(schema))", logger: logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS purser_migration (identifier TEXT PRIMARY KEY NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """, logger: logger)
            var applied: Set<String> = []
            for try await identifier in try await connection.query("SELECT identifier FROM purser_migration", logger: logger).decode(String.self) {
                applied.insert(identifier)
            }
            let known = Set(Self.migrations.map(\.identifier))
            let unknown = applied.subtracting(known).sorted()
            if !unknown.isEmpty {
                throw LedgerError(.newerSchema, file: name, message: "the ledger was migrated by a newer Purser (\(unknown.joined(separator: ", "))): upgrade Purser to use it; nothing was changed")
            }
            for migration in Self.migrations where !applied.contains(migration.identifier) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO purser_migration (identifier) VALUES (\(migration.identifier))", logger: logger)
            }
            let rows = try await connection.query("SELECT value FROM meta WHERE key = 'currency'", logger: logger).collect()
            if let stored = try rows.first?.decode(String.self) { return stored }
            let chosen = currency ?? "USD"
            try await connection.query("INSERT INTO meta (key, value) VALUES ('currency', \(chosen))", logger: logger)
            return chosen
        }
    }

    /// The migrations applied, in the order they run.
    func appliedMigrations() throws -> [String] {
        let applied = try run { connection, logger in
            var out: Set<String> = []
            for try await identifier in try await connection.query("SELECT identifier FROM purser_migration", logger: logger).decode(String.self) {
                out.insert(identifier)
            }
            return out
        }
        return Self.migrations.map(\.identifier).filter(applied.contains)
    }
}

extension PostgresLedgerStore {
    /// Removes the ledger's schema and everything in it (tests' throwaway ledgers; never `public`).
    func dropSchema() throws {
        precondition(location.schema != "public", "refusing to drop the public schema")
        let schema = location.schema
        try run { connection, logger in
            _ = try await connection.query("DROP SCHEMA IF EXISTS \(unescaped: Self.quoted(schema)) CASCADE", logger: logger)
        }
    }
}
