import GRDB

/// Where a ledger's tables are: a SQLite file through GRDB, or a PostgreSQL database. Each
/// ledger operation asks `postgres` first and otherwise runs its SQLite statements on `queue`.
enum LedgerStorage: Sendable {
    case sqlite(DatabaseQueue)
    case postgres(PostgresLedgerStore)
}

extension Ledger {
    /// The PostgreSQL store, nil for a SQLite ledger.
    var postgres: PostgresLedgerStore? {
        if case .postgres(let store) = storage { return store }
        return nil
    }

    /// The SQLite file's queue. Only SQLite code paths reach it: each operation branches to
    /// `postgres` first.
    var queue: DatabaseQueue {
        guard case .sqlite(let queue) = storage else { preconditionFailure("SQLite statements on the PostgreSQL ledger \(path)") }
        return queue
    }
}
