import PurserModel

/// The pod template shared by Deployments and Rollouts: the serving container with resource
/// requests equal to limits (Guaranteed QoS), accelerators as extended resources, and placement.
struct PodTemplateRenderer {
    let options: RenderOptions

    func render(_ component: Component, labels: [String: String], annotations: [String: String]) -> ManifestValue {
        let limits = component.spec.governance.costOptimization.resourceLimits
        let model = component.spec.model
        var resources: [(String, ManifestValue)] = [("cpu", .string(limits.cpu.text)), ("memory", .string(limits.memory.text))]
        let placement = limits.accelerator.flatMap { options.placements[$0] }
        if limits.gpu > 0, let placement {
            resources.append((placement.resourceName, .string(String(limits.gpu))))
        }
        let container: ManifestValue = .map([
            ("name", .string("model-server")),
            ("image", .string(options.servingImage)),
            ("ports", .list([.map([("name", .string("http")), ("containerPort", .int(ComponentRenderer.port)), ("protocol", .string("TCP"))])])),
            ("env", .list([
                env("MODEL_NAME", model.name), env("MODEL_VERSION", model.version), env("MODEL_REPOSITORY", model.repository),
                env("MODEL_ENDPOINT", model.endpoint), env("MODEL_MODALITIES", model.modality.map(\.rawValue).joined(separator: ",")),
            ])),
            ("resources", .map([("requests", .map(resources)), ("limits", .map(resources))])),
            ("readinessProbe", .map([("httpGet", .map([("path", .string("/v2/health/ready")), ("port", .string("http"))])), ("periodSeconds", .int(10))])),
            ("livenessProbe", .map([("httpGet", .map([("path", .string("/v2/health/live")), ("port", .string("http"))])), ("periodSeconds", .int(20)), ("initialDelaySeconds", .int(30))])),
        ])
        var podSpec: [(String, ManifestValue)] = [("containers", .list([container]))]
        if limits.gpu > 0, let placement {
            if !placement.nodeSelector.isEmpty { podSpec.append(("nodeSelector", .sorted(placement.nodeSelector))) }
            podSpec.append(("tolerations", .list([.map([("key", .string(placement.resourceName)), ("operator", .string("Exists")), ("effect", .string("NoSchedule"))])])))
        }
        var metadata: [(String, ManifestValue)] = [("labels", .sorted(labels))]
        if !annotations.isEmpty { metadata.append(("annotations", .sorted(annotations))) }
        return .map([("metadata", .map(metadata)), ("spec", .map(podSpec))])
    }

    private func env(_ name: String, _ value: String) -> ManifestValue {
        .map([("name", .string(name)), ("value", .string(value))])
    }
}
