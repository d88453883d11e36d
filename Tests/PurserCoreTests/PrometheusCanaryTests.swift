import Foundation
import Testing
import PurserModel
import PurserTestSupport
@testable import PurserCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Prometheus the canary tests query: `PURSER_TEST_PROMETHEUS_URL`, which `scripts/test.sh` sets
/// after starting one with `scripts/start-prometheus.sh` (under CI, or with PURSER_WITH_SERVERS=1).
enum PrometheusTestServer {
    static let url: URL? = ProcessInfo.processInfo.environment["PURSER_TEST_PROMETHEUS_URL"].flatMap { $0.isEmpty ? nil : URL(string: $0) }
    static var inCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }
    static let skipReason: Comment = "PURSER_TEST_PROMETHEUS_URL is not set: real-Prometheus canary tests skipped (start one with `eval \"$(bash scripts/start-prometheus.sh)\"` and set PURSER_TEST_PROMETHEUS_URL=$PROMETHEUS_URL, or run PURSER_WITH_SERVERS=1 scripts/test.sh)"
}

/// The example fleet plus `ai-prod/canary-demo`, the MLServer service scripts/canary-exporter.py simulates.
struct CanaryDemoFleet {
    let sandbox: GitSandbox
    let fleet: Fleet

    static let component = """
        apiVersion: apexlogic.io/v1alpha1
        kind: MultimodalAIComponent
        metadata:
          name: canary-demo
          namespace: ai-prod
        spec:
          model:
            name: canary-demo
            version: "1.0.0"
            repository: huggingface
            endpoint: "https://models.example.com/canary-demo"
            modality: ["text"]
            runtime: mlserver
          governance:
            dataPrivacy:
              level: GDPR_compliant
            costOptimization:
              resourceLimits:
                cpu: "2"
                memory: 4Gi
              autoscaling:
                minReplicas: 1
                maxReplicas: 2
                targetCPUUtilizationPercentage: 70
                costThresholdUSDPerDay: 100
            auditTrail:
              enabled: true
              logRetentionDays: 30
          release:
            strategy: canary
            steps: [10, 50, 100]
            rolloutMetrics:
              - name: error_rate
                threshold: 0.05
              - name: latency_p50
                threshold: "500ms"
              - name: latency_p99
                threshold: "2s"
              - name: throughput_min
                threshold: 10
            rollbackOnFailure: true

        """

    init(prometheus: String? = nil) async throws {
        sandbox = try GitSandbox()
        try sandbox.copyContents(of: exampleFleet)
        try sandbox.write("components/demo/canary-demo.yaml", Self.component)
        if let prometheus {
            let settings = try sandbox.read("purser.yaml")
            try sandbox.write("purser.yaml", settings + "  canary:\n    prometheus: \(prometheus)\n")
        }
        let loaded = try await PlanRunner.loadFleet(root: sandbox.root, revision: nil)
        guard loaded.fleet.components.contains(where: { $0.id == "ai-prod/canary-demo" }) else {
            throw GovernanceError(message: "the demo component did not load: \(loaded.fleet.diagnostics)")
        }
        fleet = loaded.fleet
    }

    func remove() { sandbox.remove() }
}

/// Always runs: under CI a missing Prometheus fails the run instead of skipping its tests.
@Suite struct PrometheusServerPresenceTests {
    @Test func aPrometheusIsConfiguredUnderCI() {
        if PrometheusTestServer.url == nil {
            if PrometheusTestServer.inCI {
                Issue.record("CI is set but PURSER_TEST_PROMETHEUS_URL is not: the real-Prometheus canary tests cannot run (scripts/test.sh starts one under CI)")
            } else {
                print("warning: \(PrometheusTestServer.skipReason)")
            }
        }
    }
}

/// The judge against a real Prometheus scraping scripts/canary-exporter.py every second: pods
/// base1 (baseline), same1 (base1's very counters), good1 (base1's distribution, drawn apart) and
/// bad1 (ten times the errors, three times the latency).
@Suite(.enabled(if: PrometheusTestServer.url != nil, PrometheusTestServer.skipReason))
struct PrometheusCanaryTests {
    /// 15 steps of 3 s (three scrapes each) ending now.
    func judge(_ fleet: Fleet, canary: String, baseline: String = "base1", end: Date? = nil) async throws -> CanaryAnalysis.Result {
        var request = CanaryJudgeRequest(component: "ai-prod/canary-demo", canary: canary, baseline: baseline)
        request.end = end
        request.prometheus = PrometheusTestServer.url?.absoluteString
        request.window = "45s"
        request.step = "3s"
        return try await request.run(fleet: fleet)
    }

