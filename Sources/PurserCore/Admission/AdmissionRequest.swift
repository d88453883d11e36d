import Foundation
import Rego

/// A Kubernetes `AdmissionReview` (admission.k8s.io/v1) request, read just far enough to decide.
public struct AdmissionRequest: Sendable {
    public var uid: String
    public var input: RegoValue
    /// `namespace/name` of the object (name may be empty for generateName objects).
    public var objectID: String
    public var kind: String
    public var operation: String
    public var user: String

    /// Why a body is not an AdmissionReview the webhook can decide (an HTTP 400).
    public struct Invalid: Error, Sendable, CustomStringConvertible {
        /// Stable, machine-readable: `malformed-json`, `wrong-api-version`, `wrong-kind`, `invalid-admission-review`.
        public var code: String
        public var message: String
        public var description: String { message }
    }

    /// The fields of the review the webhook itself reads (to check the envelope, answer and audit).
    public static let envelope = RegoInputSelection(paths: [
        ["apiVersion"], ["kind"], ["request", "uid"], ["request", "namespace"], ["request", "name"],
        ["request", "object", "metadata", "name"], ["request", "kind", "kind"], ["request", "operation"],
        ["request", "userInfo", "username"],
    ])

    /// Parses a review to be decided by `policies`: only what they and the envelope read is built
    /// (everything when there are none yet); the rest is checked for well-formedness.
    public init(body: Data, for policies: CompiledPolicies?) throws(Invalid) {
        try self.init(body: body, selecting: policies?.admissionReads ?? .everything)
    }

    /// Parses and checks the envelope; throws `Invalid` naming what is wrong.
    /// - Parameter selection: what to build of the review (`CompiledPolicies.admissionReads`,
    ///   which includes `envelope`); the rest is checked for well-formedness, not built.
    public init(body: Data, selecting selection: RegoInputSelection = .everything) throws(Invalid) {
        let value: RegoValue
        do { value = try RegoValue(json: body, selecting: selection) } catch let error {
            throw Invalid(code: "malformed-json", message: "the body is not valid JSON: \(error)")
        }
        guard case .object = value else {
            throw Invalid(code: "invalid-admission-review", message: "expected an AdmissionReview object")
        }
        guard value["apiVersion"]?.stringValue == "admission.k8s.io/v1" else {
            let got = value["apiVersion"]?.stringValue ?? "none"
            throw Invalid(code: "wrong-api-version", message: "expected apiVersion admission.k8s.io/v1, got \(got)")
        }
        guard value["kind"]?.stringValue == "AdmissionReview" else {
            let got = value["kind"]?.stringValue ?? "none"
            throw Invalid(code: "wrong-kind", message: "expected kind AdmissionReview, got \(got)")
        }
        guard let request = value["request"], case .object = request else {
            throw Invalid(code: "invalid-admission-review", message: "the AdmissionReview has no request")
        }
        guard let uid = request["uid"]?.stringValue, !uid.isEmpty else {
            throw Invalid(code: "invalid-admission-review", message: "request.uid is missing")
        }
        self.uid = uid
        input = value
        let namespace = request["namespace"]?.stringValue ?? ""
        let name = request["name"]?.stringValue ?? request["object"]?["metadata"]?["name"]?.stringValue ?? ""
        objectID = namespace.isEmpty ? name : "\(namespace)/\(name)"
        kind = request["kind"]?["kind"]?.stringValue ?? ""
        operation = request["operation"]?.stringValue ?? ""
        user = request["userInfo"]?["username"]?.stringValue ?? ""
    }
}

