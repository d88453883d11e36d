import PurserModel

extension RuntimeContainer {
    /// vLLM's OpenAI-compatible server (`vllm/vllm-openai`, whose entrypoint is the server): the
    /// model from `--model`, served under the component's model name, on port 8000 with `/health`;
    /// its Prometheus metrics are on the same port at `/metrics`.
    static func vllm(_ model: ModelSpec, options: RenderOptions) -> RuntimeContainer {
        RuntimeContainer(
            image: options.images.vllm,
            args: ["--model", ModelURI.of(model), "--served-model-name", model.name, "--port", String(vllmPort)],
            ports: [("http", vllmPort)],
            readinessPath: "/health", livenessPath: "/health", metricsPort: vllmPort)
    }

    static let vllmPort = 8000
}
