import Yams

/// Turns Yams' node graph into the located `YAMLNode` tree, within `YAMLLimits`.
///
/// Yams' composer hands every alias the anchored node itself, so its graph grows with the text.
/// The located tree holds a copy per alias instead, and nested aliases multiply; the copies are
/// bounded by `AliasExpansionCheck`, run before Yams composes. The builder stops at
/// `maxNestingDepth`, counting the levels copies bring in, with a diagnostic where it was reached.
struct YAMLTreeBuilder {
    let file: String
    let limits: YAMLLimits

    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
    }

    func build(_ node: Node) throws(Diagnostic) -> YAMLNode {
        try build(node, depth: 1)
    }

    private func build(_ node: Node, depth: Int) throws(Diagnostic) -> YAMLNode {
        let location = location(of: node, default: nil)
        if depth > limits.maxNestingDepth, node.isCollection {
            throw Diagnostic(code: .limitExceeded, location: location,
                             message: "lists and mappings nest deeper than \(limits.maxNestingDepth) levels")
        }
        switch node {
        case .scalar(let scalar):
            return .scalar(YAMLScalar(text: scalar.string, isQuoted: scalar.style != .plain && scalar.style != .any, location: location))
        case .mapping(let mapping):
            var pairs: [YAMLPair] = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                let keyLocation = self.location(of: key, default: location)
                let keyText: String
                if case .scalar(let s) = key {
                    keyText = s.string
                } else {
                    keyText = Self.flowText(try build(key, depth: depth + 1), limit: 60)
                }
                pairs.append(YAMLPair(key: YAMLScalar(text: keyText, isQuoted: false, location: keyLocation),
                                      value: try build(value, depth: depth + 1)))
            }
            return .mapping(pairs, location)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try build(item, depth: depth + 1)) }
            return .sequence(items, location)
        case .alias(let alias):
            // Yams' composer resolves aliases; this case only appears in trees built in code.
            return .scalar(YAMLScalar(text: "*\(alias.anchor)", isQuoted: true, location: location))
        }
    }

    private func location(of node: Node, default fallback: SourceLocation?) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? fallback?.line ?? 1, column: node.mark?.column ?? fallback?.column ?? 1)
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

private extension Node {
    var isCollection: Bool {
        switch self {
        case .mapping, .sequence: true
        case .scalar, .alias: false
        }
    }
}
