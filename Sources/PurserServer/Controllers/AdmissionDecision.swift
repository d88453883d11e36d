import Foundation
import Rego

/// A Kubernetes `AdmissionReview` (admission.k8s.io/v1) request, read just far enough to decide.
struct AdmissionRequest {
    var uid: String
    var input: RegoValue
    /// `namespace/name` of the object (name may be empty for generateName objects).
    var objectID: String
    var kind: String
    var operation: String
    var user: String

    /// Parses and checks the envelope; throws a 400 `APIError` naming what is wrong.
    init(body: Data) throws {
        let value: RegoValue
        do { value = try RegoValue(json: body) } catch {
            throw APIError(.badRequest, code: "malformed-json", "the body is not valid JSON: \(error)")
        }
        guard case .object = value else {
            throw APIError(.badRequest, code: "invalid-admission-review", "expected an AdmissionReview object")
        }
        guard value["apiVersion"]?.stringValue == "admission.k8s.io/v1" else {
            let got = value["apiVersion"]?.stringValue ?? "none"
            throw APIError(.badRequest, code: "wrong-api-version", "expected apiVersion admission.k8s.io/v1, got \(got)")
        }
        guard value["kind"]?.stringValue == "AdmissionReview" else {
            let got = value["kind"]?.stringValue ?? "none"
            throw APIError(.badRequest, code: "wrong-kind", "expected kind AdmissionReview, got \(got)")
        }
        guard let request = value["request"], case .object = request else {
            throw APIError(.badRequest, code: "invalid-admission-review", "the AdmissionReview has no request")
        }
        guard let uid = request["uid"]?.stringValue, !uid.isEmpty else {
            throw APIError(.badRequest, code: "invalid-admission-review", "request.uid is missing")
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

/// The webhook's answer, before it is wrapped in an AdmissionReview response.
struct AdmissionDecision {
    var allowed: Bool
    var messages: [String]
    /// Set when evaluation failed and the failure policy decided.
    var error: String?

    /// Evaluates every admission query; any message denies.
    static func evaluate(_ request: AdmissionRequest, snapshot: PlanSnapshot?, failurePolicy: ServerConfiguration.FailurePolicy) -> AdmissionDecision {
        func failed(_ reason: String) -> AdmissionDecision {
            switch failurePolicy {
            case .fail: AdmissionDecision(allowed: false, messages: ["purser could not evaluate the admission policies: \(reason)"], error: reason)
            case .ignore: AdmissionDecision(allowed: true, messages: [], error: reason)
            }
        }
        guard let snapshot else { return failed("no plan has succeeded yet") }
        if let engineError = snapshot.engineError { return failed(engineError) }
        var messages: [String] = []
        for (query, prepared) in snapshot.preparedAdmission {
            do {
                guard let value = try prepared.evaluate(input: request.input).first?["__result__"] else { continue }
                switch value {
                case .set(let s): messages += s.sorted().map { $0.stringValue ?? $0.jsonString() }
                case .array(let a): messages += a.map { $0.stringValue ?? $0.jsonString() }
                case .bool(false), .null: break
                case .bool(true): messages.append("denied by \(query)")
                default: messages.append(value.stringValue ?? value.jsonString())
                }
            } catch {
                return failed("\(query): \(error)")
            }
        }
        return AdmissionDecision(allowed: messages.isEmpty, messages: messages, error: nil)
    }

    /// The AdmissionReview v1 response document.
    func response(uid: String) -> String {
        var members: [(String, String)] = [("uid", JSONText.string(uid)), ("allowed", allowed ? "true" : "false")]
        if !allowed {
            members.append(("status", JSONText.object([
                ("code", "403"), ("reason", JSONText.string("Forbidden")), ("message", JSONText.string(messages.joined(separator: "; "))),
            ])))
        } else if let error {
            members.append(("warnings", JSONText.array(["purser failure policy Ignore: \(error)"])))
        }
        return JSONText.object([
            ("apiVersion", JSONText.string("admission.k8s.io/v1")), ("kind", JSONText.string("AdmissionReview")),
            ("response", JSONText.object(members)),
        ])
    }

    /// The audit payload of this decision (canonical JSON, as `AuditEntry.json` writes it).
    func auditPayload(_ review: AdmissionRequest, revision: String) -> String {
        JSONText.object([
            ("uid", JSONText.string(review.uid)), ("kind", JSONText.string(review.kind)), ("operation", JSONText.string(review.operation)),
            ("allowed", allowed ? "true" : "false"), ("messages", JSONText.array(messages)), ("error", JSONText.string(error ?? "")),
            ("revision", JSONText.string(revision)),
        ])
    }
}
