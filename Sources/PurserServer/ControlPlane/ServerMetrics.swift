import Foundation
import Prometheus
import PurserCore

/// Purser's own Prometheus metrics, exposed at `/metrics`.
///
/// | metric | type | labels |
/// | --- | --- | --- |
/// | `purser_http_requests_total` | counter | method, route, status |
/// | `purser_http_request_duration_seconds` | histogram | method, route |
/// | `purser_admission_decisions_total` | counter | result (allowed, denied, error) |
/// | `purser_plan_duration_seconds` | histogram | verdict |
/// | `purser_plan_failures_total` | counter | |
/// | `purser_ledger_ingests_total` | counter | result (ingested, duplicate, failed) |
/// | `purser_component_estimated_daily_cost_dollars` | gauge | component, bound (min, max) |
/// | `purser_component_daily_budget_dollars` | gauge | component |
/// | `purser_fleet_verdict` | gauge | verdict (1 for the current one) |
/// | `purser_requests_shed_total` | counter | gate (admission, read): requests refused with 503 at capacity |
/// | `purser_admission_limit_hits_total` | counter | | decisions where a policy hit an evaluation limit (the failure policy answered) |
/// | `purser_component_daily_spend_dollars` | gauge | component: the ledger's average daily cost over its last 7 days |
/// | `purser_component_cost_anomalies` | gauge | component, severity: anomalous days in the ledger's last 30 days |
/// | `purser_leader` | gauge | | 1 while this replica leads (follows the repo, ingests, runs the schedules) |
public final class ServerMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    static let latencyBuckets: [Duration] = [
        .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5),
        .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .seconds(1),
    ]
    let allowed: Counter
    let denied: Counter
    let errored: Counter
    let planFailures: Counter

    static func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "purser", metricName: metric, unitName: unit, helpText: help)
    }
    static var requests: MetricNameDescriptor { name("http_requests", "total", "HTTP requests by method, matched route and status") }
    static var latency: MetricNameDescriptor { name("http_request_duration", "seconds", "HTTP request latency by method and matched route") }
    static var decisions: MetricNameDescriptor { name("admission_decisions", "total", "Admission webhook decisions by result") }
    static var planSeconds: MetricNameDescriptor { name("plan_duration", "seconds", "Time to plan a revision, by verdict") }
    static var planFailuresName: MetricNameDescriptor { name("plan_failures", "total", "Revisions that could not be planned") }
    static var ingests: MetricNameDescriptor { name("ledger_ingests", "total", "FOCUS files ingested into the ledger, by result") }
    static var estimate: MetricNameDescriptor { name("component_estimated_daily_cost", "dollars", "Plan estimate of a component's daily cost at min and max replicas") }
    static var budgetName: MetricNameDescriptor { name("component_daily_budget", "dollars", "A component's daily budget (costThresholdUSDPerDay)") }
    static var verdictName: MetricNameDescriptor { name("fleet_verdict", "", "1 for the current plan's verdict") }
    static var shedName: MetricNameDescriptor { name("requests_shed", "total", "Requests refused with 503 because their gate was full") }
    static var limitHitsName: MetricNameDescriptor { name("admission_limit_hits", "total", "Admission decisions where a policy hit an evaluation limit") }
    static var spendName: MetricNameDescriptor { name("component_daily_spend", "dollars", "A component's average daily cost over its last 7 days in the ledger") }
    static var leaderName: MetricNameDescriptor { name("leader", "", "1 while this replica is the leader of the replicas sharing its ledger") }
    static var anomaliesName: MetricNameDescriptor { name("component_cost_anomalies", "", "Anomalous days in a component's last 30 days of costs, by severity") }

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        allowed = registry.makeCounter(descriptor: Self.decisions, labels: [("result", "allowed")])
        denied = registry.makeCounter(descriptor: Self.decisions, labels: [("result", "denied")])
        errored = registry.makeCounter(descriptor: Self.decisions, labels: [("result", "error")])
        planFailures = registry.makeCounter(descriptor: Self.planFailuresName)
        // Exported at 0 from the start, so rate() and alerts see them before the first event.
        for gate in ["admission", "read"] { _ = registry.makeCounter(descriptor: Self.shedName, labels: [("gate", gate)]) }
        _ = registry.makeCounter(descriptor: Self.limitHitsName)
        registry.makeGauge(descriptor: Self.leaderName).set(to: 0)
    }

    func leader(_ leading: Bool) {
        registry.makeGauge(descriptor: Self.leaderName).set(to: leading ? 1 : 0)
    }

    func request(method: String, route: String, status: Int, duration: Duration) {
        registry.makeCounter(descriptor: Self.requests, labels: [("method", method), ("route", route), ("status", String(status))]).increment()
        registry.makeDurationHistogram(descriptor: Self.latency, labels: [("method", method), ("route", route)],
                                       buckets: Self.latencyBuckets).record(duration)
    }

    func admission(allowed isAllowed: Bool, error: Bool) {
        (error ? errored : isAllowed ? allowed : denied).increment()
    }

    func planDuration(_ seconds: Double, verdict: String) {
        registry.makeDurationHistogram(descriptor: Self.planSeconds, labels: [("verdict", verdict)],
                                       buckets: [.milliseconds(10), .milliseconds(50), .milliseconds(100), .milliseconds(250),
                                                 .milliseconds(500), .seconds(1), .seconds(2), .seconds(5), .seconds(10)])
            .record(.nanoseconds(Int64(seconds * 1e9)))
    }

    func planFailed() { planFailures.increment() }

    func shed(gate: String) {
        registry.makeCounter(descriptor: Self.shedName, labels: [("gate", gate)]).increment()
    }

    func admissionLimitHit() {
        registry.makeCounter(descriptor: Self.limitHitsName).increment()
    }

    func ingest(result: String) {
        registry.makeCounter(descriptor: Self.ingests, labels: [("result", result)]).increment()
    }

    func updateFleet(_ snapshot: PlannedRevision) {
        for component in snapshot.plan.components {
            for (bound, value) in [("min", component.cost.dailyMin), ("max", component.cost.dailyMax)] {
                registry.makeGauge(descriptor: Self.estimate, labels: [("component", component.id), ("bound", bound)])
                    .set(to: value.doubleValue)
            }
            if let budget = component.budget {
                registry.makeGauge(descriptor: Self.budgetName, labels: [("component", component.id)])
                    .set(to: budget.dailyLimit.doubleValue)
            }
        }
        for verdict in [Plan.Verdict.pass, .fail, .invalid] {
            registry.makeGauge(descriptor: Self.verdictName, labels: [("verdict", verdict.rawValue)])
                .set(to: snapshot.plan.verdict == verdict ? 1 : 0)
        }
    }

    func updateSpend(_ spend: [ComponentSpend]) {
        for component in spend {
            registry.makeGauge(descriptor: Self.spendName, labels: [("component", component.component)])
                .set(to: component.recentDailyAverage.doubleValue)
            for (severity, days) in component.anomalies {
                registry.makeGauge(descriptor: Self.anomaliesName, labels: [("component", component.component), ("severity", severity)])
                    .set(to: Double(days))
            }
        }
    }

    /// The exposition text.
    public func render() -> [UInt8] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(16_384)
        registry.emit(into: &buffer)
        return buffer
    }
}
