/// An OPA Gatekeeper `ConstraintTemplate` (templates.gatekeeper.sh/v1 or v1beta1): the constraint
/// kind it defines and the Rego of its `admission.k8s.gatekeeper.sh` target.
public struct GatekeeperTemplate: Sendable, Hashable {
    /// `metadata.name`.
    public var name: String
    /// `spec.crd.spec.names.kind`: the kind of the constraints that use this template.
    public var kind: String
    /// The target's Rego (`rego`, or a `code` entry with engine `Rego`).
    public var rego: String
    /// `libs`: further modules (packages under `lib.`).
    public var libs: [String]
    /// True for `code[].source.version: v1`; templates' `rego` is Rego v0.
    public var isRegoV1: Bool
    /// Where the Rego text starts, so compile errors point into the YAML file.
    public var regoLocation: SourceLocation

    public init(name: String, kind: String, rego: String, libs: [String], isRegoV1: Bool, regoLocation: SourceLocation) {
        self.name = name
        self.kind = kind
        self.rego = rego
        self.libs = libs
        self.isRegoV1 = isRegoV1
        self.regoLocation = regoLocation
    }
}
