import Foundation
import Logging
import PurserCore
import Tracing

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
    /// With `record`, a successful plan is an audit event: the leader's plans are the ones the
    /// other replicas follow.
    @discardableResult
    public func refresh(force: Bool = false, trigger: String = "poll", record: Bool = true) async -> Outcome {
        let commit: String
        do {
            commit = try await PlannedRevision.commit(naming: configuration.revision, in: configuration.repository)
        } catch {
            return self.record(failure: "\(configuration.repository): \(error)", revision: nil)
        }
        if !force, commit == lastAttempted { return .unchanged }
        lastAttempted = commit
        return await plan(commit, trigger: trigger, record: record)
    }

    /// Takes up the commit the leader planned last (its newest `plan` audit event), from this
    /// replica's own clone of the repository. A commit the clone does not have yet (git-sync
    /// still fetching) is tried again on the next call; meanwhile the last good plan is served.
    /// - Returns: `.unchanged` when this replica serves that commit already or no leader planned yet.
    @discardableResult
    public func follow() async -> Outcome {
        let leaders: String?
        do {
            leaders = try audit.trail.events(kind: "plan", limit: 1).first?.subject
        } catch {
            return record(failure: "cannot read the leader's plan from the ledger: \(error)", revision: nil)
        }
        guard let leaders, leaders != state.snapshot?.revision else { return .unchanged }
        lastAttempted = leaders
        return await plan(leaders, trigger: "follow", record: false)
    }

    private func plan(_ commit: String, trigger: String, record: Bool) async -> Outcome {
        await withSpan("purser.plan") { span in
            span.attributes["purser.commit"] = commit
            span.attributes["purser.trigger"] = trigger
            let outcome = await planUntraced(commit, trigger: trigger, record: record)
            switch outcome {
            case .planned:
                span.attributes["purser.verdict"] = state.snapshot?.plan.verdict.rawValue
                span.attributes["purser.components"] = state.snapshot?.plan.summary.components
            case .failed(let message):
                span.setStatus(SpanStatus(code: .error, message: message))
            case .unchanged:
                break
            }
            return outcome
        }
    }

    private func planUntraced(_ commit: String, trigger: String, record: Bool) async -> Outcome {
        state.planning(since: Date())
        defer { state.planning(since: nil) }
        do {
            let snapshot = try await PlannedRevision.plan(repository: configuration.repository, commit: commit)
            metrics.planDuration(snapshot.duration, verdict: snapshot.plan.verdict.rawValue)
            if snapshot.plan.verdict == .invalid {
                let first = snapshot.plan.diagnostics.first.map { "\($0.location): \($0.message)" } ?? "invalid fleet"
                let count = snapshot.plan.diagnostics.count
                return self.record(failure: "commit \(commit.prefix(12)) is invalid (\(count) problem(s)); first: \(first)", revision: commit)
            }
            state.succeed(snapshot)
            metrics.updateFleet(snapshot)
            if record {
                audit.record(AuditEntry(kind: "plan", subject: commit, actor: trigger, payload: AuditEntry.json([
                    "verdict": snapshot.plan.verdict.rawValue, "components": snapshot.plan.summary.components,
                    "denials": snapshot.plan.summary.denials, "warnings": snapshot.plan.summary.warnings,
                    "dailyMax": snapshot.plan.summary.dailyMax.description,
                ] as [String: Any])))
            }
            logger.info("planned \(commit.prefix(12)) (\(trigger)): \(snapshot.plan.verdict.rawValue), \(snapshot.plan.summary.components) component(s)")
            return .planned(revision: commit)
        } catch {
            return self.record(failure: "commit \(commit.prefix(12)) cannot be planned: \(error)", revision: commit)
        }
    }

    private func record(failure message: String, revision: String?) -> Outcome {
        // A follower retries a commit its clone lacks every second: count and log it once.
        if state.failure?.message != message {
            metrics.planFailed()
            logger.warning("plan failed, still serving the last good plan: \(message)")
        }
        state.fail(PlanFailure(revision: revision, at: Date(), message: message))
        return .failed(message)
    }
}
