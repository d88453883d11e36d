import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import PurserServer

@Suite("Following the repo")
struct RepoWatchTests {
    @Test("an invalid commit keeps the last good plan and exposes the error; the fix is planned")
    func invalidThenFixed() async throws {
        try await TestFleet.withApp { client, plane, fleet in
            let good = try fleet.head()
            let path = "components/risk/fraud-tabular.yaml"
            let original = try fleet.read(path)
            try fleet.write(path, original.replacingOccurrences(of: "maxReplicas:", with: "maxReplica:"))
            try fleet.commitAll("typo")
            let outcome = await plane.planner.refresh()
            guard case .failed(let message) = outcome else { Issue.record("expected a failure, got \(outcome)"); return }
            #expect(message.contains("maxReplica"))

            let status = try await client.execute(uri: "/api/v1/status", method: .get).json()
            #expect(status["revision"] as? String == good)
            #expect(((status["error"] as? [String: Any])?["message"] as? String)?.contains("invalid") == true)
            let plan = try await client.execute(uri: "/api/v1/plan", method: .get)
            #expect(plan.status == .ok)
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.text.contains("could not be planned"))

            try fleet.write(path, original)
            try fleet.commitAll("fix")
            let fixed = await plane.planner.refresh()
            #expect(fixed == .planned(revision: try fleet.head()))
            let after = try await client.execute(uri: "/api/v1/status", method: .get).json()
            #expect(after["error"] == nil || after["error"] is NSNull)
            #expect(after["revision"] as? String == (try fleet.head()))
        }
    }

    @Test("the same commit is not planned twice")
    func unchanged() async throws {
        try await TestFleet.withApp { _, plane, _ in
            #expect(await plane.planner.refresh() == .unchanged)
        }
    }

    @Test("POST /api/v1/hooks/git needs the bearer token, then re-plans the new commit")
    func hook() async throws {
        try await TestFleet.withApp { client, _, fleet in
            let anonymous = try await client.execute(uri: "/api/v1/hooks/git", method: .post)
            #expect(anonymous.status == .unauthorized)
            #expect(try anonymous.json()["code"] as? String == "unauthorized")
            let wrong = try await client.execute(uri: "/api/v1/hooks/git", method: .post, headers: [.authorization: "Bearer s3cret-tokeX"])
            #expect(wrong.status == .unauthorized)
            #expect(!wrong.text.contains("s3cret"))

            try fleet.write("components/extra-note.txt", "not a component")
            try fleet.commitAll("touch")
            let ok = try await client.execute(uri: "/api/v1/hooks/git", method: .post, headers: [.authorization: "Bearer s3cret-token"],
                                              body: ByteBuffer(string: #"{"ref":"refs/heads/main"}"#))
            #expect(ok.status == .ok)
            let body = try ok.json()
            #expect(body["outcome"] as? String == "planned")
            #expect(body["revision"] as? String == (try fleet.head()))
        }
    }

    @Test("without a configured token the hook is disabled")
    func noToken() async throws {
        try await TestFleet.withApp(configure: { $0.token = nil }) { client, _, _ in
            let response = try await client.execute(uri: "/api/v1/hooks/git", method: .post, headers: [.authorization: "Bearer anything"])
            #expect(response.status == .forbidden)
        }
    }

    @Test("constant-time comparison matches only equal tokens")
    func compare() {
        #expect(BearerToken.constantTimeEqual(Array("abc".utf8), Array("abc".utf8)))
        #expect(!BearerToken.constantTimeEqual(Array("abc".utf8), Array("abd".utf8)))
        #expect(!BearerToken.constantTimeEqual(Array("abc".utf8), Array("abcd".utf8)))
        #expect(!BearerToken.constantTimeEqual([], Array("a".utf8)))
    }
}
