import Foundation
import HummingbirdTesting
import Testing
@testable import PurserServer

/// The dashboard and `purser cost forecast` must never show two forecasts for one component.
@Suite("Forecast agreement")
struct ForecastAgreementTests {
    /// The built `purser` binary next to the test bundle.
    static var binary: URL {
        var directory = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("purser")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/purser")
    }

    static func cliForecast(ledger: String, component: String) throws -> [[String: Any]] {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["cost", "forecast", "--data", URL(fileURLWithPath: ledger).deletingLastPathComponent().path,
                             "--component", component, "--horizon", "14", "--json"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let series = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
        return try #require(series.first)["days"] as? [[String: Any]] ?? []
    }

    @Test("the component page's forecast equals purser cost forecast --json", arguments: ["ai-prod/support-chat-llm", "ai-prod/video-moderation"])
    func dashboardEqualsCLI(component: String) async throws {
        try await TestFleet.withApp(ingest: true) { client, plane, _ in
            plane.audit.flush()
            let history = try await client.execute(uri: "/api/v1/costs/daily?component=\(component)", method: .get).json()
            let served = history["forecast"] as? [[String: Any]] ?? []
            let cli = try Self.cliForecast(ledger: plane.configuration.ledgerPath, component: component)
            #expect(served.count == 14 && cli.count == 14)
            for (a, b) in zip(served, cli) {
                #expect(a["day"] as? String == b["day"] as? String)
                #expect(a["mean"] as? Double == b["mean"] as? Double)
                #expect(a["lower"] as? Double == b["lower80"] as? Double)
                #expect(a["upper"] as? Double == b["upper80"] as? Double)
            }
        }
    }
}
