/// One value a recommendation changes in a component's YAML file: where it is, what it is now and
/// what is proposed. Recommendations (rightsizing, placement, scale-to-zero) produce these; the
/// write-back edits exactly these values in place and nothing else.
public struct SpecChange: Sendable, Equatable, Hashable, Codable {
    /// The component's `metadata.name`.
    public var component: String
    /// The component file, relative to the fleet root (`components/risk/fraud-tabular.yaml`).
    public var file: String
    /// Mapping keys from the document root, e.g.
    /// `["spec", "governance", "costOptimization", "resourceLimits", "cpu"]`.
    public var path: [String]
    /// The scalar text there now; nil when the key is absent and the change adds it.
    public var current: String?
    /// The scalar text proposed, as it should appear in YAML (`"250m"`, `2`, `3Gi`).
    public var proposed: String

    public init(component: String, file: String, path: [String], current: String?, proposed: String) {
        self.component = component
        self.file = file
        self.path = path
        self.current = current
        self.proposed = proposed
    }
}