    /// Waits (at most two minutes, polling) until the baseline has a sample for most steps of the window.
    func waitForData(_ fleet: Fleet) async throws {
        let component = try GovernanceEvaluation.component(named: "ai-prod/canary-demo", in: fleet)
        let client = PrometheusClient(url: try #require(PrometheusTestServer.url))
        for _ in 0..<240 {
            let window = try PrometheusSamples.Window.ending(at: Date(), length: 45, step: 3)
            let samples = PrometheusSamples(client: client, window: window)
            let values = try await samples.samples(component, selector: CanarySelector.parse("base1"))
            if (values["error_rate"] ?? []).count >= 13 { return }
            try await Task.sleep(for: .milliseconds(500))
        }
        Issue.record("Prometheus did not collect 45 s of the exporter's series within two minutes")
    }

    @Test func aBadCanaryIsRolledBackAndTheSameCountersArePromoted() async throws {
        let demo = try await CanaryDemoFleet()
        defer { demo.remove() }
        try await waitForData(demo.fleet)

        let bad = try await judge(demo.fleet, canary: "bad1")
        #expect(bad.decision == "rollback", "\(bad.reasons)")
        let errors = try #require(bad.metrics.first { $0.name == "error_rate" })
        #expect(errors.judgement.classification == .high && errors.thresholdPassed == false, "\(errors)")
        let p50 = try #require(bad.metrics.first { $0.name == "latency_p50" })
        #expect(p50.judgement.classification == .high, "\(p50)")
        #expect((p50.canaryValue ?? 0) > 2 * (p50.baselineValue ?? .infinity), "\(p50)")
        #expect(bad.metrics.first { $0.name == "throughput_min" }?.judgement.classification == .pass)

        let same = try await judge(demo.fleet, canary: "same1")
        #expect(same.decision == "promote", "\(same.reasons)")
        #expect(same.score == 100)
        #expect(same.metrics.allSatisfy { $0.thresholdPassed == true && $0.judgement.classification == .pass }, "\(same.metrics)")
    }

    @Test func aCanaryFromTheBaselinesDistributionIsNotRolledBack() async throws {
        let demo = try await CanaryDemoFleet()
        defer { demo.remove() }
        try await waitForData(demo.fleet)
        var result = try await judge(demo.fleet, canary: "good1")
        if result.decision == "rollback" {
            // A 98% test flags a canary drawn from the baseline's distribution about once in a
            // hundred windows; the window before decides (both: about once in ten thousand).
            result = try await judge(demo.fleet, canary: "good1", end: Date().addingTimeInterval(-48))
        }
        #expect(result.decision != "rollback", "\(result.reasons)")
        #expect(result.metrics.allSatisfy { $0.thresholdPassed == true }, "\(result.metrics)")
        #expect(result.metrics.allSatisfy { $0.judgement.classification != .noData })
    }

    @Test func aCanaryWithNoSeriesIsInconclusive() async throws {
        let demo = try await CanaryDemoFleet()
        defer { demo.remove() }
        try await waitForData(demo.fleet)
        // Label matchers instead of a hash, selecting no pod.
        let result = try await judge(demo.fleet, canary: #"rollouts_pod_template_hash="absent", pod=~"nothing-.*""#)
        #expect(result.decision == "inconclusive")
        #expect(result.metrics.allSatisfy { $0.judgement.classification == .noData && $0.canaryValue == nil })
        #expect(result.reasons.contains("no metric could be judged"), "\(result.reasons)")
    }

    @Test func theFleetsPrometheusSettingIsUsedWhenNoneIsGiven() async throws {
        let demo = try await CanaryDemoFleet(prometheus: try #require(PrometheusTestServer.url).absoluteString)
        defer { demo.remove() }
        try await waitForData(demo.fleet)
        var request = CanaryJudgeRequest(component: "canary-demo", canary: "bad1", baseline: "base1")
        request.window = "45s"
        request.step = "3s"
        #expect(try await request.run(fleet: demo.fleet).decision == "rollback")
    }
}

/// An HTTP answer for `CannedHTTPServer`.
func httpAnswer(_ status: String, _ body: String, type: String = "application/json") -> String {
    "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body
}

/// Prometheus' HTTP API answers, the selectors and the window, without a Prometheus.
@Suite struct PrometheusParsingTests {
    let url = "http://p/api/v1/query_range"

    @Test func aMatrixIsReadWithNaNAndInfinities() throws {
        let body = #"{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"service":"a"},"values":[[1700000000,"0.5"],[1700000015.5,"NaN"],[1700000031,"+Inf"],[1700000046,"-Inf"],[1700000061,"1e-3"]]}]},"warnings":["w"]}"#
        let series = try PrometheusClient.matrix(status: 200, body: Data(body.utf8), url: url)
        #expect(series.count == 1)
        #expect(series[0].labels == ["service": "a"])
        #expect(series[0].timestamps == [1700000000, 1700000015.5, 1700000031, 1700000046, 1700000061])
        let v = series[0].values
        #expect(v[0] == 0.5 && v[1].isNaN && v[2] == .infinity && v[3] == -.infinity && v[4] == 0.001)
    }

    @Test func anEmptyResultIsNoSeries() throws {
        let body = #"{"status":"success","data":{"resultType":"matrix","result":[]}}"#
        #expect(try PrometheusClient.matrix(status: 200, body: Data(body.utf8), url: url).isEmpty)
    }

    @Test func errorsKeepPrometheusErrorTypeAndMessage() throws {
        let bad = #"{"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected \"}\""}"#
        #expect(throws: PrometheusError.http(url: url, status: 400, errorType: "bad_data", message: "1:5: parse error: unexpected \"}\"")) {
            try PrometheusClient.matrix(status: 400, body: Data(bad.utf8), url: url)
        }
        let failed = #"{"status":"error","errorType":"timeout","error":"query timed out"}"#
        #expect(throws: PrometheusError.queryFailed(url: url, errorType: "timeout", message: "query timed out")) {
            try PrometheusClient.matrix(status: 200, body: Data(failed.utf8), url: url)
        }
        #expect(throws: PrometheusError.http(url: url, status: 502, errorType: nil, message: "bad gateway")) {
            try PrometheusClient.matrix(status: 502, body: Data("bad gateway\n".utf8), url: url)
        }
        #expect(PrometheusError.http(url: url, status: 400, errorType: "bad_data", message: "m").description == "Prometheus answered HTTP 400 bad_data for \(url): m")
    }

