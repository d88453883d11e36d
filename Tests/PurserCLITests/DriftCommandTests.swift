import Foundation
import PurserTestSupport
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

    @Test func comparesWithTheCommittedRenderedBranch() throws {
        let sandbox = try GitSandbox()
        defer { sandbox.remove() }
        try sandbox.copyContents(of: PurserCLI.repoRoot.appendingPathComponent("examples/fleet"))
        _ = try sandbox.commit("fleet")
        let committed = try PurserCLI.run(["render", sandbox.root.path, "--rev", "HEAD", "--commit"])
        #expect(committed.status == 0, "\(committed.stderr)")
        let folder = try Self.renderedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inSync = try PurserCLI.run(["drift", sandbox.root.path, "--live", folder.path, "--branch", "purser/rendered"])
        #expect(inSync.status == 0, "\(inSync.stdout)\(inSync.stderr)")
        // The branch, not the working tree, is what is compared: a cluster still on the old render drifts.
        let file = folder.appendingPathComponent("ai-prod/support-chat-llm.yaml")
        let edited = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "image: docker.io/vllm/vllm-openai:v0.8.5", with: "image: docker.io/vllm/vllm-openai:v0.8.4")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let drifted = try PurserCLI.run(["drift", sandbox.root.path, "--live", folder.path, "--branch", "purser/rendered"])
        #expect(drifted.status == 1, "\(drifted.stderr)")
        #expect(drifted.stdout.contains("changed spec.template.spec.containers[model-server].image: rendered \"docker.io/vllm/vllm-openai:v0.8.5\", live \"docker.io/vllm/vllm-openai:v0.8.4\""), "\(drifted.stdout)")
    }
}
