import Foundation
import PurserModel

/// An Argo Rollouts `AnalysisTemplate` with one Prometheus metric per rollout metric. Metrics use
/// the conventional `http_requests_total` and `http_request_duration_seconds` series of the
/// serving pods, labelled by `service`. With `rollbackOnFailure: false` every metric is a dry run:
/// measured and recorded, never aborting the rollout.
struct AnalysisTemplateRenderer {
    let options: RenderOptions

    func render(_ component: Component) -> KubernetesObject {
        let release = component.spec.release
        let metrics: [ManifestValue] = release.rolloutMetrics.map(metric)
        var spec: [(String, ManifestValue)] = [
            ("args", .list([.map([("name", .string("service-name"))])])),
            ("metrics", .list(metrics)),
        ]
        if !release.rollbackOnFailure {
            spec.append(("dryRun", .list(release.rolloutMetrics.map { .map([("metricName", .string($0.name.rawValue.replacingOccurrences(of: "_", with: "-")))]) })))
        }
        return ComponentRenderer(options: options).object(component, apiVersion: "argoproj.io/v1alpha1", kind: "AnalysisTemplate",
                                                          name: component.metadata.name, spec: .map(spec))
    }

    private func metric(_ metric: RolloutMetric) -> ManifestValue {
        let service = "service=\"{{args.service-name}}\""
        let requests = "sum(rate(http_requests_total{\(service)}[5m]))"
        let query: String, condition: String
        switch (metric.name, metric.threshold) {
        case (.errorRate, .fraction(let limit)):
            query = "sum(rate(http_requests_total{\(service),code=~\"5..\"}[5m])) / \(requests)"
            condition = "result[0] <= \(format(limit))"
        case (.throughputMin, .rate(let rate)):
            query = requests
            condition = "result[0] >= \(format(rate))"
        case (_, .duration(let duration)):
            let quantile = metric.name == .latencyP50 ? "0.5" : metric.name == .latencyP95 ? "0.95" : "0.99"
            query = "histogram_quantile(\(quantile), sum(rate(http_request_duration_seconds_bucket{\(service)}[5m])) by (le))"
            condition = "result[0] <= \(format(duration.seconds))"
        default:
            query = requests
            condition = "true"
        }
        return .map([
            ("name", .string(metric.name.rawValue.replacingOccurrences(of: "_", with: "-"))),
            ("interval", .string("1m")),
            ("count", .int(5)),
            ("failureLimit", .int(1)),
            ("successCondition", .string("len(result) > 0 && \(condition)")),
            ("provider", .map([("prometheus", .map([("address", .string(options.prometheusAddress)), ("query", .string(query))]))])),
        ])
    }

    private func format(_ value: Double) -> String {
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
