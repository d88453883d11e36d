import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import PurserCore
@testable import PurserServer

@Suite("Admission webhook")
struct AdmissionWebhookTests {
    func post(_ client: TestClientProtocol, _ body: String) async throws -> TestResponse {
        try await client.execute(uri: "/admission/validate", method: .post, headers: [.contentType: "application/json"],
                                 body: ByteBuffer(string: body))
    }

    @Test("a workload the policies deny gets allowed:false, code 403 and the messages, uid echoed")
    func denied() async throws {
        try await TestFleet.withApp { client, plane, _ in
            let response = try await post(client, try admissionReview(plane, component: "ai-prod/video-moderation", uid: "abc-123"))
            #expect(response.status == .ok)
            let review = try response.json()
            #expect(review["apiVersion"] as? String == "admission.k8s.io/v1")
            #expect(review["kind"] as? String == "AdmissionReview")
            let answer = review["response"] as? [String: Any] ?? [:]
            #expect(answer["uid"] as? String == "abc-123")
            #expect(answer["allowed"] as? Bool == false)
            let status = answer["status"] as? [String: Any] ?? [:]
            #expect(status["code"] as? Int == 403)
            #expect((status["message"] as? String)?.contains("lacks the ai-alignment-report-id annotation") == true)
        }
    }

    @Test("decisions over a real loopback HTTP connection")
    func live() async throws {
        try await TestFleet.withApp(.live) { client, plane, _ in
            for i in 0..<20 {
                let response = try await post(client, try admissionReview(plane, component: "ai-prod/video-moderation", uid: "live-\(i)"))
                #expect(response.status == .ok)
                let answer = try response.json()["response"] as? [String: Any] ?? [:]
                #expect(answer["uid"] as? String == "live-\(i)")
                #expect(answer["allowed"] as? Bool == false)
            }
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .ok)
        }
    }

    @Test("an aligned workload is allowed")
    func allowed() async throws {
        try await TestFleet.withApp { client, plane, _ in
            let snapshot = try plane.state.requireSnapshot()
            let aligned = try #require(snapshot.plan.components.first { $0.governance.aligned && $0.gpu <= 2 })
            let response = try await post(client, try admissionReview(plane, component: aligned.id, uid: "ok-1"))
            let answer = try response.json()["response"] as? [String: Any] ?? [:]
            #expect(answer["allowed"] as? Bool == true)
            #expect(answer["uid"] as? String == "ok-1")
            #expect(answer["status"] == nil)
        }
    }

    @Test("wrong apiVersion, wrong kind, missing uid and malformed JSON are 400 JSON errors", arguments: [
        (#"{"apiVersion":"admission.k8s.io/v1beta1","kind":"AdmissionReview","request":{"uid":"u"}}"#, "wrong-api-version"),
        (#"{"apiVersion":"admission.k8s.io/v1","kind":"ConversionReview","request":{"uid":"u"}}"#, "wrong-kind"),
        (#"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{}}"#, "invalid-admission-review"),
        (#"{"apiVersion": "admission.k8s.io/v1", "kind": "#, "malformed-json"),
        // Malformed where no policy reads (those parts are checked, not built) is still malformed.
        (#"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u","dryRun":tru}}"#, "malformed-json"),
        (#"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u","oldObject":{"a":[1,]}}}"#, "malformed-json"),
        ("[1, 2]", "invalid-admission-review"),
    ])
    func badInput(body: String, code: String) async throws {
        try await TestFleet.withApp { client, _, _ in
            let response = try await post(client, body)
            #expect(response.status == .badRequest)
            #expect(try response.json()["code"] as? String == code)
        }
    }

    @Test("a body over 10 MiB is refused with 413")
    func tooLarge() async throws {
        try await TestFleet.withApp { client, _, _ in
            let padding = String(repeating: "x", count: 10 * 1024 * 1024)
            let response = try await post(client, #"{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","pad":""# + padding + #""}"#)
            #expect(response.status == .contentTooLarge)
            #expect(try response.json()["code"] as? String == "payload-too-large")
        }
    }

    @Test("every decision lands in the audit trail")
    func audited() async throws {
        try await TestFleet.withApp { client, plane, _ in
            for i in 0..<5 {
                _ = try await post(client, try admissionReview(plane, component: "ai-prod/video-moderation", uid: "audit-\(i)"))
            }
            let response = try await client.execute(uri: "/api/v1/audit?kind=admission", method: .get)
            let events = try response.json()["events"] as? [[String: Any]] ?? []
            #expect(events.count == 5)
            #expect(events.first?["subject"] as? String == "ai-prod/video-moderation")
            #expect((events.first?["payload"] as? String)?.contains(#""uid":"audit-4""#) == true)
            let verify = try await client.execute(uri: "/api/v1/audit/verify", method: .get)
            #expect(try verify.json()["valid"] as? Bool == true)
        }
    }
}

@Suite("JSON text")
struct JSONTextTests {
    @Test("hand-built JSON parses back to the same strings", arguments: ["plain", "quote \" and \\ backslash", "line\nbreak\ttab", "\u{01}control", "ünïcødé ✓", "a/b"])
    func roundTrip(text: String) throws {
        let json = JSONText.object([("b", JSONText.string(text)), ("a", JSONText.array([text, "x"]))])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["b"] as? String == text)
        #expect((object["a"] as? [String]) == [text, "x"])
        #expect(json.hasPrefix(#"{"a":"#))
    }
}
