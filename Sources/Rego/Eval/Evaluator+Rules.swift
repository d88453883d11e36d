import Foundation

extension Evaluator {
    func evalRules(_ node: RuleNode) throws -> RegoValue? {
        let rules = node.rules
        guard let first = rules.first(where: { !$0.rule.isDefault }) ?? rules.first else { return nil }
        let r0 = first.rule
        if r0.headKind == .partialSet && first.keyTerms.isEmpty {
            var out = Set<RegoValue>()
            for r in rules {
                _ = try evalBody(r.rule.body, 0, [:]) { env in
                    try self.evalTerm(r.rule.key!, env) { v, _ in
                        if self.notes != nil { self.note(node, r.rule, v, env) }
                        out.insert(v)
                        try self.budget.addElement(collectionCount: out.count, r.rule.loc)
                        return true
                    }
                }
            }
            return .set(out)
        }
        if !first.keyTerms.isEmpty {
            var out: [RegoValue: RegoValue] = [:]
            var any = false
            for r in rules where r.rule.headKind == .partialSet {
                // `p[q].r contains s`: an object whose leaves are sets.
                _ = try evalBody(r.rule.body, 0, [:]) { env in
                    try self.evalList(r.keyTerms, 0, [], env) { keys, e in
                        try self.evalTerm(r.rule.key!, e) { v, _ in
                            if self.notes != nil { self.note(node, r.rule, v, e) }
                            any = true
                            try Evaluator.insertSetPath(&out, keys[...], v, r.rule.loc)
                            return true
                        }
                    }
                }
            }
            for r in rules where r.rule.headKind != .partialSet {
                _ = try evalBody(r.rule.body, 0, [:]) { env in
                    try self.evalList(r.keyTerms, 0, [], env) { keys, e in
                        try self.evalTerm(r.rule.value ?? Term(.value(.bool(true)), nil), e) { v, _ in
                            if self.notes != nil { self.note(node, r.rule, v, e) }
                            any = true
                            try Evaluator.insertPath(&out, keys[...], v, r.rule.loc)
                            return true
                        }
                    }
                }
            }
            _ = any
            return .object(out)
        }
        // Complete rules.
        var result: RegoValue?
        for r in rules where !r.rule.isDefault {
            try evalComplete(r, node: node) { v in
                if let old = result, old != v {
                    throw RegoError(.conflict, "complete rules must not produce multiple outputs", at: r.rule.loc)
                }
                result = v
            }
        }
        if result == nil, let d = rules.first(where: { $0.rule.isDefault }) {
            _ = try evalTerm(d.rule.value!, [:]) { v, _ in result = v; return false }
        }
        return result
    }

    /// Evaluates one complete-rule definition (with its else chain), emitting each value.
    /// - Parameter compiled: a reference, so the closures below capture one pointer instead of
    ///   copying the rule's fields (a tenth of a small policy's evaluation).
    func evalComplete(_ compiled: CompiledRule, node: RuleNode? = nil, _ emit: (RegoValue) throws -> Void) throws {
        var any = false
        let value = compiled.rule.value ?? Term(.value(.bool(true)), nil)
        _ = try evalBody(compiled.rule.body, 0, [:]) { env in
            try self.evalTerm(value, env) { v, _ in
                if self.notes != nil, let node { self.note(node, compiled.rule, v, env) }
                any = true
                try emit(v)
                return true
            }
        }
        if any { return }
        for e in compiled.rule.elses {
            _ = try evalBody(e.body, 0, [:]) { env in
                try self.evalTerm(e.value ?? Term(.value(.bool(true)), nil), env) { v, _ in
                    if self.notes != nil, let node { self.note(node, compiled.rule, v, env) }
                    any = true
                    try emit(v)
                    return true
                }
            }
            if any { return }
        }
    }

    static func insertSetPath(_ obj: inout [RegoValue: RegoValue], _ keys: ArraySlice<RegoValue>, _ v: RegoValue,
                              _ loc: SourceLocation?) throws {
        let k = keys.first!
        if keys.count == 1 {
            // The set is taken out of the object and every other reference to it dropped before
            // the insert, so it grows in place instead of being copied per element.
            guard var existing = obj.removeValue(forKey: k) else { obj[k] = .set([v]); return }
            guard case .set(var s) = existing else {
                obj[k] = existing
                throw RegoError(.conflict, "object keys must be unique", at: loc)
            }
            existing = .null
            s.insert(v)
            obj[k] = .set(s)
            return
        }
        var inner = try takeObject(&obj, k, loc)
        try insertSetPath(&inner, keys.dropFirst(), v, loc)
        obj[k] = .object(inner)
    }

    /// The object at `k` taken out of `obj` (empty when absent), uniquely referenced so that the
    /// caller's changes are made in place; anything else at `k` is a conflict.
    private static func takeObject(_ obj: inout [RegoValue: RegoValue], _ k: RegoValue, _ loc: SourceLocation?) throws -> [RegoValue: RegoValue] {
        guard var existing = obj.removeValue(forKey: k) else { return [:] }
        guard case .object(let inner) = existing else {
            obj[k] = existing
            throw RegoError(.conflict, "object keys must be unique", at: loc)
        }
        existing = .null
        _ = existing
        return inner
    }

    static func insertPath(_ obj: inout [RegoValue: RegoValue], _ keys: ArraySlice<RegoValue>, _ v: RegoValue,
                           _ loc: SourceLocation?) throws {
        let k = keys.first!
        if keys.count == 1 {
            if let old = obj[k], old != v {
                throw RegoError(.conflict, "object keys must be unique", at: loc)
            }
            obj[k] = v
            return
        }
        var inner = try takeObject(&obj, k, loc)
        try insertPath(&inner, keys.dropFirst(), v, loc)
        obj[k] = .object(inner)
    }

    /// Records a successful body for an explained evaluation.
    func note(_ node: RuleNode, _ rule: Rule, _ value: RegoValue, _ env: Env) {
        var bindings: [String: RegoValue] = [:]
        var seen = Set<String>()
        var n = env.head
        while let binding = n {
            if seen.insert(binding.name).inserted, !binding.name.hasPrefix("$"), let v = binding.value { bindings[binding.name] = v }
            n = binding.next
        }
        notes?.append(RegoExplanation(file: rule.loc?.file.path ?? "", line: rule.loc?.line ?? 0, column: rule.loc?.column ?? 0,
                                      rule: (["data"] + node.path).joined(separator: "."), value: value, bindings: bindings))
    }
}
