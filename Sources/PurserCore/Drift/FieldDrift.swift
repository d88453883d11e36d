import PurserRender

/// One field that differs between the rendered object and the live one.
public struct FieldDrift: Sendable, Hashable {
    public enum Change: String, Sendable, Hashable {
        /// Only in the cluster (and not a server default).
        case added
        /// Rendered, but not in the cluster.
        case removed
        /// In both, with different values.
        case changed
    }

    public var change: Change
    /// e.g. `spec.template.spec.containers[model-server].resources.limits.cpu`: named list items by name.
    public var path: String
    public var rendered: ManifestValue?
    public var live: ManifestValue?
}
