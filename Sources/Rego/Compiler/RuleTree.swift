/// A compiled rule definition placed in the data tree.
final class CompiledRule: @unchecked Sendable {
    let rule: Rule
    /// Ground path from the data root (package + ground prefix of the head ref).
    let path: [String]
    /// Non-ground suffix of the head ref (partial object / ref heads).
    let keyTerms: [Term]
    let module: Int

    init(rule: Rule, path: [String], keyTerms: [Term], module: Int) {
        self.rule = rule
        self.path = path
        self.keyTerms = keyTerms
        self.module = module
    }
}

/// A node of the virtual document tree: children by key, rules defined exactly here.
final class RuleNode: @unchecked Sendable {
    var children: [String: RuleNode] = [:]
    var rules: [CompiledRule] = []
    var functions: [CompiledRule] = []
    let path: [String]
    let id: Int

    init(path: [String], id: Int) {
        self.path = path
        self.id = id
    }

    var hasValueRules: Bool { !rules.isEmpty }
}

/// The rule tree of all modules.
final class RuleTree: @unchecked Sendable {
    let root = RuleNode(path: [], id: 0)
    private var nextID = 1

    func node(_ path: [String], create: Bool) -> RuleNode? {
        var n = root
        for (i, k) in path.enumerated() {
            if let c = n.children[k] { n = c; continue }
            guard create else { return nil }
            let c = RuleNode(path: Array(path[0...i]), id: nextID)
            nextID += 1
            n.children[k] = c
            n = c
        }
        return n
    }

    var nodeCount: Int { nextID }
}
