/// What a component's model version resolves to in an MLflow registry.
public enum MLflowResolution: Sendable, Hashable {
    /// Exactly one model version.
    case found(MLflowModelVersion)
    /// No such registered model, version, alias or tagged version; the reason says which.
    case notFound(reason: String)
    /// Several versions carry the semantic version's tag.
    case ambiguous([MLflowModelVersion])
}
