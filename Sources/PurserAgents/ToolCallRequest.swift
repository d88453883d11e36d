import MCP

/// `tools/call` with its parameters read as any JSON, so that malformed ones (no tool name,
/// arguments that are not an object) get an "invalid params" error saying what is wrong rather
/// than the SDK's generic decoding failure.
enum ToolCallRequest: Method {
    static let name = CallTool.name
    typealias Parameters = Value
    typealias Result = CallTool.Result

    /// The tool name and its named arguments, or "invalid params" naming what is malformed.
    static func parse(_ params: Value) throws(MCPError) -> (name: String, arguments: [String: Value]?) {
        guard case .object(let fields) = params, case .string(let name)? = fields["name"] else {
            throw .invalidParams("tools/call needs params {\"name\": \"<tool>\", \"arguments\": {…}} with the tool's name as a string")
        }
        switch fields["arguments"] {
        case nil, .null?: return (name, nil)
        case .object(let arguments)?: return (name, arguments)
        default: throw .invalidParams("'arguments' of tools/call must be an object of named arguments")
        }
    }
}
