import GRDB

extension AuditLog {
    /// The audit trail's own migrations, in the ledger's SQLite file. Identifiers start with
    /// `audit-` so they never collide with the cost ledger's. Append new ones; never edit one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("audit-v1-events") { db in
            try db.execute(sql: """
                CREATE TABLE audit_event (
                    seq INTEGER PRIMARY KEY NOT NULL,
                    time TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE INDEX audit_event_subject ON audit_event (subject, seq);
                CREATE TABLE audit_prune_permit (id INTEGER PRIMARY KEY);
                CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
                BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
                CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
                WHEN NOT EXISTS (SELECT 1 FROM audit_prune_permit)
                BEGIN SELECT RAISE(ABORT, 'audit events are append-only; prune through retention'); END;
                """)
        }
        // Events written before this migration were hashed with format 1 and keep it; new
        // events store the format they were hashed with (see `AuditChainFormat`).
        migrator.registerMigration("audit-v2-chain-format") { db in
            try db.execute(sql: "ALTER TABLE audit_event ADD COLUMN format INTEGER NOT NULL DEFAULT 1")
        }
        // Replicas that follow the leader read its newest `plan` event every second.
        migrator.registerMigration("audit-v3-kind-index") { db in
            try db.execute(sql: "CREATE INDEX audit_event_kind ON audit_event (kind, seq)")
        }
        return migrator
    }
}
