import Foundation
import PurserCore

/// What the agent tools work on: a fleet folder inside a git work tree, the ledger beside it and
/// the audit trail approval requests are written to. `purser mcp` opens them itself; the control
/// plane hands in its own, so requests go through the same trail as everything else it audits.
public struct AgentWorkspace: Sendable {
    /// The fleet folder (holding `components/` and `purser.yaml`).
    public let fleet: URL
    /// The revision tools read when not given one, and the one proposals start from.
    public let revision: String
    /// The ledger (`ledger.sqlite`, or a `postgres://` URL) cost and audit tools read.
    public let ledgerPath: String
    private let openTrail: @Sendable (_ forWriting: Bool) throws -> AuditLog

    /// `purser mcp`: the ledger in `dataDirectory`, or `ledger` (a file or a `postgres://` URL)
    /// when given; a ledger file is created only when a request is recorded.
    public static func local(fleet: URL, dataDirectory: String, ledger: String? = nil) -> AgentWorkspace {
        let path = LedgerStore.location(ledger: ledger, dataDirectory: dataDirectory)
        return AgentWorkspace(fleet: fleet, revision: "HEAD", ledgerPath: path) { forWriting in
            guard forWriting else { return try AuditTrail.open(ledgerPath: path) }
            return try AuditLog(ledger: try LedgerStore.open(location: path), digest: AuditRecorder.sha256)
        }
    }

    /// The control plane: the revision it follows, its ledger and its recorder, whose queue is
    /// written before each use so the trail reads (and chains) in order.
    public static func controlPlane(fleet: URL, revision: String, ledgerPath: String, recorder: AuditRecorder) -> AgentWorkspace {
        AgentWorkspace(fleet: fleet, revision: revision, ledgerPath: ledgerPath) { _ in
            recorder.flush()
            return recorder.trail
        }
    }

    private init(fleet: URL, revision: String, ledgerPath: String, openTrail: @escaping @Sendable (Bool) throws -> AuditLog) {
        self.fleet = fleet.standardizedFileURL
        self.revision = revision
        self.ledgerPath = ledgerPath
        self.openTrail = openTrail
    }

    /// The audit trail to read; a missing ledger is an error, never created here.
    func auditTrail() throws -> AuditLog { try openTrail(false) }

    /// The audit trail when there is one, else nil (approvals are then absent, never assumed).
    func existingAuditTrail() throws -> AuditLog? {
        do { return try openTrail(false) } catch let error as CostLedgerError where error.code == .missingLedger { return nil }
    }

    /// Writes one entry and returns the event as chained.
    func record(_ entry: AuditEntry) throws -> AuditEvent {
        guard let event = try openTrail(true).append([entry]).first else {
            throw AgentToolFailure("the audit trail did not write the entry")
        }
        return event
    }

    /// The cost ledger; a missing one is an error, never created here.
    func ledger() throws -> CostLedger { try LedgerStore.openExisting(path: ledgerPath) }
}
