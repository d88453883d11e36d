import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import PurserServer

@Suite("Cost API")
struct CostAPITests {
    @Test("costs by component from the ledger, with the unallocated bucket")
    func byComponent() async throws {
        try await TestFleet.withApp(ingest: true) { client, _, _ in
            let response = try await client.execute(uri: "/api/v1/costs?by=component", method: .get)
            #expect(response.status == .ok)
            let report = try response.json()
            let keys = (report["rows"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
            #expect(keys.contains("ai-prod/support-chat-llm"))
            #expect(keys.contains("__unallocated__"))
        }
    }

    @Test("a date range narrows the report; bad parameters are 400")
    func range() async throws {
        try await TestFleet.withApp(ingest: true) { client, _, _ in
            let narrow = try await client.execute(uri: "/api/v1/costs?by=day&from=2026-11-01&to=2026-11-07", method: .get).json()
            #expect((narrow["rows"] as? [Any])?.count == 7)
            let badBy = try await client.execute(uri: "/api/v1/costs?by=colour", method: .get)
            #expect(badBy.status == .badRequest)
            #expect((try badBy.json()["message"] as? String)?.contains("component") == true)
            let badDay = try await client.execute(uri: "/api/v1/costs?from=2026-13-01", method: .get)
            #expect(badDay.status == .badRequest)
        }
    }

    @Test("a component's daily history has a forecast and the incident marked as an anomaly")
    func daily() async throws {
        try await TestFleet.withApp(ingest: true) { client, _, _ in
            let history = try await client.execute(uri: "/api/v1/costs/daily?component=ai-prod/support-chat-llm", method: .get).json()
            let days = history["days"] as? [[String: Any]] ?? []
            #expect(days.count >= 50)
            #expect((history["forecast"] as? [Any])?.count == 14)
            #expect(days.contains { $0["anomaly"] != nil })
        }
    }

    @Test("budgets compare billed days with the plan")
    func budgets() async throws {
        try await TestFleet.withApp(ingest: true) { client, _, _ in
            let response = try await client.execute(uri: "/api/v1/budgets", method: .get)
            #expect(response.status == .ok)
            #expect((try response.json()["components"] as? [Any])?.isEmpty == false)
        }
    }
}
