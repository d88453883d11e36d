import PurserModel

/// A KServe `InferenceService` (`serving.kserve.io/v1beta1`) for a component with runtime `kserve`:
/// the predictor names the model's format (`mlflow` for registry models, else `sklearn`) and its
/// storage URI and runs on KServe's MLServer runtime (`kserve-mlserver`, V2 protocol), so its pods
/// export MLServer's metrics. KServe creates the Deployment, Service and autoscaler itself; the
/// predictor carries the replica range (after any budget cap), the CPU target, resources and
/// placement. A canary sends its first step's share of traffic to the new revision
/// (`canaryTrafficPercent`); KServe promotes it when the share is raised to 100.
struct InferenceServiceRenderer {
    let renderer: ComponentRenderer

    func render(_ component: Component, decisions: RenderDecisions) -> KubernetesObject {
        let limits = component.spec.governance.costOptimization.resourceLimits
        let scaling = component.spec.governance.costOptimization.autoscaling
        let placement = limits.gpu > 0 ? limits.accelerator.flatMap { renderer.options.placements[$0] } : nil
        let resources = PodTemplateRenderer.resources(limits, placement)
        let model: ManifestValue = .map([
            ("modelFormat", .map([("name", .string(Self.modelFormat(component.spec.model)))])),
            ("runtime", .string(Self.servingRuntime)),
            ("protocolVersion", .string("v2")),
            ("storageUri", .string(ModelURI.of(component.spec.model))),
            ("resources", .map([("requests", .map(resources)), ("limits", .map(resources))])),
        ])
        var predictor: [(String, ManifestValue)] = [
            ("minReplicas", .int(scaling.minReplicas)),
            ("maxReplicas", .int(max(1, decisions.maxReplicas))),
            ("scaleMetric", .string("cpu")),
            ("scaleTarget", .int(scaling.targetCPUUtilizationPercentage)),
        ]
        let release = component.spec.release
        if release.strategy == .canary, let first = release.steps.first, first < 100 {
            predictor.append(("canaryTrafficPercent", .int(first)))
        }
        predictor.append(("model", model))
        predictor += PodTemplateRenderer.placement(placement)
        var annotations = decisions.workloadAnnotations
        if decisions.maxReplicas < scaling.maxReplicas {
            annotations["purser.io/budget-capped-max-replicas"] = "\(scaling.maxReplicas)->\(decisions.maxReplicas)"
        }
        return renderer.object(component, apiVersion: "serving.kserve.io/v1beta1", kind: "InferenceService", name: component.metadata.name,
                               spec: .map([("predictor", .map(predictor))]), annotations: annotations)
    }

    /// KServe's built-in MLServer serving runtime.
    static let servingRuntime = "kserve-mlserver"

    static func modelFormat(_ model: ModelSpec) -> String {
        model.repository == MLflowVersionReference.repository ? "mlflow" : "sklearn"
    }
}
