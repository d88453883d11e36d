import PurserModel

/// The PromQL of each rollout metric: the one definition the rendered `AnalysisTemplate` and
/// `purser canary judge` (through Prometheus) both use, so they never disagree on what a metric means.
///
/// Each runtime is measured by the series it exports itself (docs/spec.md lists them):
///
/// - MLServer (and KServe, which serves with MLServer): its REST server's
///   `rest_server_requests_total` (label `status_code`) and `rest_server_request_duration_seconds`
///   histogram, on inference routes only (`path` ending in `/infer`), so health probes do not count;
/// - vLLM: `vllm:request_success_total`, the `vllm:e2e_request_latency_seconds` histogram, and for
///   errors its OpenAI server's HTTP counter `http_requests_total` (label `status`, grouped as `5xx`);
/// - Triton: `nv_inference_request_success` / `nv_inference_request_failure` counters and the
///   `nv_inference_request_summary_us` latency summary (microseconds; its quantiles cover Triton's
///   own sliding window, so the `rate()` range does not apply, and pods are combined by `max`: the
///   slowest pod's percentile).
///
/// `matchers` select the series (the rendered template uses `service="{{args.service-name}}"`; the
/// judge adds the pod-template-hash label of the canary or the baseline) and `range` is the
/// `rate()` window (`5m` in the template, the step in the judge, so each sample covers its own interval).
public enum RolloutMetricQuery {
    /// The expression for one metric of a runtime; every expression is one series. An error rate
    /// counts errors as zero when no error series exists yet (`or vector(0)`), so a canary without
    /// errors has an error rate of 0 rather than no data; with no traffic at all there is no data.
    public static func promQL(_ name: RolloutMetricName, runtime: ServingRuntime, matchers: [String], range: String) -> String {
        switch runtime {
        case .mlserver, .kserve: return mlserver(name, matchers: matchers, range: range)
        case .vllm: return vllm(name, matchers: matchers, range: range)
        case .triton: return triton(name, matchers: matchers, range: range)
        }
    }

    private static func mlserver(_ name: RolloutMetricName, matchers: [String], range: String) -> String {
        let inference = matchers + [#"path=~".+/infer""#]
        let requests = sumRate("rest_server_requests_total", inference, range)
        switch name {
        case .errorRate:
            return "(\(sumRate("rest_server_requests_total", inference + [#"status_code=~"5..""#], range)) or vector(0)) / \(requests)"
        case .throughputMin:
            return requests
        case .latencyP50, .latencyP95, .latencyP99:
            return histogramQuantile(name, "rest_server_request_duration_seconds_bucket", inference, range)
        }
    }

    private static func vllm(_ name: RolloutMetricName, matchers: [String], range: String) -> String {
        switch name {
        case .errorRate:
            return "(\(sumRate("http_requests_total", matchers + [#"status="5xx""#], range)) or vector(0)) / \(sumRate("http_requests_total", matchers, range))"
        case .throughputMin:
            return sumRate("vllm:request_success_total", matchers, range)
        case .latencyP50, .latencyP95, .latencyP99:
            return histogramQuantile(name, "vllm:e2e_request_latency_seconds_bucket", matchers, range)
        }
    }

    private static func triton(_ name: RolloutMetricName, matchers: [String], range: String) -> String {
        let failures = sumRate("nv_inference_request_failure", matchers, range)
        let requests = "(\(sumRate("nv_inference_request_success", matchers, range)) + \(failures))"
        switch name {
        case .errorRate:
            return "\(failures) / \(requests)"
        case .throughputMin:
            return requests
        case .latencyP50, .latencyP95, .latencyP99:
            return "max(nv_inference_request_summary_us{\(selector(matchers + ["quantile=\"\(quantile(name))\""]))}) / 1e6"
        }
    }

    private static func sumRate(_ metric: String, _ matchers: [String], _ range: String) -> String {
        "sum(rate(\(metric){\(selector(matchers))}[\(range)]))"
    }

    private static func histogramQuantile(_ name: RolloutMetricName, _ buckets: String, _ matchers: [String], _ range: String) -> String {
        "histogram_quantile(\(quantile(name)), sum(rate(\(buckets){\(selector(matchers))}[\(range)])) by (le))"
    }

    private static func quantile(_ name: RolloutMetricName) -> String {
        switch name {
        case .latencyP50: return "0.5"
        case .latencyP95: return "0.95"
        default: return "0.99"
        }
    }

    private static func selector(_ matchers: [String]) -> String { matchers.filter { !$0.isEmpty }.joined(separator: ",") }

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
