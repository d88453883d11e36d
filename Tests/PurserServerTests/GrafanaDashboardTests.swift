import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import PurserServer

@Suite("Grafana dashboard")
struct GrafanaDashboardTests {
    static let dashboard = TestFleet.packageRoot.appendingPathComponent("deploy/grafana/purser.json")

    /// Every `expr` in the dashboard, with the panel it belongs to.
    static func queries() throws -> [(panel: String, expr: String)] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dashboard))
        var found: [(String, String)] = []
        func walk(_ value: Any, panel: String) {
            if let object = value as? [String: Any] {
                let title = object["title"] as? String ?? panel
                if let expr = object["expr"] as? String { found.append((title, expr)) }
                for child in object.values { walk(child, panel: title) }
            } else if let array = value as? [Any] {
                for child in array { walk(child, panel: panel) }
            }
        }
        walk(json, panel: "dashboard")
        return found
    }

    @Test("every dashboard query selects metrics the live server exports")
    func queriesMatchExportedMetrics() async throws {
        let queries = try Self.queries()
        #expect(queries.count >= 10)
        try await TestFleet.withApp(.live, ingest: true) { client, plane, _ in
            let review = try admissionReview(plane, component: "ai-prod/video-moderation")
            let decision = try await client.execute(uri: "/admission/validate", method: .post, body: ByteBuffer(string: review))
            #expect(decision.status == .ok)
            let scrape = try await client.execute(uri: "/metrics", method: .get)
            #expect(scrape.status == .ok)
            let exported = PromQLMetricNames.sampled(in: scrape.text)
            var used: Set<String> = []
            for (panel, expr) in queries {
                let names = PromQLMetricNames.of(expr)
                #expect(!names.isEmpty, "panel \(panel): no metric in \(expr)")
                for name in names {
                    #expect(exported.contains(name), "panel \(panel): \(name) is not in /metrics (query \(expr))")
                }
                used.formUnion(names)
            }
            // The panels the dashboard promises: decisions and their latency, verdicts, spend vs budget, anomalies.
            for name in ["purser_admission_decisions_total", "purser_http_request_duration_seconds_bucket", "purser_fleet_verdict",
                         "purser_component_daily_spend_dollars", "purser_component_daily_budget_dollars", "purser_component_cost_anomalies"] {
                #expect(used.contains(name), "the dashboard has no panel over \(name)")
            }
            #expect(scrape.text.contains(#"purser_http_request_duration_seconds_bucket{method="POST",route="/admission/validate""#))
        }
    }

    @Test("metric names are read from PromQL without functions, keywords, labels or ranges")
    func promQLNames() {
        #expect(PromQLMetricNames.of(#"histogram_quantile(0.99, sum by (le) (rate(a_bucket{route="/x",b=~"c|d"}[$__rate_interval])))"#) == ["a_bucket"])
        #expect(PromQLMetricNames.of("max by (component) (spend) / on (component) group_left (team) max by (component) (budget)") == ["spend", "budget"])
        #expect(PromQLMetricNames.of("sum without (instance) (x > 0) or vector(0)") == ["x"])
        #expect(PromQLMetricNames.of(#"increase(y_total[1h] offset 1d) and bool z"#) == ["y_total", "z"])
        #expect(PromQLMetricNames.sampled(in: "# HELP a x\n# TYPE a histogram\na_bucket{le=\"1\"} 0\na_sum 0\nb 1\n") == ["a_bucket", "a_sum", "b"])
    }

    @Test("the spend and anomaly gauges follow the ledger")
    func spendGauges() async throws {
        try await TestFleet.withApp(ingest: true) { client, plane, _ in
            let spend = try plane.insights.componentSpend()
            #expect(!spend.isEmpty)
            let text = try await client.execute(uri: "/metrics", method: .get).text
            for component in spend {
                #expect(text.contains(#"purser_component_daily_spend_dollars{component="\#(component.component)"} "#))
                for severity in ["low", "medium", "high", "critical"] {
                    #expect(text.contains(#"purser_component_cost_anomalies{component="\#(component.component)",severity="\#(severity)"} \#(Double(component.anomalies[severity] ?? -1))\#n"#))
                }
            }
        }
    }
}
