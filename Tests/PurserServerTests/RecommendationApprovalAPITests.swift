import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import PurserCore
import Testing
@testable import PurserServer

@Suite("Recommendation approvals")
struct RecommendationApprovalAPITests {
    static let changes = [SpecChange(component: "fraud-tabular", file: "components/risk/fraud-tabular.yaml",
                                     path: ["spec", "governance", "costOptimization", "resourceLimits", "cpu"], current: "500m", proposed: "250m")]

    @Test("an approval needs the token, binds to the change set's hash and lands in the audit trail")
    func approve() async throws {
        let id = ChangeSetID(Self.changes)
        try await TestFleet.withApp { client, plane, _ in
            let uri = "/api/v1/recommendations/\(id.hex)/approve"
            let body = ByteBuffer(string: #"{"approver":"jane","note":"p95 latency checked"}"#)
            let anonymous = try await client.execute(uri: uri, method: .post, body: body)
            #expect(anonymous.status == .unauthorized)
            let wrong = try await client.execute(uri: uri, method: .post, headers: [.authorization: "Bearer nope"], body: body)
            #expect(wrong.status == .unauthorized)

            let auth: HTTPFields = [.authorization: "Bearer s3cret-token"]
            let notAnID = try await client.execute(uri: "/api/v1/recommendations/\(id.hex.uppercased())/approve", method: .post, headers: auth, body: body)
            #expect(notAnID.status == .badRequest)
            let noApprover = try await client.execute(uri: uri, method: .post, headers: auth, body: ByteBuffer(string: #"{"note":"x"}"#))
            #expect(noApprover.status == .badRequest)
            let malformed = try await client.execute(uri: uri, method: .post, headers: auth, body: ByteBuffer(string: "{"))
            #expect(malformed.status == .badRequest)
            #expect(try RecommendationApproval.approval(of: id, in: plane.audit.trail) == nil)

            let created = try await client.execute(uri: uri, method: .post, headers: auth, body: body)
            #expect(created.status == .created)
            let event = try created.json()
            #expect(event["kind"] as? String == RecommendationApproval.auditKind)
            #expect(event["actor"] as? String == "jane")
            #expect(event["subject"] as? String == "recommendations/\(id.hex)")

            let recorded = try #require(try RecommendationApproval.approval(of: id, in: plane.audit.trail))
            #expect(recorded.actor == "jane" && recorded.payload.contains("p95 latency checked"))
            let other = ChangeSetID([SpecChange(component: "fraud-tabular", file: "components/risk/fraud-tabular.yaml",
                                                path: ["spec", "governance", "costOptimization", "resourceLimits", "cpu"], current: "500m", proposed: "100m")])
            #expect(try RecommendationApproval.approval(of: other, in: plane.audit.trail) == nil)
        }
    }

    @Test("without a configured token the route is disabled")
    func disabledWithoutToken() async throws {
        let id = ChangeSetID(Self.changes)
        try await TestFleet.withApp(configure: { $0.token = nil }) { client, _, _ in
            let response = try await client.execute(uri: "/api/v1/recommendations/\(id.hex)/approve", method: .post,
                                                    headers: [.authorization: "Bearer s3cret-token"], body: ByteBuffer(string: #"{"approver":"jane"}"#))
            #expect(response.status == .forbidden)
        }
    }
}
