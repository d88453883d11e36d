import Foundation
import Logging
import PurserCore
import Synchronization

/// The server's long-lived parts, built once and shared by every controller.
public final class ControlPlane: Sendable {
    public let configuration: ServerConfiguration
    public let state: ServerState
    public let metrics: ServerMetrics
    public let ledger: CostLedger
    public let insights: CostInsights
    public let audit: AuditRecorder
    public let planner: FleetPlanner
    public let leadership: Leadership
    let logger: Logger
    /// The last reason taking the lead failed (logged once, not every second).
    let leadershipProblem = Mutex<String?>(nil)
    /// Whether a cost-alert round is running (rounds never overlap).
    let alertRound = Mutex(false)
    /// How alert receivers are called (tests shorten the backoff).
    public let alertDelivery: CostAlerts.Delivery

    /// Opens the ledger and its audit trail; throws `ServerError` with a clear message when the
    /// ledger is corrupt, read-only or unreachable.
    public init(configuration: ServerConfiguration, logger: Logger, alertDelivery: CostAlerts.Delivery = .init()) throws {
        self.configuration = configuration
        self.alertDelivery = alertDelivery
        self.logger = logger
        state = ServerState()
        metrics = ServerMetrics()
        let ledger: CostLedger
        let trail: AuditLog
        do {
            ledger = try CostLedger(path: configuration.ledgerPath)
            trail = try AuditLog(ledger: ledger, digest: AuditRecorder.sha256)
        } catch let error as CostLedgerError {
            throw ServerError("cannot open the ledger \(error.file ?? configuration.ledgerPath): \(error.message) [\(error.code)]",
                              kind: error.isInvalidInput ? .invalidInput : .internalFailure)
        } catch {
            throw ServerError("cannot open the ledger \(configuration.ledgerPath): \(error)")
        }
        try ServerError.checkWritable(ledger: configuration.ledgerPath)
        do {
            leadership = try Leadership(replica: configuration.replicaName, ledgerPath: configuration.ledgerPath)
        } catch {
            throw ServerError("cannot prepare the leadership lock of the ledger: \(error)")
        }
        self.ledger = ledger
        insights = CostInsights(ledger: ledger)
        audit = AuditRecorder(trail: trail, flushInterval: configuration.auditFlushInterval, logger: logger)
        planner = FleetPlanner(configuration: configuration, state: state, metrics: metrics, audit: audit, logger: logger)
    }

    /// Applies each component's `logRetentionDays` to the audit trail (the fleet's longest for
    /// events about no component); returns the seal written, if any.
    @discardableResult
    public func applyRetention(now: Date = Date()) throws -> AuditEvent? {
        audit.flush()
        guard let snapshot = state.snapshot else { return nil }
        let days = snapshot.auditRetentionDays
        let longest = days.values.max() ?? 90
        let seal = try audit.trail.prune(now: now) { event in days[event.subject] ?? longest }
        if let seal { logger.info("audit retention sealed and pruned old events: \(seal.payload)") }
        return seal
    }
}

/// Why the server cannot start or go on, with a message a user can act on.
public struct ServerError: ClassifiedFailure, Sendable {
    public var description: String
    public var failureKind: FailureKind

    public init(_ description: String, kind: FailureKind = .internalFailure) {
        self.description = description
        self.failureKind = kind
    }

    /// The audit trail must be able to write: fail at startup rather than lose decisions later.
    static func checkWritable(ledger path: String) throws {
        // A PostgreSQL ledger was written to when it was opened (its migrations ran).
        guard !LedgerStore.isServer(path) else { return }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !FileManager.default.isWritableFile(atPath: path) || !FileManager.default.isWritableFile(atPath: folder) {
            throw ServerError("cannot open the ledger \(path) for writing: the file or its folder is read-only")
        }
    }
}
