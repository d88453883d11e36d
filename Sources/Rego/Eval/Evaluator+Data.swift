import Foundation

extension Evaluator {
    /// Evaluates `data` followed by `path`, mixing base documents and rules.
    func evalDataRef(_ path: [Term], _ env: Env, _ loc: SourceLocation?, _ k: ValueCont) throws -> Bool {
        try walkData(program.tree.root, data, path, 0, env, k)
    }

    func walkData(_ node: RuleNode?, _ base: RegoValue?, _ path: [Term], _ i: Int, _ env: Env,
                  _ k: ValueCont) throws -> Bool {
        // Overrides of pure base documents are applied to `data` itself; nodes check here.
        if !dataOverrides.isEmpty, let node, let ov = dataOverrides[node.path] { return try walk(ov, path, i, env, k) }
        guard let node else {
            guard let base else { return true }
            return try walk(base, path, i, env, k, baseDocument: true)
        }
        if node.hasValueRules {
            // A base document at the same path takes precedence, as in OPA.
            if let base, node.children.isEmpty { return try walk(base, path, i, env, k) }
            guard let v = try nodeValue(node, base) else { return true }
            return try walk(v, path, i, env, k)
        }
        if i == path.count {
            guard let v = try materialize(node, node.path, base) else { return true }
            return try k(v, env)
        }
        let kt = path[i]
        if case .value(.string(let s)) = kt.kind {
            return try walkData(node.children[s], base.flatMap { lookup($0, .string(s)) }, path, i + 1, env, k)
        }
        if !hasUnbound(kt, env) {
            return try evalTerm(kt, env) { key, e in
                var key = key
                // Data paths are strings: `data[2]` reads the key "2".
                if case .number(let n) = key, let iv = n.intValue, base?.objectValue != nil || node.children["\(iv)"] != nil {
                    key = .string(String(iv))
                }
                if case .string(let s) = key {
                    return try self.walkData(node.children[s], base.flatMap { self.lookup($0, key) }, path, i + 1, e, k)
                }
                guard let b = base, let child = self.lookupBase(b, key) else { return true }
                return try self.walk(child, path, i + 1, e, k, baseDocument: true)
            }
        }
        guard let v = try materialize(node, node.path, base) else { return true }
        return try walk(v, path, i, env, k)
    }

    /// The full value of a subtree without value rules at its root.
    func materialize(_ node: RuleNode, _ cur: [String], _ base: RegoValue?) throws -> RegoValue? {
        var obj: [RegoValue: RegoValue]
        switch base {
        case .object(let o): obj = o
        case .some(let other): if node.children.isEmpty { return other }; obj = [:]
        case .none: obj = [:]
        }
        for (key, child) in node.children {
            let childPath = cur + [key]
            let childBase = obj[.string(key)]
            var value: RegoValue?
            if let ov = dataOverrides[childPath] { value = ov }
            else if child.hasValueRules {
                // A base document at the same path takes precedence, as in walkData.
                if childBase != nil && child.children.isEmpty { continue }
                value = try nodeValue(child, childBase)
            }
            else if child.children.isEmpty && !child.functions.isEmpty { continue }
            else { value = try materialize(child, childPath, childBase) }
            if let value { obj[.string(key)] = value }
        }
        if base == nil && obj.isEmpty && node !== program.tree.root && node.children.allSatisfy({ $0.value.functions.count > 0 && $0.value.children.isEmpty }) && !node.children.isEmpty {
            return .object([:])
        }
        return .object(obj)
    }

    /// Throws when `added` writes inside a value a generic-ref rule produced `depth` levels below
    /// (both have something at that depth, and it differs).
    static func checkNoInjection(_ produced: RegoValue, _ added: RegoValue, depth: Int, _ loc: SourceLocation?) throws {
        if depth <= 0 {
            if produced != added { throw RegoError(.conflict, "object keys must be unique: a rule writes inside another rule's value", at: loc) }
            return
        }
        guard case .object(let p) = produced, case .object(let a) = added else { return }
        for (k, v) in a { if let existing = p[k] { try checkNoInjection(existing, v, depth: depth - 1, loc) } }
    }

    /// Merges values produced for the same path by different rules; differing leaves conflict.
    static func merge(_ a: RegoValue?, _ b: RegoValue, _ loc: SourceLocation?) throws -> RegoValue {
        guard let a else { return b }
        if a == b { return a }
        if case .set(let x) = a, case .set(let y) = b { return .set(x.union(y)) }
        guard case .object(var x) = a, case .object(let y) = b else {
            throw RegoError(.conflict, "object keys must be unique", at: loc)
        }
        for (k, v) in y { x[k] = try merge(x[k], v, loc) }
        return .object(x)
    }

    /// The value of the rules defined at `node` (cached per evaluation).
    func nodeValue(_ node: RuleNode, _ base: RegoValue?) throws -> RegoValue? {
        if let c = cache[node.id] { return c }
        if inProgress.contains(node.id) {
            throw RegoError(.recursion, "rule data.\(node.path.joined(separator: ".")) is recursive", at: node.rules.first?.rule.loc)
        }
        inProgress.insert(node.id)
        defer { inProgress.remove(node.id) }
        var result = try evalRules(node)
        if !node.children.isEmpty {
            var obj: [RegoValue: RegoValue] = result?.objectValue ?? [:]
            // A rule with a generic ref (`p[q].r := v`) produces whole values `keys` deep: a rule
            // further down (`p.q.r.s := 1`) may not write inside one (OPA: a conflict).
            let leafDepth = node.rules.filter { !$0.keyTerms.isEmpty && $0.rule.headKind != .partialSet }.map(\.keyTerms.count).min()
            if result == nil || result?.objectValue != nil {
                for (key, child) in node.children {
                    let cp = node.path + [key]
                    if let ov = dataOverrides[cp] { obj[.string(key)] = ov; continue }
                    let v = child.hasValueRules ? try nodeValue(child, nil) : try materialize(child, cp, nil)
                    if let v, !(child.rules.isEmpty && child.children.isEmpty) {
                        let loc = node.rules.first?.rule.loc
                        if let leafDepth, let produced = obj[.string(key)] {
                            try Evaluator.checkNoInjection(produced, v, depth: leafDepth - 1, loc)
                        }
                        obj[.string(key)] = try Evaluator.merge(obj[.string(key)], v, loc)
                    }
                }
                if result != nil || !obj.isEmpty { result = .object(obj) }
            }
        }
        cache[node.id] = .some(result)
        return result
    }
}
