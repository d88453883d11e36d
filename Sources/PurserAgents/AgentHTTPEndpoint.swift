import Foundation
import MCP

/// The agent tools over MCP's streamable HTTP transport, stateless: each POST carries one
/// JSON-RPC message and gets its JSON answer (no session, no server-sent events; GET and DELETE
/// answer 405). Each request gets a fresh MCP server over the shared catalog, so clients need no
/// session and one client's `initialize` never collides with another's.
///
/// Authentication is the caller's: the control plane checks its bearer token before calling this.
/// Host and Origin are not restricted to loopback, since the control plane may listen anywhere
/// and a browser cannot present the token by itself.
public struct AgentHTTPEndpoint: Sendable {
    public let catalog: AgentToolCatalog

    public init(catalog: AgentToolCatalog) { self.catalog = catalog }

    public struct Reply: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: Data
    }

    public func handle(method: String, headers: [String: String], body: Data?) async -> Reply {
        let transport = StatelessHTTPServerTransport(validationPipeline: StandardValidationPipeline(validators: [
            AcceptHeaderValidator(mode: .jsonOnly), ContentTypeValidator(), ProtocolVersionValidator(),
        ]))
        let server = await AgentServer.make(catalog)
        do {
            try await server.start(transport: transport)
        } catch {
            return Reply(status: 500, headers: ["Content-Type": "application/json"],
                         body: Data(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32603,"message":"the MCP server did not start"}}"#.utf8))
        }
        let response = await transport.handleRequest(HTTPRequest(method: method, headers: headers, body: body, path: "/mcp"))
        await server.stop()
        return Reply(status: response.statusCode, headers: response.headers, body: response.bodyData ?? Data())
    }
}
