// CYaml is the libyaml build Yams compiles (see AliasExpansionCheck); building the located tree
// straight from its events skips Yams' intermediate node graph, a fifth of `purser plan`'s time.
import CYaml

/// Builds located `YAMLNode` documents from libyaml's event stream, within `YAMLLimits`.
///
/// Aliases become copies of their anchored node (bounded beforehand by `AliasExpansionCheck`);
/// nesting is counted with the levels copies bring in; a repeated key in a mapping is a
/// diagnostic at its second occurrence; a syntax error is a diagnostic at libyaml's mark, after
/// the documents read before it.
struct YAMLEventReader {
    let file: SourceFile
    let limits: YAMLLimits

    private struct Built {
        var node: YAMLNode
        /// Levels of lists and mappings in the node (0 for a scalar).
        var height: Int
    }

    /// A list or mapping whose end event has not come yet. Mutated in place on the stack
    /// (`stack[stack.count - 1]`), so appending a child never copies the children read so far.
    private struct Open {
        var isMapping: Bool
        var items: [YAMLNode] = []
        var pairs = YAMLPairIndex()
        var pendingKey: Built?
        var location: SourceLocation
        var anchor: String?
        var height: Int = 1
    }

    func documents() -> (documents: [YAMLNode], diagnostics: [Diagnostic]) {
        var text = file.text
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return ([], [Diagnostic(code: .yamlSyntax, location: SourceLocation(file: file.path, line: 1, column: 1), message: "invalid YAML: out of memory")])
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var documents: [YAMLNode] = []
            var anchors: [String: Built] = [:]
            var stack: [Open] = []
            var root: YAMLNode?
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return (documents, [syntaxError(parser)]) }
                defer { yaml_event_delete(&event) }
                let location = SourceLocation(file: file.path, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                var completed: Built?
                var anchor: String?
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return (documents, [])
                case YAML_DOCUMENT_START_EVENT:
                    anchors.removeAll()
                    root = nil
                case YAML_DOCUMENT_END_EVENT:
                    if let root, !(Self.isNull(root)) { documents.append(root) }
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    let value = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
                    let quoted = scalar.style != YAML_PLAIN_SCALAR_STYLE && scalar.style != YAML_ANY_SCALAR_STYLE
                    completed = Built(node: .scalar(YAMLScalar(text: value, isQuoted: quoted, location: location)), height: 0)
                    anchor = Self.name(scalar.anchor)
                case YAML_ALIAS_EVENT:
                    let name = Self.name(event.data.alias.anchor) ?? ""
                    guard let copy = anchors[name] else {
                        return (documents, [Diagnostic(code: .yamlSyntax, location: location, message: "invalid YAML: found undefined alias")])
                    }
                    completed = copy
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    if stack.count + 1 > limits.maxNestingDepth {
                        return ([], [Diagnostic(code: .limitExceeded, location: location,
                                                message: "lists and mappings nest deeper than \(limits.maxNestingDepth) levels")])
                    }
                    if event.type == YAML_SEQUENCE_START_EVENT {
                        stack.append(Open(isMapping: false, location: location, anchor: Self.name(event.data.sequence_start.anchor)))
                    } else {
                        stack.append(Open(isMapping: true, location: location, anchor: Self.name(event.data.mapping_start.anchor)))
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    if let open = stack.popLast() {
                        completed = Built(node: open.isMapping ? .mapping(open.pairs.pairs, open.location) : .sequence(open.items, open.location),
                                          height: open.height)
                        anchor = open.anchor
                    }
                default:
                    break
                }
                guard let built = completed else { continue }
                if let anchor { anchors[anchor] = built }
                if stack.count + built.height > limits.maxNestingDepth {
                    return ([], [Diagnostic(code: .limitExceeded, location: location,
                                            message: "lists and mappings nest deeper than \(limits.maxNestingDepth) levels")])
                }
                guard !stack.isEmpty else {
                    root = built.node
                    continue
                }
                let top = stack.count - 1
                if !stack[top].isMapping {
                    stack[top].items.append(built.node)
                    stack[top].height = max(stack[top].height, built.height + 1)
                } else if let key = stack[top].pendingKey {
                    let keyText: String
                    if case .scalar(let scalar) = key.node { keyText = scalar.text } else { keyText = Self.flowText(key.node, limit: 60) }
                    if let firstLine = stack[top].pairs[keyText]?.key.location.line {
                        return (documents, [Diagnostic(code: .duplicateKey, location: key.node.location,
                                                       message: "duplicate key '\(keyText)' (first set at line \(firstLine))")])
                    }
                    stack[top].pairs.append(YAMLPair(key: YAMLScalar(text: keyText, isQuoted: false, location: key.node.location), value: built.node))
                    stack[top].pendingKey = nil
                    stack[top].height = max(stack[top].height, built.height + 1, key.height + 1)
                } else {
                    stack[top].pendingKey = built
                }
            }
        }
    }

    private static func isNull(_ node: YAMLNode) -> Bool {
        if case .scalar(let scalar) = node { return scalar.isNull }
        return false
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func syntaxError(_ parser: yaml_parser_t) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        if parser.error == YAML_READER_ERROR {
            let location = file.location(ofUTF8Offset: min(parser.problem_offset, file.text.utf8.count))
            let character = parser.problem_value >= 0 ? Unicode.Scalar(UInt32(truncatingIfNeeded: parser.problem_value)).map { " (U+\(Self.hex($0.value)))" } ?? "" : ""
            return Diagnostic(code: .yamlSyntax, location: location, message: "unreadable YAML: \(problem)\(character)")
        }
        let location = SourceLocation(file: file.path, line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        if problem.hasPrefix("Maximum nesting level") {
            return Diagnostic(code: .limitExceeded, location: location, message: "lists and mappings nest deeper than \(limits.maxNestingDepth) levels")
        }
        var message = "invalid YAML: \(problem)"
        if let context = parser.context { message += " \(String(cString: context))" }
        return Diagnostic(code: .yamlSyntax, location: location, message: message)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A short flow-style rendering of a list or mapping used as a key, for messages.
    static func flowText(_ node: YAMLNode, limit: Int) -> String {
        var text = ""
        func write(_ node: YAMLNode) {
            guard text.count <= limit else { return }
            switch node {
            case .scalar(let scalar): text += scalar.text
            case .sequence(let items, _):
                text += "["
                for (i, item) in items.enumerated() { if i > 0 { text += ", " }; write(item) }
                text += "]"
            case .mapping(let pairs, _):
                text += "{"
                for (i, pair) in pairs.enumerated() { if i > 0 { text += ", " }; text += pair.key.text + ": "; write(pair.value) }
                text += "}"
            }
        }
        write(node)
        return text.count > limit ? String(text.prefix(limit)) + "…" : text
    }
}
