import Foundation
import Logging
import PurserCore
import PurserLedger

/// Plans the fleet repository's revision whenever it moves, one plan at a time.
///
/// A revision that fails (unreadable repo, invalid YAML, bad Rego) never replaces the last good
/// plan: the failure is kept beside it, shown on the dashboard and in `/api/v1/status`.
public actor FleetPlanner {
    public enum Outcome: Sendable, Equatable {
        case unchanged
        case planned(revision: String)
        case failed(String)
    }

    let configuration: ServerConfiguration
    let state: ServerState
    let metrics: ServerMetrics
    let audit: AuditRecorder
    let logger: Logger
    private var lastAttempted: String?

    init(configuration: ServerConfiguration, state: ServerState, metrics: ServerMetrics, audit: AuditRecorder, logger: Logger) {
        self.configuration = configuration
        self.state = state
        self.metrics = metrics
        self.audit = audit
        self.logger = logger
    }

    /// Plans the configured revision if it names a commit not yet attempted (or always, with `force`).
    @discardableResult
    public func refresh(force: Bool = false, trigger: String = "poll") async -> Outcome {
        let commit: String
        do {
            commit = try GitHead.resolve(configuration.revision, in: configuration.repository)
        } catch {
            return record(failure: "\(error)", revision: nil)
        }
        if !force, commit == lastAttempted { return .unchanged }
        lastAttempted = commit
        let started = ContinuousClock.now
        do {
            let result = try await PlanRunner(planner: PolicyGate.planner()).run(path: configuration.repository, revision: commit, base: nil)
            let elapsed = ContinuousClock.now - started
            metrics.planDuration(elapsed, verdict: result.output.plan.verdict.rawValue)
            if result.output.plan.verdict == .invalid {
                let first = result.output.plan.diagnostics.first.map { "\($0.location): \($0.message)" } ?? "invalid fleet"
                let count = result.output.plan.diagnostics.count
                return record(failure: "commit \(commit.prefix(12)) is invalid (\(count) problem(s)); first: \(first)", revision: commit)
            }
            let snapshot = try PlanSnapshot(result: result, revision: commit, plannedAt: Date(), duration: elapsed.seconds)
            state.succeed(snapshot)
            metrics.updateFleet(snapshot)
            audit.record(AuditEntry(kind: "plan", subject: commit, actor: trigger, payload: AuditEntry.json([
                "verdict": snapshot.plan.verdict.rawValue, "components": snapshot.plan.summary.components,
                "denials": snapshot.plan.summary.denials, "warnings": snapshot.plan.summary.warnings,
                "dailyMax": snapshot.plan.summary.dailyMax, "engineError": snapshot.engineError ?? "",
            ] as [String: Any])))
            logger.info("planned \(commit.prefix(12)): \(snapshot.plan.verdict.rawValue), \(snapshot.plan.summary.components) component(s)")
            return .planned(revision: commit)
        } catch {
            return record(failure: "commit \(commit.prefix(12)) cannot be planned: \(error)", revision: commit)
        }
    }

    private func record(failure message: String, revision: String?) -> Outcome {
        metrics.planFailed()
        state.fail(PlanFailure(revision: revision, at: Date(), message: message))
        logger.warning("plan failed, still serving the last good plan: \(message)")
        return .failed(message)
    }
}

extension Duration {
    /// The duration in seconds as a Double (for display and metrics).
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
