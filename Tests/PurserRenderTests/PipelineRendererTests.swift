import Foundation
import Testing
import PurserModel
import PurserRender

@Suite struct PipelineRendererTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/pipelines/components")
    let renderer = PipelineRenderer(options: RenderOptions(placements: ComponentRendererTests.placements))

    func pipeline(_ file: String) throws -> Pipeline {
        let text = try String(contentsOf: Self.examples.appendingPathComponent(file), encoding: .utf8)
        let fleet = FleetDecoder.decode(componentFiles: [SourceFile(path: "components/\(file)", text: text)], settingsFile: nil)
        #expect(fleet.diagnostics == [])
        return try #require(fleet.pipelines.first)
    }

    @Test func aScheduledPipelineIsACronWorkflowWithADAGOfItsSteps() throws {
        let rendered = renderer.render(try pipeline("claims-intake.yaml"))
        #expect(rendered.relativePath == "ai-data/pipelines/claims-intake.yaml")
        let cron = try #require(rendered.objects.first)
        #expect(rendered.objects.count == 1 && cron.kind == "CronWorkflow" && cron.apiVersion == "argoproj.io/v1alpha1")
        #expect(cron.body["metadata"]?["name"]?.stringValue == "claims-intake")
        #expect(cron.body["metadata"]?["labels"]?["purser.io/pipeline"]?.stringValue == "claims-intake")
        #expect(cron.body["metadata"]?["annotations"]?["purser.io/privacy-level"]?.stringValue == "GDPR_compliant")
        let spec = try #require(cron.body["spec"])
        #expect(spec["schedules"]?.listValue?.compactMap(\.stringValue) == ["0 2 * * *"] && spec["schedule"] == nil && spec["concurrencyPolicy"]?.stringValue == "Forbid")
        let workflow = try #require(spec["workflowSpec"])
        #expect(workflow["entrypoint"]?.stringValue == "run")
        let templates = try #require(workflow["templates"]?.listValue)
        #expect(templates.map { $0["name"]?.stringValue } == ["run", "step-ingest", "step-align", "step-anonymize", "step-store"])
        let tasks = try #require(templates[0]["dag"]?["tasks"]?.listValue)
        #expect(tasks.map { $0["template"]?.stringValue } == ["step-ingest", "step-align", "step-anonymize", "step-store"])
        #expect(tasks.map { $0["dependencies"]?.listValue?.compactMap(\.stringValue) } == [nil, ["ingest"], ["align"], ["anonymize"]])
        let ingest = try #require(templates[1]["container"])
        #expect(ingest["image"]?.stringValue == "ghcr.io/example/claims-ingest:1.4.0")
        #expect(ingest["command"]?.listValue?.compactMap(\.stringValue) == ["python", "-m", "intake.ingest"])
        #expect(ingest["resources"]?["limits"] == ingest["resources"]?["requests"])
        #expect(ingest["resources"]?["limits"]?["memory"]?.stringValue == "8Gi")
        #expect(templates[1]["metadata"]?["labels"]?["purser.io/step-kind"]?.stringValue == "ingest")
        let env = try #require(templates[4]["container"]?["env"]?.listValue)
        #expect(env.compactMap { $0["name"]?.stringValue } == ["PURSER_SOURCES", "PURSER_OUTPUT"])
        #expect(env[0]["value"]?.stringValue == #"[{"bootstrap":"kafka.data.svc:9092","kind":"kafka","name":"claim-events","topic":"claims.events.v1"},{"kind":"objectStore","name":"scans","uri":"s3://claims-raw/scans/"}]"#)
        #expect(env[1]["value"]?.stringValue == "s3://claims-curated/intake/")
    }

    @Test func anUnscheduledPipelineIsANamedWorkflowTemplateAndAcceleratorsArePlaced() throws {
        let rendered = renderer.render(try pipeline("feature-refresh.yaml"))
        let workflow = try #require(rendered.objects.first)
        // Named, so `kubectl apply`, Argo CD and Flux can own it; runs are submitted from it.
        #expect(workflow.kind == "WorkflowTemplate" && workflow.name == "feature-refresh")
        #expect(workflow.body["metadata"]?["name"]?.stringValue == "feature-refresh" && workflow.body["metadata"]?["generateName"] == nil)
        #expect(workflow.body["spec"]?["workflowMetadata"]?["labels"]?["purser.io/pipeline"]?.stringValue == "feature-refresh")
        let train = try #require(workflow.body["spec"]?["templates"]?.listValue?.first { $0["name"]?.stringValue == "step-train" })
        #expect(train["container"]?["resources"]?["limits"]?["nvidia.com/gpu"]?.stringValue == "1")
        #expect(train["nodeSelector"]?["cloud.google.com/gke-accelerator"]?.stringValue == "nvidia-l4")
        #expect(train["tolerations"]?.listValue?.first?["key"]?.stringValue == "nvidia.com/gpu")
        #expect(rendered.yaml.hasPrefix("---\napiVersion: argoproj.io/v1alpha1\nkind: WorkflowTemplate\nmetadata:\n  name: feature-refresh\n"))
    }
}
