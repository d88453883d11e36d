import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import PurserServer

@Suite("Method not allowed")
struct MethodNotAllowedTests {
    @Test("a known path asked with another method is 405 with Allow; an unknown path stays 404")
    func methodNotAllowed() async throws {
        try await TestFleet.withApp { client, _, _ in
            for (method, path, allow) in [(HTTPRequest.Method.delete, "/api/v1/status", "GET"), (.get, "/api/v1/hooks/git", "POST"),
                                          (.put, "/api/v1/components/ai-prod/video-moderation", "GET"), (.get, "/admission/validate", "POST"),
                                          (.get, "/api/v1/recommendations/apply", "POST"), (.options, "/metrics", "GET")] {
                let response = try await client.execute(uri: path, method: method)
                #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                #expect(response.headers[.allow] == allow, "\(method) \(path)")
                #expect(try response.json()["code"] as? String == "method-not-allowed")
            }
            for (method, path) in [(HTTPRequest.Method.get, "/api/v1/nope"), (.post, "/api/v1/components/a/b/c/d"), (.delete, "/nope")] {
                let response = try await client.execute(uri: path, method: method)
                #expect(response.status == .notFound, "\(method) \(path)")
                #expect(response.headers[.allow] == nil)
                #expect(try response.json()["code"] as? String == "not-found")
            }
            // A route's own 404 (no such component) is not turned into a 405.
            let missing = try await client.execute(uri: "/api/v1/components/ai-prod/nope", method: .get)
            #expect(missing.status == .notFound)
        }
    }
}
