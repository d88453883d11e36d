import PurserModel

/// The pod template shared by Deployments and Rollouts: the runtime's serving container
/// (`RuntimeContainer`) with resource requests equal to limits (Guaranteed QoS), accelerators as
/// extended resources, placement, and the annotations Prometheus discovers the metrics port by.
struct PodTemplateRenderer {
    let options: RenderOptions

    func render(_ component: Component, container: RuntimeContainer, labels: [String: String], annotations: [String: String]) -> ManifestValue {
        let limits = component.spec.governance.costOptimization.resourceLimits
        let placement = limits.gpu > 0 ? limits.accelerator.flatMap { options.placements[$0] } : nil
        var podSpec: [(String, ManifestValue)] = [("containers", .list([container.manifest(resources: Self.resources(limits, placement))]))]
        podSpec += Self.placement(placement)
        var podAnnotations = container.scrapeAnnotations
        for (key, value) in annotations { podAnnotations[key] = value }
        return .map([("metadata", .map([("labels", .sorted(labels)), ("annotations", .sorted(podAnnotations))])), ("spec", .map(podSpec))])
    }

    /// CPU, memory and the accelerator's extended resource, for both requests and limits.
    static func resources(_ limits: ResourceLimits, _ placement: AcceleratorPlacement?) -> [(String, ManifestValue)] {
        var resources: [(String, ManifestValue)] = [("cpu", .string(limits.cpu.text)), ("memory", .string(limits.memory.text))]
        if let placement { resources.append((placement.resourceName, .string(String(limits.gpu)))) }
        return resources
    }

    /// The accelerator's node selector and a `NoSchedule` toleration for its resource.
    static func placement(_ placement: AcceleratorPlacement?) -> [(String, ManifestValue)] {
        guard let placement else { return [] }
        var fields: [(String, ManifestValue)] = []
        if !placement.nodeSelector.isEmpty { fields.append(("nodeSelector", .sorted(placement.nodeSelector))) }
        fields.append(("tolerations", .list([.map([("key", .string(placement.resourceName)), ("operator", .string("Exists")), ("effect", .string("NoSchedule"))])])))
        return fields
    }
}
