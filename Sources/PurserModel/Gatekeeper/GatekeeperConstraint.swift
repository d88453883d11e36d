/// An OPA Gatekeeper constraint (constraints.gatekeeper.sh/v1beta1): an instance of a template's
/// kind with the objects it applies to and its parameters.
public struct GatekeeperConstraint: Sendable, Hashable {
    /// The template kind (`K8sRequiredLabels`).
    public var kind: String
    /// `metadata.name`: Gatekeeper prefixes every message with it.
    public var name: String
    /// `spec.enforcementAction`: `deny` (default), `warn` or `dryrun`.
    public var enforcementAction: EnforcementAction
    public var match: ConstraintMatch
    /// `spec.parameters`, as written (nil when absent).
    public var parameters: YAMLNode?
    public var location: SourceLocation

    public enum EnforcementAction: String, Sendable, Hashable, CaseIterable {
        case deny, warn, dryrun
    }

    public init(kind: String, name: String, enforcementAction: EnforcementAction, match: ConstraintMatch, parameters: YAMLNode?,
                location: SourceLocation) {
        self.kind = kind
        self.name = name
        self.enforcementAction = enforcementAction
        self.match = match
        self.parameters = parameters
        self.location = location
    }
}
