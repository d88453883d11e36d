import Foundation
import Testing
import PurserModel
import PurserTestSupport
@testable import PurserCore
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The Alertmanager the receiver test posts to: `PURSER_TEST_ALERTMANAGER_URL`, which
/// `scripts/test.sh` sets after starting one with `scripts/start-alertmanager.sh` (under CI, or
/// with PURSER_WITH_SERVERS=1).
enum AlertmanagerTestServer {
    static let url: String? = ProcessInfo.processInfo.environment["PURSER_TEST_ALERTMANAGER_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static var inCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }
    static let skipReason: Comment = "PURSER_TEST_ALERTMANAGER_URL is not set: real-Alertmanager receiver test skipped (start one with `eval \"$(bash scripts/start-alertmanager.sh)\"` and set PURSER_TEST_ALERTMANAGER_URL=$ALERTMANAGER_URL, or run PURSER_WITH_SERVERS=1 scripts/test.sh)"
}

@Suite struct AlertmanagerReceiverTests {
    @Test func presence() {
        if AlertmanagerTestServer.inCI {
            #expect(AlertmanagerTestServer.url != nil, "CI is set but PURSER_TEST_ALERTMANAGER_URL is not: scripts/test.sh starts Alertmanager under CI")
        }
    }

    @Test(.enabled(if: AlertmanagerTestServer.url != nil, AlertmanagerTestServer.skipReason))
    func anAnomalyPostedToAlertmanagerIsActiveThereWithItsLabels() async throws {
        let base = try #require(AlertmanagerTestServer.url)
        let (ledger, folder) = try incidentLedger()
        defer { try? FileManager.default.removeItem(at: folder) }
        let settings = alertSettings([.init(name: "am", type: .alertmanager, url: base)])
        let report = try await CostAlerts(ledger: ledger, settings: settings, delivery: quickDelivery()).run()
        #expect(report.failed.isEmpty && report.sent.count == 1)

        // Read the alert back; Alertmanager stores posted alerts at once, the loop only covers a slow machine.
        let day = IncidentExport.incidentDay
        var query = URLComponents(string: base + "/api/v2/alerts")!
        query.queryItems = [URLQueryItem(name: "filter", value: "day=\"\(day)\""), URLQueryItem(name: "filter", value: "component=\"ai-prod/chat\"")]
        var found: [[String: Any]] = []
        for _ in 0..<50 {
            let (data, _) = try await URLSession.shared.data(from: query.url!)
            found = (try JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
            if !found.isEmpty { break }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        let alert = try #require(found.first)
        let labels = try #require(alert["labels"] as? [String: String])
        #expect(labels["alertname"] == "PurserCostAnomaly")
        #expect(labels["kind"] == "anomaly" && labels["component"] == "ai-prod/chat" && labels["day"] == day)
        #expect(labels["top_ServiceName"] == "Vertex AI")
        let annotations = try #require(alert["annotations"] as? [String: String])
        #expect(annotations["dashboard"] == "https://purser.example.com/components/ai-prod/chat")
        #expect(annotations["description"]?.hasPrefix("ServiceName=Vertex AI: +") == true)
        #expect(alert["generatorURL"] as? String == "https://purser.example.com/components/ai-prod/chat")
        #expect((alert["status"] as? [String: Any])?["state"] as? String == "active")
    }
}
