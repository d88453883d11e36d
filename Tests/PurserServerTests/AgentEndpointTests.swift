import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import PurserCore
import Testing
@testable import PurserServer

/// `/mcp` at the HTTP level: the bearer token, the JSON-RPC answers and the boundary. The
/// reference Python client covers the same over a real socket (PurserCLITests' MCPClientTests).
@Suite("MCP endpoint")
struct AgentEndpointTests {
    static let auth: HTTPFields = [.authorization: "Bearer s3cret-token", .contentType: "application/json", .accept: "application/json, text/event-stream"]

    static func rpc(_ method: String, _ params: String = "{}", id: Int = 1) -> ByteBuffer {
        ByteBuffer(string: #"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":\#(params)}"#)
    }

    @Test("without the token or with a wrong one /mcp answers 401 and runs nothing")
    func needsTheToken() async throws {
        try await TestFleet.withApp { client, _, _ in
            var headers = Self.auth
            headers[.authorization] = nil
            let anonymous = try await client.execute(uri: "/mcp", method: .post, headers: headers, body: Self.rpc("tools/list"))
            #expect(anonymous.status == .unauthorized)
            headers[.authorization] = "Bearer s3cret-tokem"
            let wrong = try await client.execute(uri: "/mcp", method: .post, headers: headers, body: Self.rpc("tools/list"))
            #expect(wrong.status == .unauthorized)
            #expect(!wrong.text.contains("tools"))
        }
    }

    @Test("without a configured token /mcp is disabled")
    func disabledWithoutToken() async throws {
        try await TestFleet.withApp(configure: { $0.token = nil }) { client, _, _ in
            let response = try await client.execute(uri: "/mcp", method: .post, headers: Self.auth, body: Self.rpc("tools/list"))
            #expect(response.status == .forbidden)
        }
    }

    @Test("tools/list offers read and propose tools only; an approve tool does not exist")
    func listsTheBoundary() async throws {
        try await TestFleet.withApp { client, _, _ in
            let initialize = try await client.execute(uri: "/mcp", method: .post, headers: Self.auth,
                                                      body: Self.rpc("initialize", #"{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}"#))
            #expect(initialize.status == .ok)
            #expect(((try initialize.json()["result"] as? [String: Any])?["serverInfo"] as? [String: Any])?["name"] as? String == "purser")

            let list = try await client.execute(uri: "/mcp", method: .post, headers: Self.auth, body: Self.rpc("tools/list", id: 2))
            let tools = ((try list.json()["result"] as? [String: Any])?["tools"] as? [[String: Any]]) ?? []
            let names = Set(tools.compactMap { $0["name"] as? String })
            #expect(names == ["plan_revision", "component_details", "cost_report", "cost_anomalies", "cost_forecast", "governance_evidence",
                              "audit_log", "list_recommendations", "open_recommendation_branch", "request_approval"])

            let approve = try await client.execute(uri: "/mcp", method: .post, headers: Self.auth,
                                                   body: Self.rpc("tools/call", #"{"name":"approve_recommendation","arguments":{}}"#, id: 3))
            let error = try #require(try approve.json()["error"] as? [String: Any])
            #expect(error["code"] as? Int == -32602)
            #expect((error["message"] as? String)?.contains("unknown tool 'approve_recommendation'") == true)
        }
    }

    @Test("a wrong argument is a JSON-RPC error naming it; a valid call answers the plan")
    func checksArguments() async throws {
        try await TestFleet.withApp { client, _, _ in
            let bad = try await client.execute(uri: "/mcp", method: .post, headers: Self.auth,
                                               body: Self.rpc("tools/call", #"{"name":"audit_log","arguments":{"limit":"many"}}"#))
            let error = try #require(try bad.json()["error"] as? [String: Any])
            #expect(error["code"] as? Int == -32602)
            #expect((error["message"] as? String)?.contains("argument 'limit' of tool 'audit_log' must be an integer from 1 to 1000, got 'many'") == true)

            let plan = try await client.execute(uri: "/mcp", method: .post, headers: Self.auth,
                                                body: Self.rpc("tools/call", #"{"name":"plan_revision","arguments":{}}"#, id: 2))
            let result = try #require(try plan.json()["result"] as? [String: Any])
            #expect(result["isError"] as? Bool == false)
            let text = try #require(((result["content"] as? [[String: Any]])?.first)?["text"] as? String)
            let planned = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect((planned["fleet"] as? [String: Any])?["name"] as? String == "example-fleet")
        }
    }

    @Test("an approval request is recorded and approves nothing")
    func requestIsNotApproval() async throws {
        try await TestFleet.withApp(prepare: { fleet in
            try fleet.write("purser.yaml", try fleet.read("purser.yaml").replacingOccurrences(
                of: "recommendations:\n", with: "recommendations:\n  writeBack:\n    approval:\n      monthlySavingAbove: 0\n"))
            try fleet.commitAll("every saving needs an approval")
        }) { client, plane, _ in
            let list = try await client.execute(uri: "/mcp", method: .post, headers: Self.auth,
                                                body: Self.rpc("tools/call", #"{"name":"list_recommendations","arguments":{}}"#))
            let text = try #require((((try list.json()["result"] as? [String: Any])?["content"] as? [[String: Any]])?.first)?["text"] as? String)
            let listing = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let id = try #require(ChangeSetID(hex: listing["changeSet"] as? String ?? ""))
            #expect(listing["needsApproval"] as? Bool == true)

            let request = try await client.execute(uri: "/mcp", method: .post, headers: Self.auth,
                                                   body: Self.rpc("tools/call", #"{"name":"request_approval","arguments":{"changeSet":"\#(id.hex)","requester":"bot"}}"#))
            #expect((try request.json()["result"] as? [String: Any])?["isError"] as? Bool == false)
            plane.audit.flush()
            let requests = try plane.audit.trail.events(subject: RecommendationApproval.subject(id), kind: RecommendationApprovalRequest.auditKind)
            #expect(requests.count == 1 && requests.first?.actor == "mcp:bot")
            #expect(try RecommendationApproval.approval(of: id, in: plane.audit.trail) == nil)

            let open = try await client.execute(uri: "/mcp", method: .post, headers: Self.auth,
                                                body: Self.rpc("tools/call", #"{"name":"open_recommendation_branch","arguments":{"changeSet":"\#(id.hex)"}}"#))
            let refused = try #require(try open.json()["result"] as? [String: Any])
            #expect(refused["isError"] as? Bool == true)
            #expect((((refused["content"] as? [[String: Any]])?.first)?["text"] as? String)?.contains("needs an approval") == true)
        }
    }

    @Test("malformed requests get an HTTP error with a JSON-RPC body; nothing runs")
    func malformedRequests() async throws {
        try await TestFleet.withApp { client, _, _ in
            let notJSON = try await client.execute(uri: "/mcp", method: .post, headers: Self.auth, body: ByteBuffer(string: "{"))
            #expect(notJSON.status == .badRequest)
            #expect((try notJSON.json()["error"] as? [String: Any])?["code"] as? Int == -32700)
            var plain = Self.auth
            plain[.contentType] = "text/plain"
            let wrongType = try await client.execute(uri: "/mcp", method: .post, headers: plain, body: Self.rpc("tools/list"))
            #expect(wrongType.status == .unsupportedMediaType)
            let huge = ByteBuffer(string: #"{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"pad":""# + String(repeating: "x", count: 1_100_000) + #""}}"#)
            let tooLarge = try await client.execute(uri: "/mcp", method: .post, headers: Self.auth, body: huge)
            #expect(tooLarge.status == .contentTooLarge)
            let get = try await client.execute(uri: "/mcp", method: .get, headers: Self.auth)
            #expect(get.status == .methodNotAllowed)
        }
    }
}
