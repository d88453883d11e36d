import Foundation
import PurserAnalytics
import PurserModel

/// `purser canary judge`: each of a component's rollout metrics judged on canary samples against
/// baseline samples: the spec's threshold on the canary, and a Mann–Whitney comparison with the
/// baseline (Kayenta's judge, `CanaryJudge`), combined into promote, rollback or inconclusive.
///
/// Samples are files with a column per metric name (`error_rate` as 0/1 per request or a rate
/// per interval, `latency_p50`/`_p95`/`_p99` as request latencies in seconds, `throughput_min` as
/// requests per second per interval). The baseline should be a fresh deployment beside the canary,
/// not the long-running stable pods, so both see the same traffic and age.
public struct CanaryAnalysis: Sendable {
    public var component: Component
    public var judge: CanaryJudge
    /// The relative change against the baseline median below which a difference is not material.
    public var tolerance: Double
    /// What one sample is, which decides the value a threshold is checked on.
    public var sampleKind: SampleKind = .requests

    /// What one sample is.
    public enum SampleKind: Sendable {
        /// One request (sample files): a latency threshold is checked on the named percentile of
        /// the canary's latencies, a rate on their mean.
        case requests
        /// The metric over one interval (Prometheus): a latency threshold is checked on the median
        /// of the canary's per-interval percentiles, a rate on their mean.
        case intervals
    }

    public init(component: Component, judge: CanaryJudge = CanaryJudge(), tolerance: Double = 0.1) {
        self.component = component
        self.judge = judge
        self.tolerance = tolerance
    }

    public struct Metric: Sendable, Codable {
        public var name: String
        /// The canary's value the threshold is checked on: the mean, or the percentile for latencies.
        public var canaryValue: Double?
        public var baselineValue: Double?
        public var threshold: Double
        /// `<=` or `>=`.
        public var comparison: String
        public var thresholdPassed: Bool?
        public var judgement: CanaryMetricJudgement
    }

    public struct Result: Sendable, Codable {
        public var component: String
        public var decision: String
        public var score: Double
        public var reasons: [String]
        public var metrics: [Metric]
    }

    /// Reads both sample files and judges every rollout metric of the component.
    public func run(baseline: URL, canary: URL) throws -> Result {
        let metrics = component.spec.release.rolloutMetrics
        guard !metrics.isEmpty else {
            throw GovernanceError(message: "\(component.id) has no spec.release.rolloutMetrics: nothing to judge")
        }
        let names = metrics.map(\.name.rawValue)
        let baselineSamples = try Self.samples(baseline, names: names)
        let canarySamples = try Self.samples(canary, names: names)
        return judge(metrics: metrics, baseline: baselineSamples, canary: canarySamples)
    }

    /// Judges samples already read (metric name → values).
    public func judge(metrics: [RolloutMetric], baseline: [String: [Double]], canary: [String: [Double]]) -> Result {
        var results: [Metric] = []
        for metric in metrics {
            let name = metric.name.rawValue
            let c = canary[name] ?? [], b = baseline[name] ?? []
            let (threshold, comparison, direction) = Self.rule(metric)
            var judgement = judge.judge(name: name, canary: c, baseline: b, direction: direction, tolerance: tolerance)
            let canaryValue = Self.value(metric.name, c, sampleKind), baselineValue = Self.value(metric.name, b, sampleKind)
            var passed: Bool?
            if let canaryValue {
                passed = comparison == "<=" ? canaryValue <= threshold : canaryValue >= threshold
                if passed == false {
                    judgement.classification = comparison == "<=" ? .high : .low
                    judgement.reason = "\(Self.describe(metric.name)) \(Self.format(canaryValue)) breaks the threshold \(comparison) \(Self.format(threshold)); " + judgement.reason
                }
            }
            results.append(Metric(name: name, canaryValue: canaryValue, baselineValue: baselineValue, threshold: threshold,
                                  comparison: comparison, thresholdPassed: passed, judgement: judgement))
        }
        let verdict = judge.verdict(results.map(\.judgement))
        return Result(component: component.id, decision: verdict.decision.rawValue, score: verdict.score, reasons: verdict.reasons, metrics: results)
    }

    /// The threshold in the samples' unit (seconds for latencies), how it compares, and which change is bad.
    static func rule(_ metric: RolloutMetric) -> (Double, String, MetricDirection) {
        switch metric.threshold {
        case .fraction(let f): return (f, "<=", .increase)
        case .duration(let d): return (d.seconds, "<=", .increase)
        case .rate(let r): return (r, ">=", .decrease)
        }
    }

    /// Mean for rates; for latencies the named percentile (linear interpolation) of per-request
    /// samples, the median of per-interval ones.
    static func value(_ name: RolloutMetricName, _ samples: [Double], _ kind: SampleKind = .requests) -> Double? {
        let values = samples.filter(\.isFinite)
        guard !values.isEmpty else { return nil }
        var q: Double
        switch name {
        case .latencyP50: q = 0.50
        case .latencyP95: q = 0.95
        case .latencyP99: q = 0.99
        case .errorRate, .throughputMin: return values.reduce(0, +) / Double(values.count)
        }
        if kind == .intervals { q = 0.5 }
        let sorted = values.sorted()
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down)), upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }

    static func describe(_ name: RolloutMetricName) -> String {
        switch name {
        case .errorRate: "error rate"
        case .throughputMin: "throughput"
        case .latencyP50, .latencyP95, .latencyP99: name.rawValue.replacingOccurrences(of: "latency_", with: "") + " latency"
        }
    }

    static func format(_ value: Double) -> String { EvaluationReport.format(value) }

    /// Metric name → the numbers in its column; a column the file lacks is an empty sample (no data).
    static func samples(_ file: URL, names: [String]) throws -> [String: [Double]] {
        let log = try PredictionLog(file: file)
        let present = names.compactMap { name in log.columns.firstIndex(of: name).map { (name, $0) } }
        guard !present.isEmpty else {
            throw GovernanceError(file: log.name, message: "no column for any rollout metric (\(names.joined(separator: ", "))); the file has: \(log.columns.prefix(20).joined(separator: ", "))")
        }
        var samples: [String: [Double]] = [:]
        while try log.next() {
            for (name, index) in present {
                if let value = log.number(index) {
                    samples[name, default: []].append(value)
                } else if log.text(index) != nil {
                    throw GovernanceError(file: log.name, line: log.position, column: name, message: "'\(log.text(index)!.prefix(40))' is not a number")
                }
            }
        }
        _ = try log.finish()
        return samples
    }

    /// A terminal summary: one line per metric, then the decision.
    public static func summary(_ result: Result) -> String {
        var rows = [["METRIC", "CANARY", "BASELINE", "THRESHOLD", "P-VALUE", "RESULT"]]
        for m in result.metrics {
            rows.append([m.name, m.canaryValue.map(format) ?? "-", m.baselineValue.map(format) ?? "-", "\(m.comparison) \(format(m.threshold))",
                         m.judgement.test.map { String(format: "%.4g", $0.pValue) } ?? "-", m.judgement.classification.rawValue])
        }
        var out = TextTable.render(rows, rightAligned: [1, 2, 4])
        for m in result.metrics where m.judgement.classification != .pass { out += "\(m.name): \(m.judgement.reason)\n" }
        out += "decision: \(result.decision) (score \(format(result.score)))\n"
        for reason in result.reasons { out += "  \(reason)\n" }
        return out
    }
}
