import Foundation
import HTTPTypes
import Hummingbird
import PurserAgents

/// `/mcp`: the agent tools (docs/mcp.md) over MCP's streamable HTTP transport, behind the bearer
/// token like every endpoint that can write (a propose tool opens a branch or records an event).
struct AgentController<Context: RequestContext>: Sendable {
    let endpoint: AgentHTTPEndpoint
    let token: BearerToken
    /// An MCP message is small; this bounds what one request may hold in memory.
    static var maxBodySize: Int { 1024 * 1024 }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post(use: serve)
        routes.get(use: serve)
        routes.delete(use: serve)
        return routes
    }

    @Sendable func serve(request: Request, context: Context) async throws -> Response {
        try token.authorize(request)
        let body = request.method == .post ? try await BodyReader.collect(request, upTo: Self.maxBodySize, within: .seconds(10)) : ByteBuffer()
        var headers: [String: String] = [:]
        for field in request.headers {
            let name = field.name.canonicalName
            headers[name] = headers[name].map { $0 + ", " + field.value } ?? field.value
        }
        let reply = await endpoint.handle(method: request.method.rawValue, headers: headers, body: Data(body.readableBytesView))
        var fields = HTTPFields()
        for (name, value) in reply.headers {
            if let name = HTTPField.Name(name) { fields[name] = value }
        }
        return Response(status: .init(code: reply.status), headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: reply.body)))
    }
}
