import PurserModel

/// The serving container of one runtime, as that runtime documents its configuration: image,
/// command line, environment, ports, health endpoints and where Prometheus scrapes its metrics.
/// `PodTemplateRenderer` adds resources and placement.
struct RuntimeContainer {
    var image: String
    /// Replaces the image's entrypoint when not empty.
    var command: [String] = []
    var args: [String] = []
    var env: [(name: String, value: String)] = []
    /// Named container ports; the one named `http` takes the Service's traffic and the probes.
    var ports: [(name: String, port: Int)]
    var readinessPath: String
    var livenessPath: String
    /// The port and path of the runtime's Prometheus metrics.
    var metricsPort: Int
    var metricsPath = "/metrics"

    /// The container of `component`'s runtime; nil for KServe, whose controller builds the pod.
    static func of(_ component: Component, options: RenderOptions) -> RuntimeContainer? {
        switch component.spec.model.runtime {
        case .mlserver: return mlserver(component.spec.model, options: options)
        case .vllm: return vllm(component.spec.model, options: options)
        case .triton: return triton(component.spec.model, options: options)
        case .kserve: return nil
        }
    }

    /// The annotations Prometheus' conventional Kubernetes pod discovery reads.
    var scrapeAnnotations: [String: String] {
        ["prometheus.io/scrape": "true", "prometheus.io/port": String(metricsPort), "prometheus.io/path": metricsPath]
    }

    func manifest(resources: [(String, ManifestValue)]) -> ManifestValue {
        var fields: [(String, ManifestValue)] = [("name", .string("model-server")), ("image", .string(image))]
        if !command.isEmpty { fields.append(("command", .list(command.map { .string($0) }))) }
        if !args.isEmpty { fields.append(("args", .list(args.map { .string($0) }))) }
        fields.append(("ports", .list(ports.map {
            .map([("name", .string($0.name)), ("containerPort", .int($0.port)), ("protocol", .string("TCP"))])
        })))
        if !env.isEmpty { fields.append(("env", .list(env.map { .map([("name", .string($0.name)), ("value", .string($0.value))]) }))) }
        fields += [
            ("resources", .map([("requests", .map(resources)), ("limits", .map(resources))])),
            // Loading a large model can take minutes: liveness only counts once the server has started.
            ("startupProbe", probe(livenessPath, period: 10, extra: [("failureThreshold", .int(60))])),
            ("readinessProbe", probe(readinessPath, period: 10)),
            ("livenessProbe", probe(livenessPath, period: 20)),
        ]
        return .map(fields)
    }

    private func probe(_ path: String, period: Int, extra: [(String, ManifestValue)] = []) -> ManifestValue {
        .map([("httpGet", .map([("path", .string(path)), ("port", .string("http"))])), ("periodSeconds", .int(period))] + extra)
    }
}
