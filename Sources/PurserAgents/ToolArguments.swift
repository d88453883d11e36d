import MCP
import PurserCore

/// A tool call's arguments, checked against the tool's parameters before it runs: an unknown,
/// missing or malformed argument is a JSON-RPC "invalid params" error (-32602) naming the
/// argument and what it expects, and the tool does nothing.
struct ToolArguments: Sendable {
    static let maxRevisionLength = 200
    private let values: [String: Value]

    init(_ arguments: [String: Value]?, for tool: AgentTool) throws(MCPError) {
        let values = arguments ?? [:]
        let known = Set(tool.parameters.map(\.name))
        if let unknown = values.keys.sorted().first(where: { !known.contains($0) }) {
            let expected = tool.parameters.isEmpty ? "it takes no arguments" : "it takes " + tool.parameters.map { "'\($0.name)'" }.joined(separator: ", ")
            throw .invalidParams("unknown argument '\(unknown)' for tool '\(tool.name)': \(expected)")
        }
        for parameter in tool.parameters {
            guard let value = values[parameter.name], !value.isNull else {
                if parameter.required { throw .invalidParams("missing required argument '\(parameter.name)' for tool '\(tool.name)': \(parameter.summary)") }
                continue
            }
            if let problem = Self.problem(with: value, for: parameter.kind) {
                throw .invalidParams("argument '\(parameter.name)' of tool '\(tool.name)' \(problem)")
            }
        }
        self.values = values
    }

    /// What is wrong with `value`, or nil when it fits.
    private static func problem(with value: Value, for kind: ToolParameter.Kind) -> String? {
        if case .integer(let range) = kind {
            guard let number = integer(value), range.contains(number) else {
                return "must be an integer from \(range.lowerBound) to \(range.upperBound), got \(shown(value))"
            }
            return nil
        }
        guard let text = value.stringValue else { return "must be a string, got \(shown(value))" }
        switch kind {
        case .text(let maxLength):
            if text.count > maxLength { return "must be at most \(maxLength) characters, got \(text.count)" }
            if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) { return "must not contain control characters" }
        case .revision:
            if text.isEmpty || text.count > maxRevisionLength || text.hasPrefix("-")
                || text.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7f }) {
                return "must be a git revision (HEAD, a branch, a tag or a commit) of at most \(maxRevisionLength) characters, got \(shown(value))"
            }
        case .component:
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count != 2 || parts.contains(where: \.isEmpty) || text.count > 254 {
                return "must be a component id namespace/name, got \(shown(value))"
            }
        case .day:
            if Day(text) == nil { return "must be a day YYYY-MM-DD such as 2026-11-27, got \(shown(value))" }
        case .changeSet:
            if ChangeSetID(hex: text) == nil { return "must be a change set id (64 lowercase hexadecimal digits), got \(shown(value))" }
        case .choice(let choices):
            if !choices.contains(text) { return "must be one of \(choices.joined(separator: ", ")), got \(shown(value))" }
        case .integer:
            break
        }
        return nil
    }

    private static func integer(_ value: Value) -> Int? {
        if let int = value.intValue { return int }
        if let double = value.doubleValue, double.rounded() == double, abs(double) < 1e15 { return Int(double) }
        return nil
    }

    /// A value as an error message shows it: short, on one line.
    private static func shown(_ value: Value) -> String {
        switch value {
        case .string(let text):
            let clipped = text.count > 60 ? String(text.prefix(60)) + "…" : text
            return "'" + clipped.replacingOccurrences(of: "\n", with: "\\n") + "'"
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        case .bool(let flag): return String(flag)
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        case .data: return "binary data"
        }
    }

    func string(_ name: String) -> String? { values[name]?.stringValue }

    func integer(_ name: String) -> Int? { values[name].flatMap(Self.integer) }

    func day(_ name: String) -> Day? { string(name).flatMap(Day.init) }

    func changeSet(_ name: String) -> ChangeSetID? { string(name).flatMap { ChangeSetID(hex: $0) } }
}
