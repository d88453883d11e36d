import MCP

/// An MCP server over the agent tool catalog.
public enum AgentServer {
    /// The version the server reports, as `purser --version` does.
    public static let version = "0.1.0"

    static let instructions = """
        Purser is the FinOps and governance gate of an AI model fleet kept in git. These tools read plans, costs, \
        evidence and the audit trail, and propose changes for people to review: a recommendation branch, an approval \
        request. None applies, merges, approves or bypasses the gate.
        """

    /// A server answering `tools/list` and `tools/call` from `catalog`.
    public static func make(_ catalog: AgentToolCatalog) async -> Server {
        let server = Server(name: "purser", version: version, instructions: instructions, capabilities: .init(tools: .init(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: AgentToolCatalog.definitions) }
        await server.withMethodHandler(ToolCallRequest.self) { params in
            let (name, arguments) = try ToolCallRequest.parse(params)
            return try await catalog.call(name, arguments: arguments)
        }
        return server
    }

    /// `purser mcp`: serves on standard input and output until the client closes standard input.
    /// Requests still running then are answered first (at most `drainLimit` more).
    public static func serveStandardIO(_ catalog: AgentToolCatalog, drainLimit: Duration = .seconds(300)) async throws {
        let server = await make(catalog)
        let transport = StandardIOTransport()
        try await server.start(transport: transport)
        await server.waitUntilCompleted()
        await transport.drained(within: drainLimit)
        await server.stop()
    }
}
