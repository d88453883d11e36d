import Foundation

extension Evaluator {
    /// Evaluates a term to each of its values (refs with unbound variables enumerate).
    func evalTerm(_ t: Term, _ env: Env, _ k: ValueCont) throws -> Bool {
        switch t.kind {
        case .value(let v): return try k(v, env)
        case .variable(let n):
            if let v = env[n] { return try k(v, env) }
            if n == "input" { guard let input else { return true }; return try k(input, env) }
            if n == "data" { return try evalDataRef([], env, t.loc, k) }
            throw RegoError(.unsafeVar, "var \(n.hasPrefix("$_") ? "_" : n) is unsafe", at: t.loc)
        case .ref(let head, let path):
            return try evalRef(head, path, env, k)
        case .array(let items):
            return try evalList(items, 0, [], env) { vals, e in try k(.array(vals), e) }
        case .set(let items):
            return try evalList(items, 0, [], env) { vals, e in try k(.set(Set(vals)), e) }
        case .object(let pairs):
            let flat = pairs.flatMap { [$0.0, $0.1] }
            return try evalList(flat, 0, [], env) { vals, e in
                var o: [RegoValue: RegoValue] = [:]
                var i = 0
                while i < vals.count { o[vals[i]] = vals[i + 1]; i += 2 }
                return try k(.object(o), e)
            }
        case .arrayCompr(let head, let body):
            var out: [RegoValue] = []
            _ = try evalBody(body, 0, env) { e in
                try self.evalTerm(head, e) { v, _ in out.append(v); try self.budget.addElement(collectionCount: out.count, t.loc); return true }
            }
            return try k(.array(out), env)
        case .setCompr(let head, let body):
            var out = Set<RegoValue>()
            _ = try evalBody(body, 0, env) { e in
                try self.evalTerm(head, e) { v, _ in out.insert(v); try self.budget.addElement(collectionCount: out.count, t.loc); return true }
            }
            return try k(.set(out), env)
        case .objectCompr(let kt, let vt, let body):
            var out: [RegoValue: RegoValue] = [:]
            _ = try evalBody(body, 0, env) { e in
                try self.evalTerm(kt, e) { key, e2 in
                    try self.evalTerm(vt, e2) { v, _ in
                        if let old = out[key], old != v {
                            throw RegoError(.conflict, "object keys must be unique", at: t.loc)
                        }
                        out[key] = v
                        try self.budget.addElement(collectionCount: out.count, t.loc)
                        return true
                    }
                }
            }
            return try k(.object(out), env)
        case .call(let name, let args):
            return try evalCall(name, args, env, t.loc, k)
        case .chain(let first, let links):
            return try evalChain(first, links, env, k)
        case .template(let parts):
            return try evalTemplate(parts, 0, "", env, k)
        }
    }

    private func evalTemplate(_ parts: [TemplatePart], _ i: Int, _ acc: String, _ env: Env, _ k: ValueCont) throws -> Bool {
        if i == parts.count { return try k(.string(acc), env) }
        switch parts[i] {
        case .text(let s): return try evalTemplate(parts, i + 1, acc + s, env, k)
        case .expr(let t):
            var vals: [RegoValue] = []
            _ = try evalTerm(t, env) { v, _ in vals.append(v); return true }
            let s: String
            if vals.isEmpty { s = "<undefined>" }
            else if case .string(let str) = vals[0] { s = str }
            else { s = vals[0].description }
            return try evalTemplate(parts, i + 1, acc + s, env, k)
        }
    }

    /// Evaluates terms left to right, passing each combination of values.
    func evalList(_ items: [Term], _ i: Int, _ acc: [RegoValue], _ env: Env, _ k: ([RegoValue], Env) throws -> Bool) throws -> Bool {
        var i = i
        var acc = acc
        while i < items.count, case .value(let v) = items[i].kind {
            acc.append(v)
            i += 1
        }
        if i == items.count { return try k(acc, env) }
        if stack.exhausted() { throw tooDeep(items[i].loc) }
        return try evalTerm(items[i], env) { v, e in
            var a = acc
            a.append(v)
            return try self.evalList(items, i + 1, a, e, k)
        }
    }

    // MARK: refs

    func evalRef(_ head: Term, _ path: [Term], _ env: Env, _ k: ValueCont) throws -> Bool {
        if case .variable(let n) = head.kind {
            if let v = env[n] { return try walk(v, path, 0, env, k) }
            if n == "input" {
                guard let input else { return true }
                return try walk(input, path, 0, env, k)
            }
            if n == "data" { return try evalDataRef(path, env, head.loc, k) }
            throw RegoError(.unsafeVar, "var \(n) is unsafe", at: head.loc)
        }
        return try evalTerm(head, env) { v, e in try self.walk(v, path, 0, e, k) }
    }

    /// True when the term is an unbound variable (a position that enumerates).
    func isUnboundVar(_ t: Term, _ env: Env) -> Bool {
        if case .variable(let n) = t.kind { return env[n] == nil && n != "input" && n != "data" }
        return false
    }

    func hasUnbound(_ t: Term, _ env: Env) -> Bool {
        switch t.kind {
        case .variable(let n): return env[n] == nil && n != "input" && n != "data"
        case .array(let a): return a.contains { hasUnbound($0, env) }
        case .object(let o): return o.contains { hasUnbound($0.1, env) }
        default: return false
        }
    }

    /// Walks `path[i...]` into a value.
    /// - Parameter baseDocument: `v` is part of `data` loaded from JSON, where OPA's store reads an
    ///   integer key of an object as its decimal string (`data.a[2]` finds the key "2").
    func walk(_ v: RegoValue, _ path: [Term], _ i: Int, _ env: Env, _ k: ValueCont, baseDocument: Bool = false) throws -> Bool {
        if i == path.count { return try k(v, env) }
        if stack.exhausted() { throw tooDeep(path[i].loc) }
        let kt = path[i]
        if case .value(let key) = kt.kind {
            guard let child = baseDocument ? lookupBase(v, key) : lookup(v, key) else { return true }
            return try walk(child, path, i + 1, env, k, baseDocument: baseDocument)
        }
        if hasUnbound(kt, env) {
            return try iterate(v) { key, child in
                try self.unifyPattern(kt, key, env) { e in try self.walk(child, path, i + 1, e, k, baseDocument: baseDocument) }
            }
        }
        return try evalTerm(kt, env) { key, e in
            guard let child = baseDocument ? self.lookupBase(v, key) : self.lookup(v, key) else { return true }
            return try self.walk(child, path, i + 1, e, k, baseDocument: baseDocument)
        }
    }

    func lookupBase(_ v: RegoValue, _ key: RegoValue) -> RegoValue? {
        if let found = lookup(v, key) { return found }
        guard case .object(let o) = v, case .number(let n) = key, let index = n.intValue else { return nil }
        return o[.string(String(index))]
    }

    func lookup(_ v: RegoValue, _ key: RegoValue) -> RegoValue? {
        switch v {
        case .object(let o): return o[key]
        case .array(let a):
            guard case .number(let n) = key, let idx = n.integerOperand, idx >= 0, idx < a.count else { return nil }
            return a[idx]
        case .set(let s): return s.contains(key) ? key : nil
        default: return nil
        }
    }
}
