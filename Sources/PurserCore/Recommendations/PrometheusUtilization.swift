import Foundation
import PurserAnalytics
import PurserModel

/// Reads each component's utilization from Prometheus' HTTP API (`query_range`), one query per
/// metric, in chunks of at most `PrometheusSamples.Window.maximumPoints` steps. Pods are matched by
/// namespace and the names a Deployment or Rollout gives them (`<name>-<hash>-<suffix>`; KServe's
/// `<name>-predictor-…`); request
/// metrics by the `service` label, as the rendered AnalysisTemplates do.
public struct PrometheusUtilization: Sendable {
    public var client: PrometheusClient
    public var step: Double
    /// Extra label matchers on every query (`recommendations.selector`).
    public var selector: [String: String]

    public init(client: PrometheusClient, step: Double, selector: [String: String] = [:]) {
        self.client = client
        self.step = step
        self.selector = selector
    }

    /// The PromQL of `metric` for one component; series are labelled by `pod` unless component-wide.
    public func query(_ metric: UtilizationMetric, namespace: String, name: String, runtime: ServingRuntime = .mlserver) -> String {
        let extra = selector.sorted { $0.key < $1.key }.map { ",\($0.key)=\"\(Self.escape($0.value))\"" }.joined()
        // KServe names its predictor's pods `<name>-predictor-…` (raw deployment or Knative revision).
        let podNames = runtime == .kserve ? "\(Self.escape(name))-predictor-[a-z0-9-]+" : "\(Self.escape(name))-[a-z0-9]+-[a-z0-9]+"
        let pods = "namespace=\"\(Self.escape(namespace))\",pod=~\"\(podNames)\"\(extra)"
        let service = "namespace=\"\(Self.escape(namespace))\",service=\"\(Self.escape(name))\"\(extra)"
        let range = "\(Int(step))s"
        switch metric {
        case .cpu: return "sum by (pod) (rate(container_cpu_usage_seconds_total{\(pods),container!=\"\",container!=\"POD\"}[\(range)]))"
        case .memory: return "sum by (pod) (container_memory_working_set_bytes{\(pods),container!=\"\",container!=\"POD\"})"
        case .requests: return "sum(rate(http_requests_total{\(service)}[\(range)]))"
        case .latencyP99: return "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{\(service)}[\(range)])))"
        case .gpuUtilization: return "avg by (pod) (DCGM_FI_DEV_GPU_UTIL{\(pods)})"
        case .gpuMemoryUsed: return "sum by (pod) (DCGM_FI_DEV_FB_USED{\(pods)})"
        case .gpuMemoryFree: return "sum by (pod) (DCGM_FI_DEV_FB_FREE{\(pods)})"
        }
    }

    /// The most steps one series may span (bounded time and memory for a long window at a fine step).
    public static let maximumSteps = 1_000_000

    public func read(_ components: [Component], end: Date, window: Double) async throws -> UtilizationData {
        guard window / step <= Double(Self.maximumSteps) else {
            throw RecommendationError(file: FleetSettings.fileName, message: "recommendations: a window of \(Int(window)) s at a step of \(Int(step)) s is more than \(Self.maximumSteps) samples per series; use a longer step")
        }
        let start = end.addingTimeInterval(-window)
        var result: [String: ComponentUtilization] = [:]
        for component in components {
            var utilization = ComponentUtilization(component: component.id, step: step)
            try await withThrowingTaskGroup(of: (UtilizationMetric, [String: UsageSeries]).self) { group in
                for metric in UtilizationMetric.allCases {
                    let promQL = query(metric, namespace: component.metadata.namespace, name: component.metadata.name,
                                       runtime: component.spec.model.runtime)
                    group.addTask { (metric, try await self.series(promQL, start: start, end: end)) }
                }
                for try await (metric, byPod) in group where !byPod.isEmpty { utilization.series[metric] = byPod }
            }
            result[component.id] = utilization
        }
        return UtilizationData(components: result, start: start, end: end, source: "prometheus \(client.url.absoluteString)")
    }

    /// One query over the whole window, chunked, NaN and infinite values dropped, by `pod` label.
    func series(_ promQL: String, start: Date, end: Date) async throws -> [String: UsageSeries] {
        var byPod: [String: UsageSeries] = [:]
        let chunk = step * Double(PrometheusSamples.Window.maximumPoints - 1)
        var from = start
        while from < end {
            let to = min(from.addingTimeInterval(chunk), end)
            for s in try await client.queryRange(promQL, start: from, end: to, step: step) {
                let pod = s.labels["pod"] ?? ""
                for (t, v) in zip(s.timestamps, s.values) where v.isFinite && v >= 0 {
                    if let last = byPod[pod]?.timestamps.last, last >= t { continue }
                    byPod[pod, default: UsageSeries()].append(v, at: t)
                }
            }
            from = to.addingTimeInterval(step)
        }
        return byPod
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
