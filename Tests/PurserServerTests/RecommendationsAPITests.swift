import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import PurserCore
import Testing
@testable import PurserServer

/// The control plane lists the current revision's recommendations, and with the token writes
/// their change set back to a branch; above the approval threshold only with an approver, whose
/// approval lands in the audit trail first. The dashboard's approve button does the same.
@Suite("Recommendations API and dashboard")
struct RecommendationsAPITests {
    /// Every change set of the example fleet saves more than $100/month: approval required.
    static func requireApproval(_ fleet: TestFleet) throws {
        let settings = fleet.repo.appendingPathComponent("purser.yaml")
        var text = try String(contentsOf: settings, encoding: .utf8)
        text = text.replacingOccurrences(of: "recommendations:\n", with: "recommendations:\n  writeBack:\n    approval:\n      monthlySavingAbove: 100\n")
        try text.write(to: settings, atomically: true, encoding: .utf8)
        try fleet.commitAll("approval above $100/month")
    }

    @Test("list, refuse without an approver, then approve and write the branch")
    func listApproveAndApply() async throws {
        try await TestFleet.withApp(prepare: Self.requireApproval) { client, plane, fleet in
            let listed = try await client.execute(uri: "/api/v1/recommendations", method: .get)
            #expect(listed.status == .ok)
            let listing = try listed.json()
            let id = try #require(listing["changeSet"] as? String)
            #expect(listing["needsApproval"] as? Bool == true)
            #expect(((listing["report"] as? [String: Any])?["recommendations"] as? [Any])?.isEmpty == false)
            #expect((listing["changes"] as? [Any])?.isEmpty == false)

            let uri = "/api/v1/recommendations/apply"
            #expect(try await client.execute(uri: uri, method: .post, body: ByteBuffer(string: "{}")).status == .unauthorized)
            let auth: HTTPFields = [.authorization: "Bearer s3cret-token"]
            let refused = try await client.execute(uri: uri, method: .post, headers: auth, body: ByteBuffer(string: "{}"))
            #expect(refused.status == .forbidden, "\(refused.text)")

            let applied = try await client.execute(uri: uri, method: .post, headers: auth,
                                                   body: ByteBuffer(string: #"{"approver":"jane","note":"numbers checked"}"#))
            #expect(applied.status == .created, "\(applied.text)")
            let result = try applied.json()
            #expect(result["changeSet"] as? String == id)
            let branch = try #require(result["branch"] as? String)
            #expect(branch.hasPrefix("purser/recommendations/"))
            let changeSet = try #require(ChangeSetID(hex: id))
            let approval = try #require(try RecommendationApproval.approval(of: changeSet, in: plane.audit.trail))
            #expect(approval.actor == "jane")
            // The branch exists in the fleet repo; the checkout did not move.
            try fleet.git("rev-parse", "--verify", "--quiet", branch)
        }
    }

    @Test("the dashboard lists them and its form needs the token")
    func dashboard() async throws {
        try await TestFleet.withApp { client, _, _ in
            let page = try await client.execute(uri: "/recommendations", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("ai-staging/fraud-tabular") && page.text.contains("scale-to-zero"))
            #expect(page.text.contains("action=\"/recommendations/apply\"") && page.text.contains("name=\"token\""))
            let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            let wrong = try await client.execute(uri: "/recommendations/apply", method: .post, headers: form, body: ByteBuffer(string: "token=nope"))
            #expect(wrong.status == .unauthorized)
            let ok = try await client.execute(uri: "/recommendations/apply", method: .post, headers: form,
                                              body: ByteBuffer(string: "token=s3cret-token&approver=jane+doe&note=ok"))
            #expect(ok.status == .ok, "\(ok.text)")
            #expect(ok.text.contains("purser/recommendations/"))
        }
    }
}
