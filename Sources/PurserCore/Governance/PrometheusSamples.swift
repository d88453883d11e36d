import Foundation
import PurserModel
import PurserRender

/// The canary's and the baseline's samples of every rollout metric, from Prometheus: per metric
/// and side one `query_range` of the metric's PromQL (`RolloutMetricQuery`, the same expression
/// the rendered AnalysisTemplate evaluates), selected by the component's `service` label and the
/// side's `CanarySelector`, with the step as the `rate()` range so each sample is the metric over
/// its own interval. Series the window has no point for give an empty sample: no data, never a pass.
public struct PrometheusSamples: Sendable {
    public var client: PrometheusClient
    public var window: Window

    public init(client: PrometheusClient, window: Window) {
        self.client = client
        self.window = window
    }

    /// The evaluation times: from `start` to `end` every `step` seconds.
    public struct Window: Sendable, Hashable {
        public var start: Date
        public var end: Date
        /// Seconds between samples; whole seconds, also the `rate()` range.
        public var step: Int

        /// Prometheus answers at most 11,000 points per series.
        public static let maximumPoints = 11_000

        /// The `length` seconds before `end`; nil with a reason when the window cannot be queried.
        public static func ending(at end: Date, length: TimeInterval, step: TimeInterval) throws -> Window {
            guard step.isFinite, step >= 1, step == step.rounded() else {
                throw GovernanceError(message: "the step must be a whole number of seconds, at least 1s")
            }
            guard length.isFinite, length >= 2 * step else {
                throw GovernanceError(message: "the window must hold at least two steps (window \(MLflowRegistryError.format(length)) s, step \(Int(step)) s)")
            }
            guard length / step <= Double(maximumPoints) else {
                throw GovernanceError(message: "the window holds \(Int(length / step)) steps; Prometheus answers at most \(maximumPoints)")
            }
            return Window(start: end.addingTimeInterval(-length), end: end, step: Int(step))
        }

        public init(start: Date, end: Date, step: Int) {
            self.start = start
            self.end = end
            self.step = step
        }
    }

    /// The PromQL of one metric for one side.
    public func query(_ metric: RolloutMetricName, component: Component, selector: CanarySelector) -> String {
        RolloutMetricQuery.promQL(metric, runtime: component.spec.model.runtime, matchers: [RolloutMetricQuery.equals("service", component.metadata.name)] + selector.matchers,
                                  range: "\(window.step)s")
    }

    /// Metric name → the values of every step with a point (all series of the answer, in order).
    public func samples(_ component: Component, selector: CanarySelector) async throws -> [String: [Double]] {
        let metrics = component.spec.release.rolloutMetrics.map(\.name)
        return try await withThrowingTaskGroup(of: (String, [Double]).self) { group in
            for metric in metrics {
                let query = query(metric, component: component, selector: selector)
                group.addTask {
                    let series = try await client.queryRange(query, start: window.start, end: window.end, step: Double(window.step))
                    return (metric.rawValue, series.flatMap(\.values))
                }
            }
            var samples: [String: [Double]] = [:]
            for try await (name, values) in group { samples[name] = values }
            return samples
        }
    }
}

extension CanaryAnalysis {
    /// Reads the canary's and the baseline's samples from Prometheus and judges every rollout
    /// metric. Selecting the same pods for both sides is refused: a canary always equals itself.
    public func run(prometheus: PrometheusSamples, canary: CanarySelector, baseline: CanarySelector) async throws -> Result {
        let metrics = component.spec.release.rolloutMetrics
        guard !metrics.isEmpty else {
            throw GovernanceError(message: "\(component.id) has no spec.release.rolloutMetrics: nothing to judge")
        }
        guard Set(canary.matchers) != Set(baseline.matchers) else {
            throw GovernanceError(message: "the canary and the baseline select the same pods (\(canary.text)): a canary cannot be judged against itself")
        }
        async let canarySamples = prometheus.samples(component, selector: canary)
        async let baselineSamples = prometheus.samples(component, selector: baseline)
        var analysis = self
        analysis.sampleKind = .intervals
        return analysis.judge(metrics: metrics, baseline: try await baselineSamples, canary: try await canarySamples)
    }
}
