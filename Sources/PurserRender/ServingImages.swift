import PurserModel

/// The container image each runtime's workload runs. KServe has none: its controller picks the
/// image of the serving runtime the `InferenceService` names.
public struct ServingImages: Sendable, Hashable {
    public var mlserver: String
    public var vllm: String
    public var triton: String

    public init(mlserver: String = "docker.io/seldonio/mlserver:1.6.1",
                vllm: String = "docker.io/vllm/vllm-openai:v0.8.5",
                triton: String = "nvcr.io/nvidia/tritonserver:24.08-py3") {
        self.mlserver = mlserver
        self.vllm = vllm
        self.triton = triton
    }
}