    @Test(arguments: [
        (#"<html>hi</html>"#, "not a JSON object"),
        ("", "empty body"),
        (#"{"status":"success","data":{"resultType":"vector","result":[]}}"#, "resultType is vector, expected matrix"),
        (#"{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,2]]}]}}"#, "data.result[0].values[0] is not [<time>, \"<number>\"]"),
        (#"{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"fast"]]}]}}"#, "data.result[0].values[0] is not [<time>, \"<number>\"]"),
        (#"{"data":{}}"#, "no status"),
    ])
    func malformedAnswersAreErrors(body: String, reason: String) {
        #expect(throws: PrometheusError.malformedResponse(url: url, reason: reason)) {
            try PrometheusClient.matrix(status: 200, body: Data(body.utf8), url: url)
        }
    }

    @Test func selectorsAreAHashOrLabelMatchers() throws {
        #expect(try CanarySelector.parse("6f8c9d7b5").matchers == [#"rollouts_pod_template_hash="6f8c9d7b5""#])
        #expect(try CanarySelector.parse(" abc ", hashLabel: "pod_template_hash").matchers == [#"pod_template_hash="abc""#])
        #expect(try CanarySelector.parse(#"pod=~"web-canary-.*", track != 'stable'"#).matchers == [#"pod=~"web-canary-.*""#, #"track!="stable""#])
        #expect(try CanarySelector.parse(#"a="x\"y""#).matchers == [#"a="x\"y""#])
        for bad in ["", "a=b", #"a="x"#, #"{a="x"}"#, #"__name__="up""#, #"a="x" b="y""#, #"1a="x""#, #"a=="x""#] {
            #expect(throws: GovernanceError.self, "\(bad)") { try CanarySelector.parse(bad) }
        }
    }

    @Test func theWindowIsCheckedAndEndsWhereAsked() throws {
        let end = Date(timeIntervalSince1970: 1_700_000_000)
        let window = try PrometheusSamples.Window.ending(at: end, length: 600, step: 30)
        #expect(window.start == Date(timeIntervalSince1970: 1_699_999_400) && window.end == end && window.step == 30)
        #expect(throws: GovernanceError.self) { try PrometheusSamples.Window.ending(at: end, length: 600, step: 0.5) }
        #expect(throws: GovernanceError.self) { try PrometheusSamples.Window.ending(at: end, length: 30, step: 30) }
        #expect(throws: GovernanceError.self) { try PrometheusSamples.Window.ending(at: end, length: 86_400 * 7, step: 1) }
        var request = CanaryJudgeRequest(component: "c", canary: "a", baseline: "b")
        request.window = "ten minutes"
        #expect(throws: GovernanceError.self) { try request.parsedWindow() }
        request.window = "1h"
        request.step = "15s"
        request.end = end
        #expect(try request.parsedWindow() == PrometheusSamples.Window(start: end.addingTimeInterval(-3600), end: end, step: 15))
    }

    @Test func eachSideQueriesTheRenderedPromQLWithItsSelector() async throws {
        let demo = try await CanaryDemoFleet()
        defer { demo.remove() }
        let component = try GovernanceEvaluation.component(named: "canary-demo", in: demo.fleet)
        let samples = PrometheusSamples(client: PrometheusClient(url: URL(string: "http://p")!),
                                        window: .init(start: Date(), end: Date(), step: 30))
        let selector = try CanarySelector.parse("abc")
        let sel = #"service="canary-demo",rollouts_pod_template_hash="abc",path=~".+/infer""#
        #expect(samples.query(.errorRate, component: component, selector: selector)
            == #"(sum(rate(rest_server_requests_total{"# + sel + #",status_code=~"5.."}[30s])) or vector(0)) / sum(rate(rest_server_requests_total{"# + sel + "}[30s]))")
        #expect(samples.query(.latencyP95, component: component, selector: selector)
            == "histogram_quantile(0.95, sum(rate(rest_server_request_duration_seconds_bucket{\(sel)}[30s])) by (le))")
        #expect(samples.query(.throughputMin, component: component, selector: selector) == "sum(rate(rest_server_requests_total{\(sel)}[30s]))")
    }
}

/// Prometheus that cannot be reached, never answers, answers too much or answers errors: an error,
/// never a decision; an empty window: inconclusive.
@Suite struct PrometheusFailureTests {
    func request(_ port: Int, canary: String = "c1") -> CanaryJudgeRequest {
        var request = CanaryJudgeRequest(component: "ai-prod/canary-demo", canary: canary, baseline: "b1")
        request.prometheus = "http://127.0.0.1:\(port)"
        request.timeout = 5
        return request
    }

    @Test func aClosedPortIsUnreachable() async throws {
        let demo = try await CanaryDemoFleet()
        defer { demo.remove() }
        let port = try LocalSocket.closedPort()
        await #expect {
            try await request(port).run(fleet: demo.fleet)
        } throws: { error in
            guard case .unreachable(let url, _) = error as? PrometheusError else { return false }
            return url == "http://127.0.0.1:\(port)/api/v1/query_range"
        }
    }

    @Test func aServerThatNeverAnswersTimesOut() async throws {
        let silent = try LocalSocket.listening()
        defer { close(silent.descriptor) }
        let client = PrometheusClient(url: URL(string: "http://127.0.0.1:\(silent.port)")!, timeout: 1)
        await #expect(throws: PrometheusError.timedOut(url: "http://127.0.0.1:\(silent.port)/api/v1/query_range", seconds: 1)) {
            try await client.queryRange("up", start: Date(), end: Date(), step: 15)
        }
    }

    @Test func anAnswerOverTheBoundIsRefused() async throws {
        let server = try CannedHTTPServer(response: httpAnswer("200 OK", String(repeating: " ", count: 4096) + "{}"))
        var client = PrometheusClient(url: URL(string: "http://127.0.0.1:\(server.port)")!, timeout: 5)
        client.maximumResponseBytes = 1024
        await #expect(throws: PrometheusError.responseTooLarge(url: "http://127.0.0.1:\(server.port)/api/v1/query_range", limit: 1024)) {
            try await client.queryRange("up", start: Date(), end: Date(), step: 15)
        }
    }

