import Testing
import PurserModel
import PurserRender

/// What each runtime's workload runs: the configuration that runtime documents, so the model
/// actually loads and Prometheus finds the metrics the AnalysisTemplate queries.
@Suite struct ServingRuntimeRenderTests {
    let renderer = ComponentRenderer(options: RenderOptions(placements: ComponentRendererTests.placements, mlflowTrackingURI: "http://mlflow.example.com:5000"))

    func component(runtime: String?, repository: String = "mlflow-registry", version: String = "3", modality: String = "[tabular]",
                   release: String = "strategy: rolling", gpu: Bool = false) throws -> Component {
        let runtimeLine = runtime.map { "\n    runtime: \($0)" } ?? ""
        let accelerator = gpu ? "\n        gpu: 1\n        accelerator: nvidia-l4" : ""
        let yaml = """
        apiVersion: apexlogic.io/v1alpha1
        kind: MultimodalAIComponent
        metadata: {name: scorer, namespace: ai-prod}
        spec:
          model:
            name: fraud-gbm
            version: "\(version)"
            repository: \(repository)
            endpoint: "https://m.example.com/fraud"
            modality: \(modality)\(runtimeLine)
          governance:
            dataPrivacy: {level: internal}
            costOptimization:
              resourceLimits:
                cpu: "2"
                memory: 4Gi\(accelerator)
              autoscaling: {minReplicas: 1, maxReplicas: 6, targetCPUUtilizationPercentage: 60}
          release:
            \(release)
            rolloutMetrics: [{name: error_rate, threshold: 0.01}]
        """
        let fleet = FleetDecoder.decode(componentFiles: [SourceFile(path: "components/scorer.yaml", text: yaml)], settingsFile: nil)
        try #require(fleet.diagnostics.isEmpty, "\(fleet.diagnostics)")
        return fleet.components[0]
    }

    /// A plan lists the objects by name without rendering them: the names must be exactly what
    /// rendering makes, for every runtime and strategy, with and without rollout metrics.
    @Test func objectNamesAreTheRenderedObjectsNames() throws {
        let releases = ["strategy: rolling", "strategy: canary", "strategy: blueGreen"]
        for runtime in [nil, "mlserver", "vllm", "triton", "kserve"] {
            for release in releases {
                for metrics in [true, false] {
                    var c = try component(runtime: runtime, release: release, gpu: runtime == "vllm")
                    if !metrics { c.spec.release.rolloutMetrics = [] }
                    let rendered = renderer.render(c, decisions: RenderDecisions(maxReplicas: 6)).objects.map { "\($0.kind)/\($0.name)" }
                    #expect(renderer.objectNames(c) == rendered, "\(runtime ?? "default") \(release) metrics: \(metrics)")
                }
            }
        }
        // A name long enough that the preview Service's name is cut at 63 characters.
        var long = try component(runtime: nil, release: "strategy: blueGreen")
        long.metadata.name = String(repeating: "a", count: 60)
        #expect(renderer.objectNames(long) == renderer.render(long, decisions: RenderDecisions(maxReplicas: 6)).objects.map { "\($0.kind)/\($0.name)" })
    }

    func container(_ component: Component) throws -> ManifestValue {
        let rendered = renderer.render(component, decisions: RenderDecisions(maxReplicas: 6))
        return try #require(rendered.objects[0].body["spec"]?["template"]?["spec"]?["containers"]?.listValue?.first)
    }

    func env(_ container: ManifestValue) -> [String: String] {
        var out: [String: String] = [:]
        for item in container["env"]?.listValue ?? [] {
            if case .string(let name)? = item["name"], case .string(let value)? = item["value"] { out[name] = value }
        }
        return out
    }

