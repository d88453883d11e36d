import Foundation
import Testing
import PurserTestSupport

@Suite struct CostAlertsCommandTests {
    /// A copy of the example fleet whose purser.yaml routes every alert to `url`.
    func fleet(routingTo url: String, in root: URL) throws -> URL {
        let fleet = root.appendingPathComponent("fleet")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: "examples/fleet"), to: fleet)
        let settings = fleet.appendingPathComponent("purser.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8) + """

            alerts:
              receivers:
                - {name: hook, type: webhook, url: "\(url)"}
              routes:
                - kinds: [anomaly]
                  receiver: hook

            """
        try text.write(to: settings, atomically: true, encoding: .utf8)
        return fleet
    }

    @Test func sendsTheIncidentOnceAndDryRunSendsNothing() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("purser-alerts-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let hook = try RecordingHTTPServer()
        let fleet = try fleet(routingTo: hook.url + "/alerts", in: root)
        let data = root.appendingPathComponent("data").path
        let ingest = try PurserCLI.run(["cost", "ingest", "--data", data, try IncidentExport.write(into: root).path])
        try #require(ingest.status == 0, "\(ingest.stderr)")

        let dry = try PurserCLI.run(["cost", "alerts", "--dry-run", "--fleet", fleet.path, "--data", data])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("anomaly\tai-prod/chat\t\(IncidentExport.incidentDay)") && dry.stdout.contains("ServiceName Vertex AI"))
        // The example fleet's video-moderation report fails its thresholds: evaluated, not routed to this hook.
        #expect(dry.stdout.contains("evidence-failed\tai-prod/video-moderation"))
        #expect(hook.requests.isEmpty)

        let sent = try PurserCLI.run(["cost", "alerts", "--fleet", fleet.path, "--data", data, "--json"])
        #expect(sent.status == 0, "\(sent.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(sent.stdout.utf8)) as? [String: Any]
        #expect((report?["sent"] as? [Any])?.count == 1 && report?["queued"] as? Int == 1)
        #expect(hook.requests.count == 1 && hook.requests.first?.path == "/alerts")

        let again = try PurserCLI.run(["cost", "alerts", "--fleet", fleet.path, "--data", data])
        #expect(again.status == 0 && again.stdout.contains("0 queued, 0 sent, 0 failed, 0 pending"))
        #expect(hook.requests.count == 1)
    }

    @Test func aFailedDeliveryExitsOneAndStaysPending() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("purser-alerts-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let hook = try RecordingHTTPServer(statuses: [500])
        let fleet = try fleet(routingTo: hook.url, in: root)
        let data = root.appendingPathComponent("data").path
        _ = try PurserCLI.run(["cost", "ingest", "--data", data, try IncidentExport.write(into: root).path])
        let result = try PurserCLI.run(["cost", "alerts", "--fleet", fleet.path, "--data", data])
        #expect(result.status == 1)
        #expect(result.stdout.contains("1 pending") && result.stdout.contains("HTTP 500"))
    }
}
