import Foundation
import Testing

/// `purser plan` and `purser render` over data pipelines (docs/pipeline-spec.md).
@Suite struct PipelineCommandTests {
    static var python: String? { ProcessInfo.processInfo.environment["PURSER_TEST_PIPELINE_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } }
    static var inCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    @Test func aPipelineWithoutAnAlignmentStepFailsThePlan() throws {
        let result = try PurserCLI.run(["plan", "examples/pipelines"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("✗ MissingAlignmentCheck ai-data/feature-refresh: store step 'store' writes to s3://features/fraud/ but no alignmentCheck step precedes it; add one to its dependsOn chain (components/feature-refresh.yaml:30:13)"))
        #expect(result.stdout.contains("ai-data/claims-intake"))
        #expect(result.stdout.contains("ingest → align → anonymize → store"))
    }

    @Test func aCycleIsInvalidInputWithItsLocation() throws {
        let result = try PurserCLI.run(["plan", "examples/broken-fleet"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("components/pipeline.yaml:19:19: error: spec.steps[0].dependsOn[0]: steps form a cycle: clean → check → clean; a pipeline's steps must form a DAG [dependency-cycle]"), "\(result.stdout)")
    }

    @Test func renderedWorkflowsPassArgosAPISchema() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("purser-pipelines-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let render = try PurserCLI.run(["render", "examples/pipelines", "--out", out.path])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stdout == "rendered 2 objects for 0 components and 2 pipelines into \(out.path)\n")
        let files = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files == ["ai-data/pipelines/claims-intake.yaml", "ai-data/pipelines/feature-refresh.yaml"])
        guard let python = Self.python else {
            #expect(!Self.inCI, "PURSER_TEST_PIPELINE_PYTHON is not set (scripts/test.sh installs it with scripts/pipeline-tools-venv.sh)")
            return
        }
        let paths = files.map { out.appendingPathComponent($0).path }
        let checked = try PurserCLI.run(URL(fileURLWithPath: python), [PurserCLI.repoRoot.appendingPathComponent("scripts/argo-validate.py").path] + paths)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout.hasSuffix("argo-validate: 2 resources, 2 passed, 0 failed\n"), "\(checked.stdout)")

        // The check is not vacuous: a field Argo does not define fails it.
        let broken = paths[1]
        let text = try String(contentsOfFile: broken, encoding: .utf8)
        try text.replacingOccurrences(of: "  entrypoint: run\n", with: "  entrypoint: run\n  entrypointt: run\n").write(toFile: broken, atomically: true, encoding: .utf8)
        let refused = try PurserCLI.run(URL(fileURLWithPath: python), [PurserCLI.repoRoot.appendingPathComponent("scripts/argo-validate.py").path, broken])
        #expect(refused.status == 1 && refused.stdout.contains("Workflow.spec.entrypointt: unknown field"), "\(refused.stdout)\(refused.stderr)")
    }
}
