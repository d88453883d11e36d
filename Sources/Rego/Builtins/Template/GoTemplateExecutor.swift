/// Executes a parsed Go template over Rego values the way `text/template` executes over the
/// Go values OPA converts them to (maps, slices, strings, float64s, bools, nil), with OPA's
/// `missingkey=error`: a missing map key is an error, not `<no value>`.
struct GoTemplateExecutor {
    /// Output beyond this many bytes, or more than `maximumSteps` node executions, stops with an error.
    let maximumBytes: Int
    var maximumSteps = 10_000_000
    private var output = ""
    private var steps = 0
    private var scopes: [[String: RegoValue]] = []

    init(maximumBytes: Int) { self.maximumBytes = maximumBytes }

    mutating func render(_ nodes: [GoTemplateNode], data: RegoValue) throws(GoTemplateError) -> String {
        scopes = [["$": data]]
        try run(nodes, dot: data)
        return output
    }

    private mutating func run(_ nodes: [GoTemplateNode], dot: RegoValue) throws(GoTemplateError) {
        for node in nodes {
            steps += 1
            guard steps <= maximumSteps else { throw GoTemplateError("execution exceeded \(maximumSteps) steps") }
            switch node {
            case .text(let text): try emit(text)
            case .output(let pipe):
                let value = try evaluate(pipe, dot: dot)
                if pipe.variables.isEmpty { try emit(Self.text(value)) }
            case .conditional(let pipe, let then, let otherwise):
                scopes.append([:])
                let condition = try evaluate(pipe, dot: dot)
                try run(Self.truth(condition) ? then : otherwise, dot: dot)
                scopes.removeLast()
            case .with(let pipe, let body, let otherwise):
                scopes.append([:])
                let value = try evaluate(pipe, dot: dot)
                if Self.truth(value) { try run(body, dot: value) } else { try run(otherwise, dot: dot) }
                scopes.removeLast()
            case .range(var pipe, let body, let otherwise):
                let variables = pipe.variables
                pipe.variables = []
                let collection = try evaluate(pipe, dot: dot)
                let items: [(RegoValue, RegoValue)]
                switch collection {
                case .array(let list): items = list.enumerated().map { (.number(.int($0.offset)), $0.element) }
                case .object(let map): items = map.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
                case .set(let set): items = set.sorted().enumerated().map { (.number(.int($0.offset)), $0.element) }
                case .null: items = []
                default: throw GoTemplateError("range can't iterate over \(Self.text(collection))")
                }
                if items.isEmpty { try run(otherwise, dot: dot); continue }
                for (key, element) in items {
                    var scope: [String: RegoValue] = [:]
                    if variables.count == 1 { scope[variables[0]] = element }
                    if variables.count == 2 { scope[variables[0]] = key; scope[variables[1]] = element }
                    scopes.append(scope)
                    try run(body, dot: element)
                    scopes.removeLast()
                }
            }
        }
    }

    private mutating func emit(_ text: String) throws(GoTemplateError) {
        guard output.utf8.count + text.utf8.count <= maximumBytes else { throw GoTemplateError("output exceeds \(maximumBytes) bytes") }
        output += text
    }

    private mutating func evaluate(_ pipe: GoTemplatePipeline, dot: RegoValue) throws(GoTemplateError) -> RegoValue {
        var value: RegoValue?
        for command in pipe.commands {
            value = try call(command, dot: dot, piped: value)
        }
        let result = value ?? .null
        if !pipe.variables.isEmpty {
            let name = pipe.variables[pipe.variables.count - 1]
            if pipe.declares {
                scopes[scopes.count - 1][name] = result
            } else {
                guard let level = scopes.lastIndex(where: { $0[name] != nil }) else { throw GoTemplateError("undefined variable: \(name)") }
                scopes[level][name] = result
            }
        }
        return result
    }

    private mutating func call(_ command: [GoTemplateOperand], dot: RegoValue, piped: RegoValue?) throws(GoTemplateError) -> RegoValue {
        guard case .function(let name) = command[0] else {
            guard command.count == 1, piped == nil else { throw GoTemplateError("can't give argument to non-function \(command[0])") }
            return try value(command[0], dot: dot)
        }
        var args: [RegoValue] = []
        for operand in command.dropFirst() { args.append(try value(operand, dot: dot)) }
        if let piped { args.append(piped) }
        return try GoTemplateFunctions.call(name, args)
    }

    private mutating func value(_ operand: GoTemplateOperand, dot: RegoValue) throws(GoTemplateError) -> RegoValue {
        switch operand {
        case .dot: return dot
        case .literal(let v): return v
        case .variable(let name):
            guard let v = scopes.last(where: { $0[name] != nil })?[name] else { throw GoTemplateError("undefined variable: \(name)") }
            return v
        case .function(let name): return try GoTemplateFunctions.call(name, [])
        case .pipeline(let pipe):
            scopes.append([:])
            defer { scopes.removeLast() }
            return try evaluate(pipe, dot: dot)
        case .fields(let base, let names):
            var current = try base.map { operand throws(GoTemplateError) in try value(operand, dot: dot) } ?? dot
            for name in names {
                guard case .object(let map) = current else {
                    throw GoTemplateError("can't evaluate field \(name) in type \(Self.goType(current))")
                }
                guard let next = map[.string(name)] else { throw GoTemplateError("map has no entry for key \"\(name)\"") }
                current = next
            }
            return current
        }
    }

    /// Go's truth: false, 0, nil and empty strings, slices and maps are false.
    static func truth(_ v: RegoValue) -> Bool {
        switch v {
        case .null: false
        case .bool(let b): b
        case .number(let n): n.doubleValue != 0
        case .string(let s): !s.isEmpty
        case .array(let a): !a.isEmpty
        case .object(let o): !o.isEmpty
        case .set(let s): !s.isEmpty
        }
    }

    static func goType(_ v: RegoValue) -> String {
        switch v {
        case .null: "<nil>"
        case .bool: "bool"
        case .number: "float64"
        case .string: "string"
        case .array, .set: "[]interface {}"
        case .object: "map[string]interface {}"
        }
    }

    /// What `fmt.Sprint` prints for the Go value.
    static func text(_ v: RegoValue) -> String {
        switch v {
        case .null: "<nil>"
        case .bool(let b): b ? "true" : "false"
        case .number, .string: GoFormat.plain(v)
        case .array(let a): "[" + a.map(text).joined(separator: " ") + "]"
        case .set(let s): "[" + s.sorted().map(text).joined(separator: " ") + "]"
        case .object(let o): "map[" + o.sorted { $0.key < $1.key }.map { text($0.key) + ":" + text($0.value) }.joined(separator: " ") + "]"
        }
    }
}