    @Test func mlserverLoadsTheModelFromItsOwnVariables() throws {
        let c = try container(try component(runtime: nil))
        #expect(c["image"] == .string("docker.io/seldonio/mlserver:1.6.1"))
        #expect(env(c) == [
            "MLSERVER_MODEL_NAME": "fraud-gbm", "MLSERVER_MODEL_VERSION": "3",
            "MLSERVER_MODEL_IMPLEMENTATION": "mlserver_mlflow.MLflowRuntime", "MLSERVER_MODEL_URI": "models:/fraud-gbm/3",
            "MLSERVER_HTTP_PORT": "8080", "MLSERVER_GRPC_PORT": "8081", "MLSERVER_METRICS_PORT": "8082",
            "MLFLOW_TRACKING_URI": "http://mlflow.example.com:5000",
        ])
        #expect(c["ports"]?.listValue?.map { $0["containerPort"] } == [.int(8080), .int(8081), .int(8082)])
        #expect(c["readinessProbe"]?["httpGet"]?["path"] == .string("/v2/health/ready"))
        #expect(c["livenessProbe"]?["httpGet"]?["path"] == .string("/v2/health/live"))
    }

    @Test func mlserverServesOtherRepositoriesWithScikitLearn() throws {
        let c = try container(try component(runtime: "mlserver", repository: "s3://models/", version: "1.2.0"))
        #expect(env(c)["MLSERVER_MODEL_IMPLEMENTATION"] == "mlserver_sklearn.SKLearnModel")
        #expect(env(c)["MLSERVER_MODEL_URI"] == "s3://models/fraud-gbm/1.2.0")
        #expect(env(c)["MLFLOW_TRACKING_URI"] == nil)
        let aliased = try container(try component(runtime: "mlserver", version: "@champion"))
        #expect(env(aliased)["MLSERVER_MODEL_URI"] == "models:/fraud-gbm@champion")
    }

    @Test func podsTellPrometheusWhereTheMetricsAre() throws {
        let rendered = renderer.render(try component(runtime: nil), decisions: RenderDecisions(maxReplicas: 6, workloadAnnotations: ["ai-alignment-report-id": "aar-1"]))
        let annotations = rendered.objects[0].body["spec"]?["template"]?["metadata"]?["annotations"]
        #expect(annotations?["prometheus.io/scrape"] == .string("true"))
        #expect(annotations?["prometheus.io/port"] == .string("8082"))
        #expect(annotations?["prometheus.io/path"] == .string("/metrics"))
        #expect(annotations?["ai-alignment-report-id"] == .string("aar-1"))
    }

    @Test func vllmRunsTheOpenAIServerOnPort8000() throws {
        let c = try container(try component(runtime: nil, repository: "/models", version: "4.1.0", modality: "[text]"))
        #expect(c["image"] == .string("docker.io/vllm/vllm-openai:v0.8.5"))
        #expect(c["args"] == .list(["--model", "/models/fraud-gbm/4.1.0", "--served-model-name", "fraud-gbm", "--port", "8000"].map { .string($0) }))
        #expect(c["env"] == nil, "no MODEL_* variables the server would ignore")
        #expect(c["ports"]?.listValue?.map { $0["containerPort"] } == [.int(8000)])
        #expect(c["readinessProbe"]?["httpGet"]?["path"] == .string("/health"))
    }

    @Test func tritonLoadsTheModelFromItsRepository() throws {
        let c = try container(try component(runtime: nil, repository: "gs://triton-models", version: "2.0.0", modality: "[image, text]", gpu: true))
        #expect(c["command"] == .list([.string("tritonserver")]))
        let args = c["args"]?.listValue ?? []
        #expect(args.contains(.string("--model-repository=gs://triton-models")))
        #expect(args.contains(.string("--load-model=fraud-gbm")))
        #expect(args.contains(.string("--metrics-config=summary_latencies=true")))
        #expect(c["ports"]?.listValue?.map { $0["containerPort"] } == [.int(8000), .int(8001), .int(8002)])
        #expect(c["resources"]?["limits"]?["nvidia.com/gpu"] == .string("1"))
    }

    @Test func kserveIsOneInferenceService() throws {
        let release = "strategy: canary\n    steps: [20, 100]"
        let rendered = renderer.render(try component(runtime: "kserve", release: release), decisions: RenderDecisions(maxReplicas: 3))
        #expect(rendered.objects.map(\.kind) == ["InferenceService"])
        #expect(rendered.workload?.kind == "InferenceService")
        let body = rendered.objects[0].body
        #expect(body["apiVersion"] == .string("serving.kserve.io/v1beta1"))
        #expect(body["metadata"]?["annotations"]?["purser.io/budget-capped-max-replicas"] == .string("6->3"))
        let predictor = body["spec"]?["predictor"]
        #expect(predictor?["maxReplicas"] == .int(3))
        #expect(predictor?["canaryTrafficPercent"] == .int(20))
        #expect(predictor?["model"]?["modelFormat"]?["name"] == .string("mlflow"))
        #expect(predictor?["model"]?["runtime"] == .string("kserve-mlserver"))
        #expect(predictor?["model"]?["storageUri"] == .string("models:/fraud-gbm/3"))
        #expect(predictor?["model"]?["resources"]?["requests"]?["memory"] == .string("4Gi"))
    }

    @Test func theAnalysisTemplateQueriesWhatTheRuntimeExports() throws {
        let release = "strategy: canary"
        let mlserver = renderer.render(try component(runtime: nil, release: release), decisions: RenderDecisions(maxReplicas: 6))
        let query = mlserver.objects.last?.body["spec"]?["metrics"]?.listValue?.first?["provider"]?["prometheus"]?["query"]
        guard case .string(let text)? = query else { Issue.record("no query"); return }
        #expect(text.contains("rest_server_requests_total"))
        #expect(!text.contains("http_requests_total"))
    }
}
