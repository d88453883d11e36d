import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import PurserServer

@Suite("Approvals")
struct ApprovalTests {
    @Test("an approval needs the token, names a planned component and lands in the audit trail")
    func approve() async throws {
        try await TestFleet.withApp { client, _, fleet in
            let body = #"{"component":"ai-prod/video-moderation","approver":"jane","note":"fairness re-run scheduled"}"#
            let anonymous = try await client.execute(uri: "/api/v1/approvals", method: .post, body: ByteBuffer(string: body))
            #expect(anonymous.status == .unauthorized)

            let auth: HTTPFields = [.authorization: "Bearer s3cret-token"]
            let missing = try await client.execute(uri: "/api/v1/approvals", method: .post, headers: auth,
                                                   body: ByteBuffer(string: #"{"component":"ai-prod/nope","approver":"jane"}"#))
            #expect(missing.status == .notFound)
            let malformed = try await client.execute(uri: "/api/v1/approvals", method: .post, headers: auth, body: ByteBuffer(string: "{"))
            #expect(malformed.status == .badRequest)

            let created = try await client.execute(uri: "/api/v1/approvals", method: .post, headers: auth, body: ByteBuffer(string: body))
            #expect(created.status == .created)
            let event = try created.json()
            #expect(event["kind"] as? String == "approval")
            #expect(event["actor"] as? String == "jane")
            #expect((event["payload"] as? String)?.contains(try fleet.head()) == true)

            let page = try await client.execute(uri: "/components/ai-prod/video-moderation", method: .get).text
            #expect(page.contains("fairness re-run scheduled"))
        }
    }
}
