import Yams

/// Turns Yams' node graph into the located `YAMLNode` tree, within `YAMLLimits`.
///
/// Yams' composer hands every alias the anchored node itself, so its graph grows with the text.
/// The located tree holds a copy per alias instead, and nested aliases multiply: nine lines of
/// `b: &b [*a, *a, …]` describe a billion nodes. The builder therefore counts the nodes each copy
/// adds and stops at `maxAliasExpansionNodes`, and stops at `maxNestingDepth`, with a diagnostic
/// at the node where the limit was reached.
struct YAMLTreeBuilder {
    let file: String
    let limits: YAMLLimits
    /// Anchored nodes already met in the text; meeting one again means an alias is being copied.
    private var anchoredNodes: Set<AnchorSite> = []
    private var aliasNodes = 0

    private struct AnchorSite: Hashable {
        var anchor: String
        var line: Int
        var column: Int
    }

    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
    }

    mutating func build(_ node: Node) throws(Diagnostic) -> YAMLNode {
        try build(node, depth: 1, copying: nil)
    }

    /// - Parameter copying: the outermost anchored node being copied for an alias, if any.
    private mutating func build(_ node: Node, depth: Int, copying: AnchorSite?) throws(Diagnostic) -> YAMLNode {
        let location = location(of: node, default: nil)
        var copying = copying
        if copying == nil, let anchor = node.anchor {
            let site = AnchorSite(anchor: anchor.rawValue, line: location.line, column: location.column)
            if !anchoredNodes.insert(site).inserted { copying = site }
        }
        if let copying {
            aliasNodes += 1
            if aliasNodes > limits.maxAliasExpansionNodes {
                throw Diagnostic(code: .limitExceeded, location: SourceLocation(file: file, line: copying.line, column: copying.column),
                                 message: "aliases expand to more than \(limits.maxAliasExpansionNodes) nodes, the limit was reached copying '&\(copying.anchor)'; write the values out or nest fewer aliases")
            }
        }
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
                    keyText = Self.flowText(try build(key, depth: depth + 1, copying: copying), limit: 60)
                }
                pairs.append(YAMLPair(key: YAMLScalar(text: keyText, isQuoted: false, location: keyLocation),
                                      value: try build(value, depth: depth + 1, copying: copying)))
            }
            return .mapping(pairs, location)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try build(item, depth: depth + 1, copying: copying)) }
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
