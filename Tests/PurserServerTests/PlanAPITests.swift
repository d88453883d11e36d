import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import PurserServer

@Suite("Plan API")
struct PlanAPITests {
    @Test("healthz and readyz answer once the first plan is loaded")
    func health() async throws {
        try await TestFleet.withApp { client, _, _ in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .ok)
            #expect(try ready.json()["status"] as? String == "ready")
        }
    }

    @Test("GET /api/v1/plan serves the plan JSON of the commit planned")
    func plan() async throws {
        try await TestFleet.withApp { client, _, fleet in
            let response = try await client.execute(uri: "/api/v1/plan", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            let plan = try response.json()
            #expect(plan["schemaVersion"] as? String == "1")
            #expect(plan["verdict"] as? String == "fail")
            #expect((plan["fleet"] as? [String: Any])?["revision"] as? String == (try fleet.head()))
            #expect((plan["components"] as? [Any])?.count == 8)
        }
    }

    @Test("components list and detail with rendered manifests")
    func components() async throws {
        try await TestFleet.withApp { client, _, _ in
            let list = try await client.execute(uri: "/api/v1/components", method: .get)
            let rows = try list.json()["components"] as? [[String: Any]] ?? []
            #expect(rows.count == 8)
            let video = rows.first { $0["id"] as? String == "ai-prod/video-moderation" }
            #expect(video?["verdict"] as? String == "deny")

            let detail = try await client.execute(uri: "/api/v1/components/ai-prod/video-moderation", method: .get)
            #expect(detail.status == .ok)
            let body = try detail.json()
            #expect((body["manifests"] as? String)?.contains("kind: Rollout") == true)
            #expect((body["findings"] as? [Any])?.isEmpty == false)

            let yaml = try await client.execute(uri: "/api/v1/components/ai-prod/video-moderation/manifests", method: .get)
            #expect(yaml.headers[.contentType]?.hasPrefix("application/yaml") == true)
            #expect(yaml.text.contains("apiVersion: argoproj.io/v1alpha1"))
        }
    }

    @Test("unknown components and routes are JSON errors with a code")
    func errors() async throws {
        try await TestFleet.withApp { client, _, _ in
            let missing = try await client.execute(uri: "/api/v1/components/ai-prod/nope", method: .get)
            #expect(missing.status == .notFound)
            #expect(try missing.json()["code"] as? String == "not-found")
            #expect((try missing.json()["message"] as? String)?.contains("ai-prod/nope") == true)

            let route = try await client.execute(uri: "/api/v1/nothing-here", method: .get)
            #expect(route.status == .notFound)
            #expect(try route.json()["code"] as? String == "not-found")
        }
    }
}
