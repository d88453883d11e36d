import Foundation
import Synchronization

/// What the server currently serves: the last good plan and the last failure, if newer.
///
/// Reads happen on every request (the admission webhook's hot path), so the state is a lock
/// around two values rather than an actor hop; `FleetPlanner` is the only writer.
public final class ServerState: Sendable {
    private struct Values {
        var snapshot: PlanSnapshot?
        var failure: PlanFailure?
    }
    private let values = Mutex(Values())

    public init() {}

    /// The last good plan; nil until the first revision planned successfully.
    public var snapshot: PlanSnapshot? { values.withLock { $0.snapshot } }

    /// The newest planning failure, cleared by the next success.
    public var failure: PlanFailure? { values.withLock { $0.failure } }

    /// Both, read together.
    public var current: (snapshot: PlanSnapshot?, failure: PlanFailure?) {
        values.withLock { ($0.snapshot, $0.failure) }
    }

    func succeed(_ snapshot: PlanSnapshot) {
        values.withLock {
            $0.snapshot = snapshot
            $0.failure = nil
        }
    }

    func fail(_ failure: PlanFailure) {
        values.withLock { $0.failure = failure }
    }

    /// The snapshot or a 503 explaining why there is none yet.
    func requireSnapshot() throws -> PlanSnapshot {
        let (snapshot, failure) = current
        guard let snapshot else {
            throw APIError.unavailable(failure.map { "no plan yet: \($0.message)" } ?? "no plan yet: the first plan is still running")
        }
        return snapshot
    }
}
