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
        #expect(refused.status == 1 && refused.stdout.contains("WorkflowTemplate.spec: Additional properties are not allowed ('entrypointt' was unexpected)"), "\(refused.stdout)\(refused.stderr)")
    }
}

/// `purser pipeline lineage`: OpenLineage run events for one run.
@Suite struct PipelineLineageCommandTests {
    static let runID = "0190b9a4-3c1e-4d2a-8f00-123456789abc"

    @Test func printsStartAndCompleteEventsTheOpenLineageClientAccepts() throws {
        let result = try PurserCLI.run(["pipeline", "lineage", "claims-intake", "examples/pipelines", "--run-id", Self.runID, "--start", "2026-12-01T02:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let events = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(events.map { $0["eventType"] as? String } == ["START", "COMPLETE"])
        // ingest 20m → align 5m → anonymize 10m → store 5m: the run is expected to end 40 minutes later.
        #expect(events.map { $0["eventTime"] as? String } == ["2026-12-01T02:00:00.000Z", "2026-12-01T02:40:00.000Z"])
        let job = try #require(events[1]["job"] as? [String: Any])
        #expect(job["namespace"] as? String == "ai-data" && job["name"] as? String == "claims-intake")
        #expect((events[1]["run"] as? [String: Any])?["runId"] as? String == Self.runID)
        let inputs = try #require(events[1]["inputs"] as? [[String: Any]])
        #expect(inputs.map { "\($0["namespace"]!) \($0["name"]!)" } == ["kafka://kafka.data.svc:9092 claims.events.v1", "s3://claims-raw scans/"])
        let outputs = try #require(events[1]["outputs"] as? [[String: Any]])
        #expect(outputs.map { "\($0["namespace"]!) \($0["name"]!)" } == ["s3://claims-curated intake/"])
        #expect((events[0]["outputs"] as? [Any])?.isEmpty == true)

        guard let python = PipelineCommandTests.python else {
            #expect(!PipelineCommandTests.inCI, "PURSER_TEST_PIPELINE_PYTHON is not set (scripts/test.sh installs it with scripts/pipeline-tools-venv.sh)")
            return
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("purser-lineage-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        let script = PurserCLI.repoRoot.appendingPathComponent("scripts/lineage-validate.py").path
        let checked = try PurserCLI.run(URL(fileURLWithPath: python), [script, file.path])
        #expect(checked.status == 0 && checked.stdout.hasSuffix("lineage-validate: 2 events, 2 passed, 0 failed\n"), "\(checked.stdout)\(checked.stderr)")

        // Not vacuous: a run id that is no UUID is refused by the client.
        try result.stdout.replacingOccurrences(of: Self.runID, with: "run-1").write(to: file, atomically: true, encoding: .utf8)
        let refused = try PurserCLI.run(URL(fileURLWithPath: python), [script, file.path])
        #expect(refused.status == 1 && refused.stdout.contains("the OpenLineage client refuses the event"), "\(refused.stdout)\(refused.stderr)")
    }

    @Test func anUnknownPipelineIsInvalidInputNamingTheKnownOnes() throws {
        let result = try PurserCLI.run(["pipeline", "lineage", "claims", "examples/pipelines"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no pipeline named 'claims'; pipelines: ai-data/claims-intake, ai-data/feature-refresh"), "\(result.stderr)")
        let badID = try PurserCLI.run(["pipeline", "lineage", "claims-intake", "examples/pipelines", "--run-id", "run-1"])
        #expect(badID.status == 2 && badID.stderr.contains("--run-id 'run-1' is not a UUID"))
    }
}
