import Foundation
import PurserLedger

/// Where the ledger lives: `ledger.sqlite` in a data folder (default `.purser`).
public enum LedgerStore {
    public static func path(dataDirectory: String) -> String {
        URL(fileURLWithPath: dataDirectory).appendingPathComponent("ledger.sqlite").path
    }

    /// Opens the ledger in a data folder, creating both on first use (cost ingest, the server).
    public static func open(dataDirectory: String) throws -> Ledger {
        try Ledger(path: path(dataDirectory: dataDirectory))
    }

    /// Opens an existing ledger for reading; a missing one is an error, not created.
    public static func openExisting(path: String) throws -> Ledger {
        guard FileManager.default.fileExists(atPath: path) else {
            throw LedgerError(.missingLedger, file: path, message: "no ledger here (ingest costs or run purser up first, or pass --data DIR)")
        }
        return try Ledger(path: path)
    }
}
