import Foundation
import FuzzSupport
import PurserCore
import PurserModel
import Rego

/// The example fleet's admission policies (Rego v0), fixed so only the request varies.
private let admissionPolicies = CompiledPolicies.compile([
    SourceFile(path: "policies/admission/workloads.rego", text: """
        package kubernetes.admission

        workload_kinds := {"Deployment", "Rollout", "StatefulSet"}

        workload := input.request.object

        workload_id := sprintf("%v %v/%v", [input.request.kind.kind, input.request.namespace, input.request.name])
        """),
    SourceFile(path: "policies/admission/gpu_limit.rego", text: """
        package kubernetes.admission

        deny[msg] {
        \tworkload_kinds[input.request.kind.kind]
        \tcontainer := workload.spec.template.spec.containers[_]
        \tquantity := container.resources.limits[resource]
        \tendswith(resource, "/gpu")
        \tto_number(quantity) > 2
        \tmsg := sprintf("%v requests %v %v in container %v; the limit is 2", [workload_id, quantity, resource, container.name])
        }
        """),
    SourceFile(path: "policies/admission/alignment.rego", text: """
        package kubernetes.admission

        deny[msg] {
        \tworkload_kinds[input.request.kind.kind]
        \tnot workload.metadata.annotations["ai-alignment-report-id"]
        \tmsg := sprintf("%v lacks the ai-alignment-report-id annotation", [workload_id])
        }
        """),
], settings: PolicySettings())

/// Runs the webhook's decision path on the input as a request body. Invalid bodies must be
/// rejected with `AdmissionRequest.Invalid`; valid ones must get a well-formed response for the
/// same uid.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAdmissionReview(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if let compileError = admissionPolicies.compileError { fatalError("the fixed admission policies do not compile: \(compileError.message)") }
    let body = Data(bytes: data, count: size)
    let selected = try? AdmissionRequest(body: body, selecting: admissionPolicies.admissionReads)
    guard let request = try? AdmissionRequest(body: body) else {
        if selected != nil { fatalError("a body rejected whole was accepted through the policies' selection") }
        return 0
    }
    // The webhook builds only what the policies and the envelope read: the same decision.
    guard let selected else { fatalError("a body accepted whole was rejected through the policies' selection") }
    for failurePolicy in AdmissionFailurePolicy.allCases {
        let a = AdmissionDecision.evaluate(request, policies: admissionPolicies, failurePolicy: failurePolicy)
        let b = AdmissionDecision.evaluate(selected, policies: admissionPolicies, failurePolicy: failurePolicy)
        guard a.allowed == b.allowed, a.messages == b.messages, a.warnings == b.warnings, a.error == b.error,
              request.uid == selected.uid, request.objectID == selected.objectID, request.user == selected.user else {
            fatalError("the selected review decides differently: \(a.messages) / \(b.messages)")
        }
    }
    for failurePolicy in AdmissionFailurePolicy.allCases {
        let decision = AdmissionDecision.evaluate(request, policies: admissionPolicies, failurePolicy: failurePolicy)
        let response = decision.response(uid: request.uid)
        guard let review = try? RegoValue(jsonString: response) else { fatalError("the response is not JSON: \(response)") }
        guard review["response"]?["uid"]?.stringValue == request.uid,
              review["response"]?["allowed"] == .bool(decision.allowed) else {
            fatalError("the response does not carry the request's uid and decision: \(response)")
        }
    }
    return 0
}

@main
struct AdmissionReviewFuzzTarget {
    static func main() { FuzzTarget.main(fuzzAdmissionReview) }
}
