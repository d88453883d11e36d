import Foundation
import PurserLedger

/// Where the ledger lives: `ledger.sqlite` in a data folder (default `.purser`), another SQLite
/// file, or a PostgreSQL database named by a `postgres://` URL (`--ledger`).
public enum LedgerStore {
    public static func path(dataDirectory: String) -> String {
        URL(fileURLWithPath: dataDirectory).appendingPathComponent("ledger.sqlite").path
    }

    /// The ledger location a command uses: `--ledger` when given, else the data folder's file.
    public static func location(ledger: String?, dataDirectory: String) -> String {
        ledger ?? path(dataDirectory: dataDirectory)
    }

    /// Whether the location names a PostgreSQL database rather than a file.
    public static func isServer(_ location: String) -> Bool {
        LedgerLocation.isPostgresURL(location)
    }

    /// Whether a ledger may be there: a file that exists, or any server (asked when opened).
    public static func mayExist(_ location: String) -> Bool {
        isServer(location) || FileManager.default.fileExists(atPath: location)
    }

    /// Opens the ledger in a data folder, creating both on first use (cost ingest, the server).
    public static func open(dataDirectory: String) throws -> Ledger {
        try Ledger(path: path(dataDirectory: dataDirectory))
    }

    /// Opens (creating if needed) the ledger at a file path or PostgreSQL URL.
    public static func open(location: String) throws -> Ledger {
        try Ledger(path: location)
    }

    /// Opens an existing ledger for reading; a missing file is an error, not created. A
    /// PostgreSQL ledger is opened as it is (its tables are created if the database has none).
    public static func openExisting(path: String) throws -> Ledger {
        guard mayExist(path) else {
            throw LedgerError(.missingLedger, file: path, message: "no ledger here (ingest costs or run purser up first, or pass --data DIR or --ledger LOCATION)")
        }
        return try Ledger(path: path)
    }
}