    @Test func theQueryIsSentPercentEncodedWithTheWindow() async throws {
        let server = try CannedHTTPServer(response: httpAnswer("200 OK", #"{"status":"success","data":{"resultType":"matrix","result":[]}}"#))
        let client = PrometheusClient(url: URL(string: "http://127.0.0.1:\(server.port)/prom/")!, timeout: 5)
        _ = try await client.queryRange(#"a{b="c"} + 1"#, start: Date(timeIntervalSince1970: 1_700_000_000), end: Date(timeIntervalSince1970: 1_700_000_600.25), step: 30)
        let head = try #require(server.requests.first)
        #expect(head.hasPrefix("GET /prom/api/v1/query_range?end=1700000600.250&query=a%7Bb%3D%22c%22%7D%20%2B%201&start=1700000000&step=30 HTTP/1.1"), "\(head)")
    }

    @Test func prometheusAnsweringAnErrorIsAnErrorNotADecision() async throws {
        let demo = try await CanaryDemoFleet()
        defer { demo.remove() }
        let server = try CannedHTTPServer(response: httpAnswer("422 Unprocessable Entity", #"{"status":"error","errorType":"execution","error":"many-to-many matching not allowed"}"#))
        await #expect(throws: PrometheusError.http(url: "http://127.0.0.1:\(server.port)/api/v1/query_range", status: 422, errorType: "execution", message: "many-to-many matching not allowed")) {
            try await request(server.port).run(fleet: demo.fleet)
        }
    }

    @Test func emptyWindowsAreInconclusiveNeverPromoted() async throws {
        let demo = try await CanaryDemoFleet()
        defer { demo.remove() }
        let server = try CannedHTTPServer(response: httpAnswer("200 OK", #"{"status":"success","data":{"resultType":"matrix","result":[]}}"#))
        let result = try await request(server.port).run(fleet: demo.fleet)
        #expect(result.decision == "inconclusive")
        #expect(result.score == 0)
        #expect(result.metrics.map(\.name) == ["error_rate", "latency_p50", "latency_p99", "throughput_min"])
        #expect(result.metrics.allSatisfy { $0.judgement.classification == .noData && $0.thresholdPassed == nil })
        #expect(result.reasons.last == "no metric could be judged")
        // Eight queries: four metrics, canary and baseline.
        #expect(server.requests.count == 8)
    }

    @Test func anEmptyCanaryBesideABaselineWithDataIsInconclusive() async throws {
        // Every other metric identical (a pass), the canary's error rate empty: no data keeps it from promote.
        let demo = try await CanaryDemoFleet()
        defer { demo.remove() }
        let component = try GovernanceEvaluation.component(named: "canary-demo", in: demo.fleet)
        let same = [0.1, 0.12, 0.11, 0.13]
        var baseline = ["error_rate": [0.01, 0.02, 0.01], "latency_p50": same, "latency_p99": same, "throughput_min": [20, 21, 22.0]]
        var canary = baseline
        canary["error_rate"] = [.nan, .nan]
        var analysis = CanaryAnalysis(component: component)
        analysis.sampleKind = .intervals
        let result = analysis.judge(metrics: component.spec.release.rolloutMetrics, baseline: baseline, canary: canary)
        #expect(result.decision == "inconclusive", "\(result.reasons)")
        #expect(result.metrics.first?.judgement.classification == .noData)
        #expect(result.metrics.dropFirst().allSatisfy { $0.judgement.classification == .pass })
        // Per-interval latencies are checked on their median, not their 99th percentile.
        #expect(abs((result.metrics.first { $0.name == "latency_p99" }?.canaryValue ?? 0) - 0.115) < 1e-9)
        baseline["error_rate"] = []
        canary["error_rate"] = [0.01]
        #expect(analysis.judge(metrics: component.spec.release.rolloutMetrics, baseline: baseline, canary: canary).decision == "inconclusive")
    }

    @Test func theSamePodsOnBothSidesAreRefused() async throws {
        let demo = try await CanaryDemoFleet()
        defer { demo.remove() }
        var same = request(9, canary: "b1")
        same.baseline = #"rollouts_pod_template_hash="b1""#
        await #expect(throws: GovernanceError.self) { try await same.run(fleet: demo.fleet) }
    }
}
