import Testing
import PurserModel
import PurserRender

@Suite struct ComponentRendererTests {
    static let placements = [
        "nvidia-l4": AcceleratorPlacement(resourceName: "nvidia.com/gpu", nodeSelector: ["cloud.google.com/gke-accelerator": "nvidia-l4"]),
        "amd-mi300x": AcceleratorPlacement(resourceName: "amd.com/gpu", nodeSelector: [:]),
    ]
    let renderer = ComponentRenderer(options: RenderOptions(placements: placements, prometheusAddress: "http://prom:9090"))

    func component(_ release: String, limits: String = "cpu: \"2\"\n        memory: 8Gi", min: Int = 1) throws -> Component {
        let yaml = """
        apiVersion: apexlogic.io/v1alpha1
        kind: MultimodalAIComponent
        metadata:
          name: vision
          namespace: ai-prod
          labels: {team: ml}
          annotations: {owner: ml@example.com}
        spec:
          model: {name: clip, version: "3.2.0", repository: mlflow-registry, endpoint: "https://m.example.com/v3", modality: [image, text]}
          governance:
            dataPrivacy: {level: internal}
            costOptimization:
              resourceLimits:
                \(limits)
              autoscaling: {minReplicas: \(min), maxReplicas: 4, targetCPUUtilizationPercentage: 70}
          release:
        \(release)
        """
        let fleet = FleetDecoder.decode(componentFiles: [SourceFile(path: "components/vision.yaml", text: yaml)], settingsFile: nil)
        try #require(fleet.diagnostics.isEmpty, "\(fleet.diagnostics)")
        return fleet.components[0]
    }

    @Test func rollingIsADeploymentWithServiceAndAutoscaler() throws {
        let rendered = renderer.render(try component("    strategy: rolling"), decisions: RenderDecisions(maxReplicas: 4))
        #expect(rendered.objects.map(\.kind) == ["Deployment", "Service", "HorizontalPodAutoscaler"])
        let deployment = rendered.objects[0].body
        #expect(deployment["metadata"]?["labels"]?["team"] == .string("ml"))
        #expect(deployment["metadata"]?["annotations"]?["owner"] == .string("ml@example.com"))
        let hpa = rendered.objects[2].body["spec"]
        #expect(hpa?["maxReplicas"] == .int(4))
        #expect(hpa?["scaleTargetRef"]?["kind"] == .string("Deployment"))
        #expect(hpa?["metrics"]?.listValue?.first?["resource"]?["target"]?["averageUtilization"] == .int(70))
        #expect(rendered.relativePath == "ai-prod/vision.yaml")
    }

    @Test func canaryIsARolloutWithStepsAndAnalysis() throws {
        let release = """
            strategy: canary
            steps: [10, 25, 100]
            rolloutMetrics:
              - {name: error_rate, threshold: 0.01}
              - {name: latency_p95, threshold: "200ms"}
        """
        let rendered = renderer.render(try component(release), decisions: RenderDecisions(maxReplicas: 4))
        #expect(rendered.objects.map(\.kind) == ["Rollout", "Service", "HorizontalPodAutoscaler", "AnalysisTemplate"])
        let steps = try #require(rendered.objects[0].body["spec"]?["strategy"]?["canary"]?["steps"]?.listValue)
        #expect(steps.compactMap { $0["setWeight"]?.intValue } == [10, 25])
        #expect(steps.filter { $0["analysis"] != nil }.count == 2)
        let metrics = try #require(rendered.objects[3].body["spec"]?["metrics"]?.listValue)
        #expect(metrics.map { $0["name"]?.stringValue } == ["error-rate", "latency-p95"])
        #expect(metrics[1]["successCondition"] == .string("len(result) > 0 && result[0] <= 0.2"))
        #expect(metrics[0]["provider"]?["prometheus"]?["address"] == .string("http://prom:9090"))
        #expect(rendered.objects[3].body["spec"]?["dryRun"] == nil)
    }

    @Test func noRollbackMakesEveryMetricADryRun() throws {
        let release = "    strategy: canary\n    rolloutMetrics: [{name: throughput_min, threshold: 50}]\n    rollbackOnFailure: false"
        let rendered = renderer.render(try component(release), decisions: RenderDecisions(maxReplicas: 4))
        let template = try #require(rendered.objects.last?.body["spec"])
        #expect(template["dryRun"]?.listValue?.first?["metricName"] == .string("throughput-min"))
    }

    @Test func blueGreenAddsAPreviewService() throws {
        let rendered = renderer.render(try component("    strategy: blueGreen"), decisions: RenderDecisions(maxReplicas: 4))
        #expect(rendered.objects.map(\.name) == ["vision", "vision", "vision-preview", "vision"])
        #expect(rendered.objects[0].body["spec"]?["strategy"]?["blueGreen"]?["previewService"] == .string("vision-preview"))
    }

    @Test func acceleratorsBecomeExtendedResourcesAndPlacement() throws {
        let limits = "cpu: \"4\"\n        memory: 32Gi\n        gpu: 2\n        accelerator: nvidia-l4"
        let rendered = renderer.render(try component("    strategy: rolling", limits: limits), decisions: RenderDecisions(maxReplicas: 4))
        let pod = try #require(rendered.objects[0].body["spec"]?["template"]?["spec"])
        let resources = pod["containers"]?.listValue?.first?["resources"]
        #expect(resources?["limits"]?["nvidia.com/gpu"] == .string("2"))
        #expect(resources?["requests"]?["memory"] == .string("32Gi"))
        #expect(pod["nodeSelector"]?["cloud.google.com/gke-accelerator"] == .string("nvidia-l4"))
        #expect(pod["tolerations"]?.listValue?.first?["key"] == .string("nvidia.com/gpu"))

        let amd = "cpu: \"4\"\n        memory: 32Gi\n        gpu: 1\n        accelerator: amd-mi300x"
        let amdPod = renderer.render(try component("    strategy: rolling", limits: amd), decisions: RenderDecisions(maxReplicas: 4)).objects[0].body["spec"]?["template"]?["spec"]
        #expect(amdPod?["containers"]?.listValue?.first?["resources"]?["limits"]?["amd.com/gpu"] == .string("1"))
    }

    @Test func budgetCapAndScaleToZeroAreVisibleOnTheAutoscaler() throws {
        let rendered = renderer.render(try component("    strategy: rolling", min: 0), decisions: RenderDecisions(maxReplicas: 2))
        let hpa = rendered.objects[2].body
        #expect(hpa["spec"]?["maxReplicas"] == .int(2))
        #expect(hpa["spec"]?["minReplicas"] == .int(1))
        #expect(hpa["metadata"]?["annotations"]?["purser.io/budget-capped-max-replicas"] == .string("4->2"))
        #expect(hpa["metadata"]?["annotations"]?["purser.io/scale-to-zero"] == .string("true"))
    }

    @Test func outputIsDeterministic() throws {
        let c = try component("    strategy: canary\n    rolloutMetrics: [{name: error_rate, threshold: 0.01}]")
        let first = renderer.render(c, decisions: RenderDecisions(maxReplicas: 4, workloadAnnotations: ["b": "2", "a": "1"])).yaml
        for _ in 0..<5 {
            #expect(renderer.render(c, decisions: RenderDecisions(maxReplicas: 4, workloadAnnotations: ["a": "1", "b": "2"])).yaml == first)
        }
        #expect(first.hasPrefix("---\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: vision\n"))
    }
}
