import PurserModel

extension RuntimeContainer {
    /// Seldon MLServer, configured entirely by environment variables: `MLSERVER_MODEL_*` describe
    /// the one model it loads at startup (no `model-settings.json` needed), `MLSERVER_*_PORT` its
    /// servers. V2 inference protocol on 8080, gRPC on 8081, Prometheus metrics on 8082 (`/metrics`).
    static func mlserver(_ model: ModelSpec, options: RenderOptions) -> RuntimeContainer {
        var env: [(name: String, value: String)] = [
            ("MLSERVER_MODEL_NAME", model.name),
            ("MLSERVER_MODEL_VERSION", model.version),
            ("MLSERVER_MODEL_IMPLEMENTATION", mlserverImplementation(model)),
            ("MLSERVER_MODEL_URI", ModelURI.of(model)),
            ("MLSERVER_HTTP_PORT", String(mlserverHTTPPort)),
            ("MLSERVER_GRPC_PORT", String(mlserverGRPCPort)),
            ("MLSERVER_METRICS_PORT", String(mlserverMetricsPort)),
        ]
        if model.repository == MLflowVersionReference.repository, let tracking = options.mlflowTrackingURI {
            env.append(("MLFLOW_TRACKING_URI", tracking))
        }
        return RuntimeContainer(
            image: options.images.mlserver, env: env,
            ports: [("http", mlserverHTTPPort), ("grpc", mlserverGRPCPort), ("metrics", mlserverMetricsPort)],
            readinessPath: "/v2/health/ready", livenessPath: "/v2/health/live", metricsPort: mlserverMetricsPort)
    }

    static let mlserverHTTPPort = 8080
    static let mlserverGRPCPort = 8081
    static let mlserverMetricsPort = 8082

    /// MLServer's inference runtime: its MLflow runtime for registry models (any MLflow flavour),
    /// its scikit-learn runtime (a joblib or pickle file) for everything else.
    static func mlserverImplementation(_ model: ModelSpec) -> String {
        model.repository == MLflowVersionReference.repository ? "mlserver_mlflow.MLflowRuntime" : "mlserver_sklearn.SKLearnModel"
    }
}
