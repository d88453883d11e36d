import MCP

/// One argument of an agent tool: its JSON Schema for `tools/list` and the check its value must
/// pass before the tool runs.
struct ToolParameter: Sendable {
    enum Kind: Sendable {
        /// Free text of at most `maxLength` characters, no control characters.
        case text(maxLength: Int)
        /// A git revision (`HEAD`, a branch, a tag, a commit); never an option such as `--all`.
        case revision
        /// A component id, `namespace/name`.
        case component
        /// A UTC day, `YYYY-MM-DD`.
        case day
        /// A change set id: 64 lowercase hexadecimal digits.
        case changeSet
        case integer(ClosedRange<Int>)
        case choice([String])
    }

    let name: String
    let kind: Kind
    let summary: String
    let required: Bool

    init(_ name: String, _ kind: Kind, _ summary: String, required: Bool = false) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.required = required
    }

    var schema: Value {
        var schema: [String: Value] = ["description": .string(summary)]
        switch kind {
        case .text(let maxLength):
            schema["type"] = "string"
            schema["maxLength"] = .int(maxLength)
        case .revision:
            schema["type"] = "string"
            schema["maxLength"] = .int(ToolArguments.maxRevisionLength)
        case .component:
            schema["type"] = "string"
            schema["pattern"] = "^[^/]+/[^/]+$"
        case .day:
            schema["type"] = "string"
            schema["format"] = "date"
        case .changeSet:
            schema["type"] = "string"
            schema["pattern"] = "^[0-9a-f]{64}$"
        case .integer(let range):
            schema["type"] = "integer"
            schema["minimum"] = .int(range.lowerBound)
            schema["maximum"] = .int(range.upperBound)
        case .choice(let values):
            schema["type"] = "string"
            schema["enum"] = .array(values.map { .string($0) })
        }
        return .object(schema)
    }
}
