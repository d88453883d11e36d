import Foundation
import PurserTestSupport
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

    /// `--apply` on the example fleet: a new branch whose diff changes only the recommended values,
    /// a commit message with the evidence and the saving, and the user's checkout untouched.
    @Test func applyCommitsOnlyTheRecommendedValuesOnABranch() throws {
        let sandbox = try GitSandbox()
        defer { sandbox.remove() }
        try sandbox.copyContents(of: URL(fileURLWithPath: Self.fleet))
        _ = try sandbox.commit("fleet")
        let head = try sandbox.git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let data = sandbox.root.appendingPathComponent(".purser-data").path
        let json = try PurserCLI.run(["recommend", sandbox.root.path, "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let expected = ((report["recommendations"] as? [[String: Any]]) ?? []).flatMap { ($0["changes"] as? [[String: Any]]) ?? [] }
        try #require(!expected.isEmpty)

        let result = try PurserCLI.run(["recommend", sandbox.root.path, "--apply", "--data", data])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("applied ") })
        let branch = try #require(line.split(separator: " ").firstIndex(of: "branch").map { String(line.split(separator: " ")[$0 + 1]) })
        #expect(branch.hasPrefix("purser/recommendations/"))
        // The checkout is untouched: same HEAD, clean tree.
        #expect(try sandbox.git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines) == head)
        #expect(try sandbox.git(["status", "--porcelain"]).isEmpty)
        // Every changed line is a recommended value, and every file changed is a component file.
        let diff = try sandbox.git(["diff", "--unified=0", head, branch])
        let removed = diff.split(separator: "\n").filter { $0.hasPrefix("-") && !$0.hasPrefix("---") }
        let added = diff.split(separator: "\n").filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }
        #expect(!added.isEmpty && removed.count <= added.count)
        let proposed = Set(expected.compactMap { $0["proposed"] as? String })
        for line in added {
            let value = line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } ?? ""
            #expect(proposed.contains(value), "\(line) is not a recommended value")
        }
        let files = try sandbox.git(["diff", "--name-only", head, branch]).split(separator: "\n")
        #expect(!files.isEmpty && files.allSatisfy { $0.hasPrefix("components/") })
        let message = try sandbox.git(["log", "-1", "--format=%B", branch])
        #expect(message.contains("saving") && message.contains("/month"))
        #expect(message.contains("Utilization from"))
    }
}
