import Foundation
import PurserModel

/// One canary judgement from Prometheus, as `purser canary judge --prometheus` and the server's
/// `GET /api/v1/canary/{namespace}/{name}/judgement` ask for it: texts as typed, checked here once.
///
/// Failures: `GovernanceError` (invalid input: an unknown component, a component without rollout
/// metrics, a bad selector, window or step, the same pods on both sides) or `PrometheusError`
/// (Prometheus unreachable, slow, answering an error or too much): never a decision.
public struct CanaryJudgeRequest: Sendable {
    /// `namespace/name`, or a name unique in the fleet.
    public var component: String
    /// Pod template hash or label matchers of the canary, and of the baseline (see `CanarySelector`).
    public var canary: String
    public var baseline: String
    /// How far back the judge reads, and the step between samples (Go-style durations).
    public var window = "10m"
    public var step = "30s"
    public var tolerance = 0.1
    /// The window's end; nil is now.
    public var end: Date?
    /// The Prometheus to ask; nil: `governance.canary.prometheus`, else `render.prometheusAddress`.
    public var prometheus: String?
    /// Seconds each Prometheus request may take.
    public var timeout: TimeInterval = 10

    public init(component: String, canary: String, baseline: String) {
        self.component = component
        self.canary = canary
        self.baseline = baseline
    }

    /// The Prometheus a fleet's judge asks when none is given.
    public static func prometheus(of fleet: Fleet) -> String {
        fleet.settings.governance.canary.prometheus ?? fleet.settings.render.prometheusAddress
    }

    /// The window from `window`, `step` and `end`.
    public func parsedWindow(now: Date = Date()) throws -> PrometheusSamples.Window {
        guard let length = DurationValue(window), length.seconds > 0 else {
            throw GovernanceError(message: "window '\(Lexical.excerpt(window))' is not a duration such as 10m")
        }
        guard let stepValue = DurationValue(step), stepValue.seconds > 0 else {
            throw GovernanceError(message: "step '\(Lexical.excerpt(step))' is not a duration such as 30s")
        }
        return try .ending(at: end ?? now, length: length.seconds, step: stepValue.seconds)
    }

    /// Judges the component of `fleet` on what Prometheus recorded for the canary and the baseline.
    public func run(fleet: Fleet) async throws -> CanaryAnalysis.Result {
        let target = try GovernanceEvaluation.component(named: component, in: fleet)
        guard tolerance.isFinite, tolerance >= 0 else { throw GovernanceError(message: "tolerance must be a number ≥ 0") }
        let window = try parsedWindow()
        let label = fleet.settings.governance.canary.podTemplateHashLabel
        let canarySelector = try CanarySelector.parse(canary, hashLabel: label)
        let baselineSelector = try CanarySelector.parse(baseline, hashLabel: label)
        let address = prometheus ?? Self.prometheus(of: fleet)
        guard let url = URL(string: address), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
            throw GovernanceError(message: "Prometheus address '\(Lexical.excerpt(address))' is not an http(s) URL with a host")
        }
        let samples = PrometheusSamples(client: PrometheusClient(url: url, timeout: timeout), window: window)
        return try await CanaryAnalysis(component: target, tolerance: tolerance)
            .run(prometheus: samples, canary: canarySelector, baseline: baselineSelector)
    }
}
