/// `spec.model.runtime` (extension): the model server that runs the model. When the field is
/// absent it follows from the modalities (`defaultRuntime(for:)`).
public enum ServingRuntime: String, Sendable, Hashable, CaseIterable, Codable {
    /// Seldon MLServer: scikit-learn, XGBoost, MLflow and other Python models, V2 inference protocol.
    case mlserver
    /// vLLM's OpenAI-compatible server for language models.
    case vllm
    /// NVIDIA Triton Inference Server for image, video, audio and mixed models.
    case triton
    /// A KServe `InferenceService` served by KServe's MLServer runtime.
    case kserve

    /// Tabular and sensor models (and those only) run on MLServer; text-only models on vLLM; any
    /// model reading images, video, voice or audio on Triton. KServe is never a default: it needs
    /// KServe's controller in the cluster.
    public static func defaultRuntime(for modalities: [Modality]) -> ServingRuntime {
        let set = Set(modalities)
        if set.isSubset(of: [.tabular, .sensor]) { return .mlserver }
        if set == [.text] { return .vllm }
        return .triton
    }
}
