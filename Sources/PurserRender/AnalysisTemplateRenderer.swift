import Foundation
import PurserModel

/// An Argo Rollouts `AnalysisTemplate` with one Prometheus metric per rollout metric (PromQL from
/// `RolloutMetricQuery` over the series the component's runtime exports, labelled by `service`). With a canary
/// judge URL (`RenderOptions.canaryJudgeURL`) it also gets a web metric asking Purser's judge,
/// with the canary's and the baseline's pod template hashes as arguments. With
/// `rollbackOnFailure: false` every metric is a dry run: measured and recorded, never aborting the rollout.
struct AnalysisTemplateRenderer {
    let options: RenderOptions

    func render(_ component: Component) -> KubernetesObject {
        let release = component.spec.release
        var metrics: [ManifestValue] = release.rolloutMetrics.map { metric($0, runtime: component.spec.model.runtime) }
        var names = release.rolloutMetrics.map { Self.metricName($0.name.rawValue) }
        var args: [ManifestValue] = [.map([("name", .string("service-name"))])]
        if let judge = options.canaryJudgeURL {
            metrics.append(judgeMetric(component, base: judge))
            names.append(Self.judgeMetricName)
            args += [.map([("name", .string(Self.canaryHashArgument))]), .map([("name", .string(Self.baselineHashArgument))])]
        }
        var spec: [(String, ManifestValue)] = [
            ("args", .list(args)),
            ("metrics", .list(metrics)),
        ]
        if !release.rollbackOnFailure {
            spec.append(("dryRun", .list(names.map { .map([("metricName", .string($0))]) })))
        }
        return ComponentRenderer(options: options).object(component, apiVersion: "argoproj.io/v1alpha1", kind: "AnalysisTemplate",
                                                          name: component.metadata.name, spec: .map(spec))
    }

    private func metric(_ metric: RolloutMetric, runtime: ServingRuntime) -> ManifestValue {
        let query = RolloutMetricQuery.promQL(metric.name, runtime: runtime, matchers: ["service=\"{{args.service-name}}\""], range: "5m")
        let condition: String
        switch metric.threshold {
        case .fraction(let limit): condition = "result[0] <= \(format(limit))"
        case .rate(let rate): condition = "result[0] >= \(format(rate))"
        case .duration(let duration): condition = "result[0] <= \(format(duration.seconds))"
        }
        return .map([
            ("name", .string(Self.metricName(metric.name.rawValue))),
            ("interval", .string("1m")),
            ("count", .int(5)),
            ("failureLimit", .int(1)),
            ("successCondition", .string("len(result) > 0 && \(condition)")),
            ("provider", .map([("prometheus", .map([("address", .string(options.prometheusAddress)), ("query", .string(query))]))])),
        ])
    }

    /// Argo Rollouts' web provider asking Purser's canary judge once the judge's window has passed:
    /// `promote` succeeds, `rollback` fails, `inconclusive` leaves the measurement inconclusive (the
    /// rollout pauses), and an error answer (Prometheus unreachable: 503) is a measurement error.
    private func judgeMetric(_ component: Component, base: String) -> ManifestValue {
        let root = base.hasSuffix("/") ? String(base.dropLast()) : base
        let url = "\(root)/api/v1/canary/\(component.metadata.namespace)/\(component.metadata.name)/judgement"
            + "?canary={{args.\(Self.canaryHashArgument)}}&baseline={{args.\(Self.baselineHashArgument)}}&window=\(Self.judgeWindow)"
        return .map([
            ("name", .string(Self.judgeMetricName)),
            ("initialDelay", .string(Self.judgeWindow)),
            ("count", .int(1)),
            ("successCondition", .string("result == \"promote\"")),
            ("failureCondition", .string("result == \"rollback\"")),
            ("provider", .map([("web", .map([("url", .string(url)), ("timeoutSeconds", .int(30)), ("jsonPath", .string("{$.decision}"))]))])),
        ])
    }

    /// The template's metric name for a rollout metric (`error_rate` → `error-rate`).
    static func metricName(_ name: String) -> String { name.replacingOccurrences(of: "_", with: "-") }

    /// The web metric asking Purser's judge, and the arguments carrying the pod template hashes.
    static let judgeMetricName = "canary-judge"
    static let canaryHashArgument = "canary-hash"
    static let baselineHashArgument = "baseline-hash"
    /// The window the judge reads, and how long the web metric waits before asking.
    static let judgeWindow = "10m"

    private func format(_ value: Double) -> String {
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
