import MCP

/// Purser's agent tools and how a call reaches them: the one definition `purser mcp` (stdio) and
/// the control plane's `/mcp` (streamable HTTP) both serve.
///
/// The catalog is the boundary: it holds read tools and propose tools only. There is no tool that
/// applies to a cluster, publishes an environment, merges, approves, records an approval or
/// bypasses the gate, so an agent cannot do those by any call (docs/mcp.md).
public struct AgentToolCatalog: Sendable {
    public let workspace: AgentWorkspace

    public init(workspace: AgentWorkspace) { self.workspace = workspace }

    static let tools: [AgentTool] = [
        .planRevision, .componentDetails, .costReport, .costAnomalies, .costForecast, .governanceEvidence, .auditLog,
        .listRecommendations, .openRecommendationBranch, .requestApproval,
    ]

    /// Every tool's name, in the order `tools/list` shows them.
    public static var names: [String] { tools.map(\.name) }

    /// The tools as `tools/list` answers.
    public static var definitions: [Tool] { tools.map(\.definition) }

    /// Runs a `tools/call`. An unknown tool or bad arguments throw "invalid params" (nothing ran);
    /// a tool that ran and failed answers with `isError` and the reason.
    public func call(_ name: String, arguments: [String: Value]?) async throws -> CallTool.Result {
        guard let tool = Self.tools.first(where: { $0.name == name }) else {
            throw MCPError.invalidParams("unknown tool '\(name)'. Purser's agent tools read and propose only: approving, applying, "
                + "merging and bypassing the gate are left to people (docs/mcp.md). Tools: \(Self.names.joined(separator: ", "))")
        }
        let arguments = try ToolArguments(arguments, for: tool)
        do {
            let answer = try await tool.run(arguments, workspace)
            return CallTool.Result(content: [.text(text: answer, annotations: nil, _meta: nil)], isError: false)
        } catch let error as MCPError {
            throw error
        } catch {
            return CallTool.Result(content: [.text(text: "\(error)", annotations: nil, _meta: nil)], isError: true)
        }
    }
}
