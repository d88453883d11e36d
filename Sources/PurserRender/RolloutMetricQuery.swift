import PurserModel

/// The PromQL of each rollout metric: the one definition the rendered `AnalysisTemplate` and
/// `purser canary judge` (through Prometheus) both use, so they never disagree on what a metric means.
///
/// Metrics read the serving pods' conventional `http_requests_total` (label `code`) and
/// `http_request_duration_seconds` histogram series. `matchers` select the series (the rendered
/// template uses `service="{{args.service-name}}"`; the judge adds the pod-template-hash label of
/// the canary or the baseline) and `range` is the `rate()` window (`5m` in the template, the step
/// in the judge, so each sample covers its own interval).
public enum RolloutMetricQuery {
    /// The expression for one metric. Every expression is aggregated with `sum` into one series.
    /// `error_rate` counts 5xx answers as zero when no 5xx series exists yet (`or vector(0)`), so a
    /// canary without errors has an error rate of 0 rather than no data; with no traffic at all
    /// there is no data.
    public static func promQL(_ name: RolloutMetricName, matchers: [String], range: String) -> String {
        let selector = matchers.joined(separator: ",")
        let requests = "sum(rate(http_requests_total{\(selector)}[\(range)]))"
        switch name {
        case .errorRate:
            let errors = "sum(rate(http_requests_total{\(([selector, "code=~\"5..\""]).filter { !$0.isEmpty }.joined(separator: ","))}[\(range)]))"
            return "(\(errors) or vector(0)) / \(requests)"
        case .throughputMin:
            return requests
        case .latencyP50, .latencyP95, .latencyP99:
            let q = name == .latencyP50 ? "0.5" : name == .latencyP95 ? "0.95" : "0.99"
            return "histogram_quantile(\(q), sum(rate(http_request_duration_seconds_bucket{\(selector)}[\(range)])) by (le))"
        }
    }

    /// A matcher `label="value"` with the value escaped as a PromQL string.
    public static func equals(_ label: String, _ value: String) -> String {
        "\(label)=\"\(escape(value))\""
    }

    /// `value` as the inside of a double-quoted PromQL string.
    public static func escape(_ value: String) -> String {
        var out = ""
        for c in value {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }
}
