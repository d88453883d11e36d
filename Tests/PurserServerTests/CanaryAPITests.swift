import Foundation
import Hummingbird
import HummingbirdTesting
import PurserTestSupport
import Testing
@testable import PurserServer

/// `GET /api/v1/canary/{namespace}/{name}/judgement` over a canned Prometheus.
@Suite struct CanaryAPITests {
    static let component = """
        apiVersion: apexlogic.io/v1alpha1
        kind: MultimodalAIComponent
        metadata: {name: canary-demo, namespace: ai-prod}
        spec:
          model: {name: canary-demo, version: "1.0.0", repository: huggingface, endpoint: "https://models.example.com/demo", modality: [text]}
          governance:
            dataPrivacy: {level: internal}
            costOptimization:
              resourceLimits: {cpu: "2", memory: 4Gi}
              autoscaling: {minReplicas: 1, maxReplicas: 2, targetCPUUtilizationPercentage: 70, costThresholdUSDPerDay: 100}
          release:
            strategy: canary
            rolloutMetrics:
              - {name: error_rate, threshold: 0.05}
              - {name: latency_p99, threshold: "2s"}

        """

    /// The example fleet plus canary-demo, its judge asking the Prometheus at `port`.
    static func prepare(port: Int) -> (TestFleet) throws -> Void {
        { fleet in
            try fleet.write("components/demo/canary-demo.yaml", component)
            try fleet.write("purser.yaml", try fleet.read("purser.yaml") + "  canary:\n    prometheus: http://127.0.0.1:\(port)\n")
            try fleet.commitAll("canary demo")
        }
    }

    static func answer(_ status: String, _ body: String) -> String {
        "HTTP/1.1 \(status)\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body
    }

    @Test("an empty window is judged inconclusive with 200, Prometheus queried for both sides")
    func emptyWindow() async throws {
        let prometheus = try CannedHTTPServer(response: Self.answer("200 OK", #"{"status":"success","data":{"resultType":"matrix","result":[]}}"#))
        try await TestFleet.withApp(prepare: Self.prepare(port: prometheus.port)) { client, _, _ in
            let response = try await client.execute(uri: "/api/v1/canary/ai-prod/canary-demo/judgement?canary=abc123&baseline=def456&window=5m&step=15s", method: .get)
            #expect(response.status == .ok)
            let body = try response.json()
            #expect(body["decision"] as? String == "inconclusive")
            #expect(body["component"] as? String == "ai-prod/canary-demo")
            #expect((body["metrics"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["error_rate", "latency_p99"])
            #expect((body["reasons"] as? [String])?.last == "no metric could be judged")
            let heads = prometheus.requests
            #expect(heads.count == 4)
            #expect(heads.contains { $0.contains("rollouts_pod_template_hash%3D%22abc123%22") && $0.contains("step=15") })
            #expect(heads.contains { $0.contains("rollouts_pod_template_hash%3D%22def456%22") })
        }
    }

    @Test("an unreachable Prometheus is 503 with the decision inconclusive")
    func unreachable() async throws {
        let port = try LocalSocket.closedPort()
        try await TestFleet.withApp(prepare: Self.prepare(port: port)) { client, _, _ in
            let response = try await client.execute(uri: "/api/v1/canary/ai-prod/canary-demo/judgement?canary=abc&baseline=def", method: .get)
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers[.retryAfter] == "30")
            let body = try response.json()
            #expect(body["decision"] as? String == "inconclusive")
            #expect(body["code"] as? String == "prometheus-unavailable")
            #expect((body["message"] as? String)?.contains("Prometheus unreachable at http://127.0.0.1:\(port)/api/v1/query_range") == true, "\(body)")
        }
    }

    @Test("Prometheus answering status error is 503, never a decision")
    func prometheusError() async throws {
        let prometheus = try CannedHTTPServer(response: Self.answer("200 OK", #"{"status":"error","errorType":"timeout","error":"query timed out"}"#))
        try await TestFleet.withApp(prepare: Self.prepare(port: prometheus.port)) { client, _, _ in
            let response = try await client.execute(uri: "/api/v1/canary/ai-prod/canary-demo/judgement?canary=abc&baseline=def", method: .get)
            #expect(response.status == .serviceUnavailable)
            #expect(try response.json()["decision"] as? String == "inconclusive")
            #expect((try response.json()["message"] as? String)?.contains("query timed out") == true)
        }
    }

    @Test("bad parameters are 400, unknown components 404, and nothing asks Prometheus")
    func badRequests() async throws {
        let prometheus = try CannedHTTPServer(response: Self.answer("200 OK", #"{"status":"success","data":{"resultType":"matrix","result":[]}}"#))
        try await TestFleet.withApp(prepare: Self.prepare(port: prometheus.port)) { client, _, _ in
            let base = "/api/v1/canary/ai-prod/canary-demo/judgement"
            for (query, fragment) in [("?baseline=def", "canary parameter"), ("?canary=abc", "baseline parameter"),
                                      ("?canary=abc&baseline=def&window=soon", "window 'soon'"),
                                      ("?canary=abc&baseline=def&window=10m&step=0.5s", "step"),
                                      ("?canary=abc&baseline=abc", "same pods"),
                                      ("?canary=a%3D%3Db&baseline=def", "label matchers"),
                                      ("?canary=abc&baseline=def&tolerance=-1", "tolerance")] {
                let response = try await client.execute(uri: base + query, method: .get)
                #expect(response.status == .badRequest, "\(query)")
                #expect(try response.json()["code"] as? String == "bad-request")
                #expect((try response.json()["message"] as? String)?.contains(fragment) == true, "\(query): \(response.text)")
            }
            let missing = try await client.execute(uri: "/api/v1/canary/ai-prod/nope/judgement?canary=abc&baseline=def", method: .get)
            #expect(missing.status == .notFound)
            // A component without rollout metrics has nothing to judge.
            let rolling = try await client.execute(uri: "/api/v1/canary/ai-prod/doc-embeddings/judgement?canary=abc&baseline=def", method: .get)
            #expect(rolling.status == .badRequest)
            #expect((try rolling.json()["message"] as? String)?.contains("has no spec.release.rolloutMetrics") == true)
            #expect(prometheus.requests.isEmpty)
        }
    }
}
