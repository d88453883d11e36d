import GRDB

extension Ledger {
    /// Versioned schema migrations. Append new migrations; never edit a released one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-cost-facts") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE source_file (
                    id INTEGER PRIMARY KEY,
                    digest TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    focus_version TEXT NOT NULL,
                    bytes INTEGER NOT NULL,
                    rows INTEGER NOT NULL,
                    rows_ingested INTEGER NOT NULL,
                    skipped INTEGER NOT NULL,
                    component_key TEXT NOT NULL,
                    ingested_at TEXT NOT NULL
                );
                CREATE TABLE dimension (
                    id INTEGER PRIMARY KEY,
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
                );
                CREATE TABLE cost_fact (
                    file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
                    dimension_id INTEGER NOT NULL REFERENCES dimension(id),
                    hour INTEGER NOT NULL,
                    billed_nanos INTEGER NOT NULL,
                    effective_nanos INTEGER NOT NULL,
                    row_count INTEGER NOT NULL,
                    PRIMARY KEY (file_id, dimension_id, hour)
                ) WITHOUT ROWID;
                CREATE INDEX cost_fact_hour ON cost_fact (hour);
                """)
        }
        migrator.registerMigration("v2-first-block-probe") { db in
            // Lets a re-ingest of a known file be recognised by hashing it, without parsing it.
            try db.execute(sql: """
                ALTER TABLE source_file ADD COLUMN first_block TEXT NOT NULL DEFAULT '';
                CREATE INDEX source_file_first_block ON source_file (first_block);
                """)
        }
        migrator.registerMigration("v3-drop-hour-index") { db in
            // Reports read all facts of a range in one scan; maintaining a second B-tree on hour
            // cost more at ingest than it saved.
            try db.execute(sql: "DROP INDEX IF EXISTS cost_fact_hour")
        }
        migrator.registerMigration("v4-alert-outbox") { db in
            // One row per alert and receiver: the alert's key (kind, subject, day) makes each
            // alert once; a row stays pending (sent_at NULL) until the receiver accepted it.
            try db.execute(sql: """
                CREATE TABLE alert_outbox (
                    alert_key TEXT NOT NULL,
                    receiver TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    sent_at TEXT,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_error TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (alert_key, receiver)
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }
}

extension Ledger {
    /// The cost ledger's migrations applied to the file, in order (other components sharing
    /// the file, such as the audit trail, keep their own). On PostgreSQL, one list holds both
    /// (`pg-v1-cost-facts`, `pg-audit-v1-events`).
    public func appliedMigrations() throws -> [String] {
        if let postgres { return try postgres.appliedMigrations() }
        return try read { db in try Self.migrator.appliedMigrations(db) }
    }

    /// Refuses a file a newer Purser migrated: it records migrations neither the cost ledger nor
    /// the audit trail of this version knows, and writing to it could corrupt what they added.
    static func refuseNewerSchema(_ queue: DatabaseQueue, path: String) throws {
        let applied = try queue.read { db -> [String] in
            guard try db.tableExists("grdb_migrations") else { return [] }
            return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        let known = Set(migrator.migrations + AuditLog.migrator.migrations)
        let unknown = applied.filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty {
            throw LedgerError(.newerSchema, file: path, message: "the ledger was migrated by a newer Purser (\(unknown.joined(separator: ", "))): upgrade Purser to use it; nothing was changed")
        }
    }

    /// Creates a database at `path` migrated only up to `migration` (for upgrade tests).
    static func createSchema(at path: String, upTo migration: String) throws {
        let queue = try DatabaseQueue(path: path)
        try migrator.migrate(queue, upTo: migration)
    }
}
