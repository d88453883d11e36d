import Foundation
import GRDB

/// The cost ledger: a SQLite file, or a PostgreSQL database, holding exact cost facts ingested
/// from FOCUS exports.
///
/// The ledger stores *facts*, not raw rows: the sum of BilledCost and EffectiveCost (exact
/// nano-units) and the row count per source file, UTC hour of ChargePeriodStart, and dimension
/// tuple (currency, charge category and class, provider, sub account, region, service category,
/// service, component, team, environment, cost center). Every report the ledger answers is a sum
/// over those facts, so a 5-million-row export becomes a few hundred thousand facts and reports
/// stay instant. The source files remain the system of record for row-level detail.
///
/// ```swift
/// let ledger = try Ledger(path: ".purser/ledger.sqlite")   // or "postgres://purser@db:5432/finops"
/// let summary = try ledger.ingest(file: URL(fileURLWithPath: "costs/focus.csv"))
/// let byComponent = try ledger.costReport(by: .component)
/// ```
public final class Ledger: Sendable {
    /// The default location, relative to the fleet repo: `.purser/ledger.sqlite`.
    public static let defaultPath = ".purser/ledger.sqlite"

    /// How long a write waits for another connection's write (another process ingesting) to
    /// finish before failing: ingest parses outside the transaction, so writes are short.
    public static let busyTimeout: TimeInterval = 60

    /// Path of the SQLite file, or the PostgreSQL URL without its password: how messages name
    /// the ledger.
    public let path: String
    /// The ledger's currency (ISO 4217). Costs in other currencies are stored and reported
    /// separately, never added to this currency's totals.
    public let currency: String
    let storage: LedgerStorage

    /// Opens (creating if needed) the ledger at `path` and migrates it.
    ///
    /// - Parameters:
    ///   - path: SQLite file path (parent folders are created), default `.purser/ledger.sqlite`,
    ///     or a `postgres://` URL (see `LedgerLocation`).
    ///   - currency: The ledger currency, fixed when the ledger is created. nil keeps the stored
    ///     one (USD for a new ledger); a different value than the stored one is an error.
    /// - Throws: `LedgerError`: `newer-schema` for a ledger a newer Purser migrated,
    ///   `database-unreachable` when PostgreSQL cannot be reached within the connect timeout.
    public convenience init(path: String = Ledger.defaultPath, currency: String? = nil) throws {
        try self.init(location: try LedgerLocation(path), currency: currency)
    }

    /// Opens (creating if needed) the ledger at a location and migrates it; see `init(path:currency:)`.
    public init(location: LedgerLocation, currency: String? = nil) throws {
        let path = location.displayName
        self.path = path
        let stored: String
        switch location {
        case .postgres(let server):
            let store = try PostgresLedgerStore(location: server)
            stored = try store.migrate(currency: currency)
            storage = .postgres(store)
        case .file:
            let queue = try Self.openSQLite(path: path)
            stored = try Self.sqliteCurrency(queue, path: path, currency: currency)
            storage = .sqlite(queue)
        }
        if let currency, currency != stored {
            throw LedgerError(.invalidArgument, file: path,
                              message: "the ledger's currency is \(stored), cannot open it as \(currency)")
        }
        self.currency = stored
    }

    /// Opens the SQLite file (creating its folder) and migrates it.
    private static func openSQLite(path: String) throws -> DatabaseQueue {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            // Several processes may share the file (a CLI ingest beside the server). WAL lets
            // readers run during a write; writers take the lock up front (GRDB's write
            // transactions are IMMEDIATE, so a read-then-write never fails half-way) and a
            // writer finding it taken waits up to `busyTimeout` instead of failing with
            // "database is locked".
            configuration.journalMode = .wal
            configuration.busyMode = .timeout(Self.busyTimeout)
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try refuseNewerSchema(queue, path: path)
            try Self.migrator.migrateSharingTheFile(queue)
            return queue
        } catch {
            throw openingError(error, path: path)
        }
    }

    /// The stored currency, recording `currency` (default USD) in a new ledger.
    private static func sqliteCurrency(_ queue: DatabaseQueue, path: String, currency: String?) throws -> String {
        do {
            return try queue.write { db -> String in
                if let existing = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'currency'") {
                    return existing
                }
                let chosen = currency ?? "USD"
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('currency', ?)", arguments: [chosen])
                return chosen
            }
        } catch {
            throw openingError(error, path: path)
        }
    }

    private static func openingError(_ error: any Error, path: String) -> LedgerError {
        switch error {
        case let error as LedgerError:
            return error
        case let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode):
            return LedgerError(.notALedger, file: path, message: "the file is not a valid SQLite ledger: move it away or point --data elsewhere")
        case let error as DatabaseError where [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH].contains(error.resultCode):
            return LedgerError(.io, file: path, message: "cannot open the ledger for writing (the file or its folder is not writable): \(error.message ?? "\(error)")")
        default:
            return LedgerError(.database, file: path, message: "cannot open the ledger: \(error)")
        }
    }

    /// Opens the ledger at a file URL; see `init(path:currency:)`.
    public static func open(at url: URL, currency: String? = nil) throws -> Ledger {
        try Ledger(path: url.path, currency: currency)
    }

    /// Runs a read, mapping GRDB errors to `LedgerError.database`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch let error as LedgerError { throw error } catch {
            throw LedgerError(.database, file: path, message: "\(error)")
        }
    }

    /// The files ingested so far, oldest first.
    public func files() throws -> [SourceFile] {
        if let postgres { return try postgres.files() }
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT digest, name, focus_version, bytes, rows, rows_ingested, skipped, ingested_at
                FROM source_file ORDER BY id
                """).map {
                SourceFile(digest: $0[0], name: $0[1], focusVersion: $0[2], bytes: $0[3], rows: $0[4],
                           rowsIngested: $0[5], skipped: $0[6], ingestedAt: $0[7])
            }
        }
    }

    /// Removes a file's facts (for example an export that a corrected one replaces).
    /// Returns false when no file has that digest.
    @discardableResult
    public func removeFile(digest: String) throws -> Bool {
        if let postgres { return try postgres.removeFile(digest: digest) }
        do {
            return try queue.write { db in
                try db.execute(sql: "DELETE FROM source_file WHERE digest = ?", arguments: [digest])
                return db.changesCount > 0
            }
        } catch {
            throw LedgerError(.database, file: path, message: "\(error)")
        }
    }
}

/// A file recorded in the ledger.
public struct SourceFile: Sendable, Hashable, Codable {
    public var digest: String
    public var name: String
    public var focusVersion: String
    public var bytes: Int64
    public var rows: Int
    public var rowsIngested: Int
    public var skipped: Int
    /// ISO 8601 UTC time of the ingest.
    public var ingestedAt: String
}
