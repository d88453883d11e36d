import Foundation
import Testing

/// `purser recommend`: the example fleet's export in, recommendations with their spec changes out.
@Suite struct RecommendCommandTests {
    static let fleet = PurserCLI.repoRoot.appendingPathComponent("examples/fleet").path

    @Test func printsRecommendationsWithTheirChanges() throws {
        let result = try PurserCLI.run(["recommend", Self.fleet])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ai-staging/fraud-tabular  scale-to-zero"))
        #expect(result.stdout.contains("change components/risk/fraud-tabular.yaml spec.governance.costOptimization.autoscaling.minReplicas: 1 → 0"))
    }

    @Test func jsonCarriesSpecChanges() throws {
        let result = try PurserCLI.run(["recommend", Self.fleet, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let recommendations = try #require(object["recommendations"] as? [[String: Any]])
        #expect(!recommendations.isEmpty)
        let changes = recommendations.flatMap { ($0["changes"] as? [[String: Any]]) ?? [] }
        #expect(changes.contains { ($0["path"] as? [String])?.first == "spec" && $0["proposed"] is String })
    }

    @Test func aMissingExportIsInvalidInput() throws {
        let result = try PurserCLI.run(["recommend", Self.fleet, "--utilization", "/nonexistent/export.csv"])
        #expect(result.status == 2 || result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("export.csv"))
    }
}
