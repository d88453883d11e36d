import PurserModel

/// A problem the model registry shows with a component's model version.
public struct RegistryFinding: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// No such registered model, version, alias or tagged version.
        case notFound = "not-found"
        /// Several versions carry the component's semantic version as their `version` tag.
        case ambiguous
        /// The version is in the `Archived` stage or tagged `archived` = `true`.
        case archived
        /// The version's status is not `READY`.
        case notReady = "not-ready"
        /// A fairness metric of the version's run differs from the latest evaluation report's.
        case contradictsEvidence = "contradicts-evidence"
        /// The registry could not be asked or answered an error: the check is inconclusive.
        case unreachable
    }

    /// The component's `namespace/name`.
    public var componentID: String
    public var kind: Kind
    public var message: String
    /// The MLflow version number the component's version resolved to, when it resolved.
    public var resolvedVersion: String?
    /// Where the component is declared.
    public var location: SourceLocation

    public init(componentID: String, kind: Kind, message: String, resolvedVersion: String? = nil, location: SourceLocation) {
        self.componentID = componentID
        self.kind = kind
        self.message = message
        self.resolvedVersion = resolvedVersion
        self.location = location
    }

    /// `file:line: kind: component: message`.
    public var description: String {
        "\(location.file):\(location.line): \(kind.rawValue): \(componentID): \(message)"
    }
}
