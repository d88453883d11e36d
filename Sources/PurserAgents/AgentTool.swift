import MCP

/// One tool an agent may call. Every tool either reads or proposes; none applies, merges,
/// approves or bypasses the gate (docs/mcp.md).
struct AgentTool: Sendable {
    enum Effect: String, Sendable {
        /// Changes nothing.
        case read
        /// Leaves something for a person to review (a branch, an audit event); never applies it.
        case propose
    }

    let name: String
    let title: String
    let summary: String
    let effect: Effect
    let parameters: [ToolParameter]
    /// Runs the tool with checked arguments; the result's text (JSON).
    let run: @Sendable (ToolArguments, AgentWorkspace) async throws -> String

    /// The tool as `tools/list` shows it.
    var definition: Tool {
        let properties = Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.schema) })
        let required = parameters.filter(\.required).map { Value.string($0.name) }
        return Tool(name: name, title: title, description: "[\(effect.rawValue)] " + summary,
                    inputSchema: .object(["type": "object", "properties": .object(properties), "required": .array(required),
                                          "additionalProperties": false]),
                    annotations: .init(title: title, readOnlyHint: effect == .read, destructiveHint: false,
                                       idempotentHint: effect == .read, openWorldHint: false))
    }
}
