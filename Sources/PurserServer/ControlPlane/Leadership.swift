import Foundation
import PurserCore
import Synchronization

/// Whether this replica leads the replicas that share its ledger, and the lock that decides it.
///
/// The leader follows the repository (polls it and plans each new commit, recording the plan in
/// the audit trail), ingests the cost folder, evaluates alerts, applies audit retention and signs
/// checkpoints. Every replica, leader or not, answers the API, the dashboard and the admission
/// webhook, writing its decisions to the shared audit trail; one that does not lead serves the
/// commit the leader planned last (`FleetPlanner.follow`). A single `purser up` on its own
/// SQLite file always leads: the same code path, with a file lock no one else asks for.
public final class Leadership: Sendable {
    public let replica: String
    let lock: LeadershipLock
    private let leading = Mutex(false)

    init(replica: String, ledgerPath: String) throws {
        self.replica = replica
        lock = try LeadershipLock(ledgerPath: ledgerPath)
    }

    /// Whether this replica leads now.
    public var isLeader: Bool { leading.withLock { $0 } }

    /// Takes the lead if no one holds it; true when this replica leads.
    /// - Returns: `(leads, newly)`: `newly` when it did not lead before this call.
    func tryToLead() throws -> (leads: Bool, newly: Bool) {
        let acquired = try lock.tryAcquire()
        let newly = leading.withLock { was in
            defer { was = acquired }
            return acquired && !was
        }
        return (acquired, newly)
    }

    /// Checks with the ledger that the lead is still held; false (and no longer leading) when lost.
    func confirm() -> Bool {
        let held = lock.confirm()
        if !held { leading.withLock { $0 = false } }
        return held
    }

    /// Gives the lead up (on shutdown, so another replica takes over at once).
    func resign() {
        leading.withLock { $0 = false }
        lock.release()
    }
}
