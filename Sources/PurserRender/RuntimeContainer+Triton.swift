import PurserModel

extension RuntimeContainer {
    /// NVIDIA Triton: `tritonserver` over the repository folder holding the model (Triton's layout
    /// is `<repository>/<model>/<version>/…`), loading only this model; HTTP on 8000, gRPC on 8001,
    /// metrics on 8002. Latency summaries are switched on because Triton's default latency metrics
    /// are cumulative counters, from which no percentile can be computed.
    static func triton(_ model: ModelSpec, options: RenderOptions) -> RuntimeContainer {
        let repository = model.repository == MLflowVersionReference.repository ? ModelURI.of(model) : ModelURI.root(model.repository)
        return RuntimeContainer(
            image: options.images.triton, command: ["tritonserver"],
            args: ["--model-repository=\(repository)", "--model-control-mode=explicit", "--load-model=\(model.name)",
                   "--http-port=\(tritonHTTPPort)", "--grpc-port=\(tritonGRPCPort)", "--metrics-port=\(tritonMetricsPort)",
                   "--metrics-config=summary_latencies=true"],
            ports: [("http", tritonHTTPPort), ("grpc", tritonGRPCPort), ("metrics", tritonMetricsPort)],
            readinessPath: "/v2/health/ready", livenessPath: "/v2/health/live", metricsPort: tritonMetricsPort)
    }

    static let tritonHTTPPort = 8000
    static let tritonGRPCPort = 8001
    static let tritonMetricsPort = 8002
}
