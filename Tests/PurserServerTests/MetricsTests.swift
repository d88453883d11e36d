import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import PurserServer

@Suite("Metrics")
struct MetricsTests {
    @Test("/metrics exposes requests, admission decisions, plan duration and per-component cost gauges")
    func exposition() async throws {
        try await TestFleet.withApp { client, plane, _ in
            _ = try await client.execute(uri: "/admission/validate", method: .post,
                                         body: ByteBuffer(string: try admissionReview(plane, component: "ai-prod/video-moderation")))
            _ = try await client.execute(uri: "/api/v1/plan", method: .get)
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
            let text = response.text
            #expect(text.contains(#"purser_admission_decisions_total{result="denied"} 1"#))
            #expect(text.contains(#"purser_http_requests_total{method="GET",route="/api/v1/plan",status="200"} 1"#))
            #expect(text.contains("purser_plan_duration_seconds_bucket"))
            #expect(text.contains(#"purser_component_estimated_daily_cost_dollars{component="ai-prod/video-moderation",bound="max"}"#))
            #expect(text.contains(#"purser_component_daily_budget_dollars{component="ai-prod/video-moderation"} 300"#))
        }
    }
}
