import Foundation
import Testing
import PurserCore
import PurserTestSupport
@testable import PurserServer

/// The whole path: `purser.yaml` routes anomalies to a webhook, the server ingests a FOCUS export
/// with an injected incident, and the alert arrives at a recording HTTP server naming the service.
@Suite struct AlertDeliveryTests {
    @Test func anIngestedIncidentIsAlertedByTheServerNamingTheService() async throws {
        let hook = try RecordingHTTPServer()
        let fleet = try TestFleet()
        defer { fleet.remove() }
        let settings = try fleet.read("purser.yaml")
        try fleet.write("purser.yaml", settings + """

            alerts:
              dashboardURL: https://purser.example.com/
              receivers:
                - name: finops
                  type: webhook
                  url: \(hook.url)/purser
              routes:
                - kinds: [anomaly]
                  receiver: finops

            """)
        try fleet.commitAll("route anomalies to the finops webhook")
        let plane = try await fleet.plane()
        let export = try IncidentExport.write(into: fleet.root)

        try plane.ingest(files: [export])          // returns at once; the round runs in the background
        var requests: [RecordingHTTPServer.Request] = []
        for _ in 0..<600 where requests.isEmpty {  // a bound for a slow machine, not a timing check
            try await Task.sleep(nanoseconds: 50_000_000)
            requests = hook.requests
        }
        let request = try #require(requests.first)
        #expect(request.path == "/purser")
        let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
        let alert = try #require(body["alert"] as? [String: Any])
        #expect(alert["kind"] as? String == "anomaly")
        #expect(alert["component"] as? String == "ai-prod/chat")
        #expect(alert["day"] as? String == IncidentExport.incidentDay)
        #expect(alert["link"] as? String == "https://purser.example.com/components/ai-prod/chat")
        let top = try #require((alert["contributors"] as? [[String: Any]])?.first)
        #expect(top["dimension"] as? String == "ServiceName" && top["value"] as? String == "Vertex AI")

        // A later round (once the background one finished) finds the alert already sent.
        var again: CostAlerts.Report?
        for _ in 0..<600 where again == nil {
            again = await plane.evaluateAlerts(trigger: "test")     // nil while the ingest's round still runs
            if again == nil { try await Task.sleep(nanoseconds: 50_000_000) }
        }
        let report = try #require(again)
        // The example fleet's failing video-moderation report is evaluated too; only anomalies are routed.
        #expect(report.evaluated.map(\.kind) == ["anomaly", "evidence-failed"])
        #expect(report.evaluated.first?.key == "anomaly|ai-prod/chat|\(IncidentExport.incidentDay)")
        #expect(report.queued == 0 && report.sent.isEmpty && report.pending == 0)
        #expect(hook.requests.count == 1)
    }
}
