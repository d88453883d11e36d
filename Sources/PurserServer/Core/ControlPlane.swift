import Foundation
import Logging
import PurserLedger

/// The server's long-lived parts, built once and shared by every controller.
public final class ControlPlane: Sendable {
    public let configuration: ServerConfiguration
    public let state: ServerState
    public let metrics: ServerMetrics
    public let ledger: Ledger
    public let audit: AuditRecorder
    public let planner: FleetPlanner
    let logger: Logger

    /// Opens the ledger and its audit trail; throws `ServerError` with a clear message when the
    /// ledger is corrupt, read-only or unreachable.
    public init(configuration: ServerConfiguration, logger: Logger) throws {
        self.configuration = configuration
        self.logger = logger
        state = ServerState()
        metrics = ServerMetrics()
        let ledger = try ServerError.openingLedger(configuration.ledgerPath) { try Ledger(path: configuration.ledgerPath) }
        self.ledger = ledger
        let trail = try ServerError.openingLedger(configuration.ledgerPath) { try AuditLog(ledger: ledger, digest: AuditRecorder.sha256) }
        try ServerError.checkWritable(ledger: configuration.ledgerPath)
        audit = AuditRecorder(trail: trail, flushInterval: configuration.auditFlushInterval, logger: logger)
        planner = FleetPlanner(configuration: configuration, state: state, metrics: metrics, audit: audit, logger: logger)
    }

    /// Applies each component's `logRetentionDays` to the audit trail (the fleet's longest for
    /// events about no component); returns the seal written, if any.
    @discardableResult
    public func applyRetention(now: Date = Date()) throws -> AuditEvent? {
        audit.flush()
        guard let snapshot = state.snapshot else { return nil }
        var days: [String: Int] = [:]
        for component in snapshot.fleet.components {
            days[component.id] = component.spec.governance.auditTrail.logRetentionDays
        }
        let longest = days.values.max() ?? 90
        let seal = try audit.trail.prune(now: now) { event in days[event.subject] ?? longest }
        if let seal { logger.info("audit retention sealed and pruned old events: \(seal.payload)") }
        return seal
    }
}

/// Startup failures of the server, each with a message a user can act on.
public struct ServerError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) { self.description = description }

    static func openingLedger<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch {
            var detail = (error as? LedgerError)?.message ?? "\(error)"
            detail = detail.replacingOccurrences(of: "cannot open the ledger: ", with: "")
            var hint = ""
            if detail.contains("not a database") || detail.contains("malformed") || detail.contains("SQLITE_NOTADB") || detail.contains("SQLITE_CORRUPT") {
                hint = " (the file is not a valid SQLite ledger: move it away or point --data elsewhere)"
            } else if detail.contains("readonly") || detail.contains("read-only") || detail.contains("permission") || detail.contains("SQLITE_CANTOPEN") || detail.contains("SQLITE_READONLY") {
                hint = " (the ledger or its folder is not writable)"
            }
            throw ServerError("cannot open the ledger \(path): \(detail)\(hint)")
        }
    }

    /// The audit trail must be able to write: fail at startup rather than lose decisions later.
    static func checkWritable(ledger path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !FileManager.default.isWritableFile(atPath: path) || !FileManager.default.isWritableFile(atPath: folder) {
            throw ServerError("cannot open the ledger \(path) for writing: the file or its folder is read-only")
        }
    }
}
