import Foundation
import PurserCore
import Synchronization

/// A revision that could not be planned: the server keeps serving the last good plan.
public struct PlanFailure: Sendable, Codable, Equatable {
    public var revision: String?
    public var at: Date
    public var message: String
}

/// What the server currently serves: the last good plan and the last failure, if newer.
///
/// Reads happen on every request (the admission webhook's hot path), so the state is a lock
/// around two values rather than an actor hop; `FleetPlanner` is the only writer.
public final class ServerState: Sendable {
    private struct Values {
        var snapshot: PlannedRevision?
        var failure: PlanFailure?
        var planningSince: Date?
    }
    private let values = Mutex(Values())

    public init() {}

    /// The last good plan; nil until the first revision planned successfully.
    public var snapshot: PlannedRevision? { values.withLock { $0.snapshot } }

    /// The newest planning failure, cleared by the next success.
    public var failure: PlanFailure? { values.withLock { $0.failure } }

    /// Both, read together.
    public var current: (snapshot: PlannedRevision?, failure: PlanFailure?) {
        values.withLock { ($0.snapshot, $0.failure) }
    }

    func succeed(_ snapshot: PlannedRevision) {
        values.withLock {
            $0.snapshot = snapshot
            $0.failure = nil
        }
    }

    /// Marks a planning run as started (nil: finished), so readiness can tell a stuck planner.
    func planning(since: Date?) {
        values.withLock { $0.planningSince = since }
    }

    /// When the running plan started, if one is running.
    public var planningSince: Date? { values.withLock { $0.planningSince } }

    func fail(_ failure: PlanFailure) {
        values.withLock { $0.failure = failure }
    }

    /// The snapshot or a 503 explaining why there is none yet.
    func requireSnapshot() throws -> PlannedRevision {
        let (snapshot, failure) = current
        guard let snapshot else {
            throw APIError.unavailable(failure.map { "no plan yet: \($0.message)" } ?? "no plan yet: the first plan is still running")
        }
        return snapshot
    }
}
