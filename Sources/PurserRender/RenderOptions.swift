import PurserModel

/// What the renderer needs beyond the component itself.
public struct RenderOptions: Sendable {
    /// Kubernetes placement per accelerator key (from the pricing catalog).
    public var placements: [String: AcceleratorPlacement]
    /// The Prometheus address AnalysisTemplates query.
    public var prometheusAddress: String
    /// The image of each serving runtime.
    public var images: ServingImages
    /// The MLflow tracking server (`governance.registry.mlflow.url`) MLServer's MLflow runtime
    /// resolves `models:/` URIs against; nil renders no `MLFLOW_TRACKING_URI`.
    public var mlflowTrackingURI: String?
    /// Purser's server as the cluster reaches it (`governance.canary.judgeURL`); when set, every
    /// AnalysisTemplate also asks its canary judge (`/api/v1/canary/{namespace}/{name}/judgement`).
    public var canaryJudgeURL: String?

    public init(placements: [String: AcceleratorPlacement], prometheusAddress: String = RenderSettings().prometheusAddress,
                images: ServingImages = ServingImages(), mlflowTrackingURI: String? = nil, canaryJudgeURL: String? = nil) {
        self.placements = placements
        self.prometheusAddress = prometheusAddress
        self.images = images
        self.mlflowTrackingURI = mlflowTrackingURI
        self.canaryJudgeURL = canaryJudgeURL
    }
}

/// The decisions the plan made that change what is rendered.
public struct RenderDecisions: Sendable, Hashable {
    /// The autoscaler's maxReplicas after the budget cap.
    public var maxReplicas: Int
    /// Extra annotations for the workload, e.g. `ai-alignment-report-id`.
    public var workloadAnnotations: [String: String]

    public init(maxReplicas: Int, workloadAnnotations: [String: String] = [:]) {
        self.maxReplicas = maxReplicas
        self.workloadAnnotations = workloadAnnotations
    }
}

/// All objects rendered for one component.
public struct RenderedComponent: Sendable, Hashable {
    public var id: String
    public var objects: [KubernetesObject]
    /// Path of the manifest file in a rendered tree: `<namespace>/<name>.yaml` for a component,
    /// `<namespace>/pipelines/<name>.yaml` for a pipeline.
    public var relativePath: String

    public init(id: String, objects: [KubernetesObject], relativePath: String? = nil) {
        self.id = id
        self.objects = objects
        let parts = id.split(separator: "/")
        self.relativePath = relativePath ?? "\(parts[0])/\(parts[1]).yaml"
    }

    /// All objects as one multi-document YAML stream.
    public var yaml: String { YAMLEmitter.emit(documents: objects.map(\.body)) }

    /// The same stream as UTF-8 bytes, for writing to a file.
    public var yamlBytes: [UInt8] { YAMLEmitter.bytes(documents: objects.map(\.body)) }

    /// The Deployment, Rollout or KServe InferenceService.
    public var workload: KubernetesObject? { objects.first { ["Deployment", "Rollout", "InferenceService"].contains($0.kind) } }
}
