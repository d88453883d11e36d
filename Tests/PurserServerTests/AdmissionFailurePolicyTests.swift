import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import PurserServer

@Suite("Admission failure policy")
struct AdmissionFailurePolicyTests {
    static let review = #"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u-9","kind":{"kind":"Deployment"},"namespace":"ai-prod","name":"x","object":{"metadata":{"name":"x"}}}}"#

    /// A policy that fails at evaluation time: a conflict between two complete rule values.
    static let conflicting = """
        package kubernetes.admission
        import rego.v1
        level := 1 if input.request.kind.kind == "Deployment"
        level := 2 if input.request.kind.kind == "Deployment"
        deny contains "too high" if level > 1
        """

    func decide(_ policy: ServerConfiguration.FailurePolicy) async throws -> [String: Any] {
        try await TestFleet.withApp(configure: { $0.failurePolicy = policy }, prepare: { fleet in
            try fleet.write("policies/admission/conflict.rego", Self.conflicting)
            try fleet.commitAll("conflicting admission policy")
        }) { client, _, _ in
            let response = try await client.execute(uri: "/admission/validate", method: .post, body: ByteBuffer(string: Self.review))
            #expect(response.status == .ok)
            // Whatever the failure policy answered, the error is counted for the operator to see.
            let metrics = String(buffer: try await client.execute(uri: "/metrics", method: .get).body)
            #expect(metrics.contains(#"purser_admission_decisions_total{result="error"} 1"#), "\(metrics.split(separator: "\n").filter { $0.contains("admission") })")
            return try response.json()["response"] as? [String: Any] ?? [:]
        }
    }

    @Test("fail closed by default: an evaluation error denies")
    func failClosed() async throws {
        let answer = try await decide(.fail)
        #expect(answer["uid"] as? String == "u-9")
        #expect(answer["allowed"] as? Bool == false)
        #expect(((answer["status"] as? [String: Any])?["message"] as? String)?.contains("could not evaluate") == true)
    }

    @Test("ignore allows with a warning")
    func failOpen() async throws {
        let answer = try await decide(.ignore)
        #expect(answer["allowed"] as? Bool == true)
        #expect((answer["warnings"] as? [String])?.first?.contains("failure policy") == true)
    }
}
