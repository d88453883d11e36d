import Foundation
import Testing

/// `purser drift --live`: exit 0 in sync, 1 drifted, 2 for a live file that cannot be read.
@Suite struct DriftCommandTests {
    static let fleet = PurserCLI.repoRoot.appendingPathComponent("examples/fleet").path

    /// The fleet's own rendered manifests, as a live folder.
    static func renderedFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-drift-\(UUID().uuidString)")
        let result = try PurserCLI.run(["render", fleet, "--out", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        return folder
    }

    @Test func aClusterRunningTheRenderIsInSync() throws {
        let folder = try Self.renderedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try PurserCLI.run(["drift", Self.fleet, "--live", folder.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("in sync: "))
    }

    @Test func aDeletedObjectIsDrift() throws {
        let folder = try Self.renderedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("ai-prod/support-chat-llm.yaml")
        try FileManager.default.removeItem(at: file)
        let result = try PurserCLI.run(["drift", Self.fleet, "--live", folder.path, "--json"])
        #expect(result.status == 1, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["inSync"] as? Bool == false)
        let missing = try #require(object["missingInCluster"] as? [[String: Any]])
        #expect(!missing.isEmpty && missing.allSatisfy { $0["namespace"] as? String == "ai-prod" && $0["name"] as? String != nil })
    }

    @Test func malformedLiveYAMLIsALocatedInvalidInput() throws {
        let folder = try Self.renderedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n  labels: {a: b\n".write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let result = try PurserCLI.run(["drift", Self.fleet, "--live", folder.path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("broken.yaml:"), "\(result.stderr)")
    }
}
