import Foundation

extension Evaluator {
    /// Unifies two terms (`a = b`), binding unbound variables on either side.
    func unify(_ a: Term, _ b: Term, _ env: Env, _ k: Cont) throws -> Bool {
        let pa = hasUnbound(a, env), pb = hasUnbound(b, env)
        if pa && pb {
            switch (a.kind, b.kind) {
            case (.array(let x), .array(let y)):
                guard x.count == y.count else { return true }
                return try unifyPairs(Array(zip(x, y)), 0, env, k)
            case (.object(let x), .object(let y)):
                guard x.count == y.count else { return true }
                var pairs: [(Term, Term)] = []
                for (kx, vx) in x {
                    guard let kv = kx.groundValue, let m = y.first(where: { $0.0.groundValue == kv }) else { return true }
                    pairs.append((vx, m.1))
                }
                return try unifyPairs(pairs, 0, env, k)
            default:
                let n = [a, b].compactMap { $0.varName }.first ?? "?"
                throw RegoError(.unsafeVar, "var \(n.hasPrefix("$_") ? "_" : n) is unsafe", at: a.loc)
            }
        }
        if pa { return try evalTerm(b, env) { v, e in try self.unifyPattern(a, v, e, k) } }
        return try evalTerm(a, env) { v, e in try self.unifyPattern(b, v, e, k) }
    }

    private func unifyPairs(_ pairs: [(Term, Term)], _ i: Int, _ env: Env, _ k: Cont) throws -> Bool {
        if i == pairs.count { return try k(env) }
        if stack.exhausted() { throw tooDeep(pairs[i].0.loc) }
        return try unify(pairs[i].0, pairs[i].1, env) { e in try self.unifyPairs(pairs, i + 1, e, k) }
    }

    /// Unifies a term with a value.
    func unifyPattern(_ t: Term, _ v: RegoValue, _ env: Env, _ k: Cont) throws -> Bool {
        switch t.kind {
        case .variable(let n):
            if let cur = env[n] { return cur == v ? try k(env) : true }
            if n == "input" || n == "data" {
                return try evalTerm(t, env) { x, e in x == v ? try k(e) : true }
            }
            var e = env
            e[n] = v
            return try k(e)
        case .value(let x):
            return x == v ? try k(env) : true
        case .array(let items):
            guard case .array(let vals) = v, vals.count == items.count else { return true }
            return try unifyItems(items, vals, 0, env, k)
        case .object(let pairs):
            guard case .object(let o) = v, o.count == pairs.count else { return true }
            var items: [Term] = []
            var vals: [RegoValue] = []
            var missing = false
            for (kt, vt) in pairs {
                _ = try evalTerm(kt, env) { key, _ in
                    if let x = o[key] { items.append(vt); vals.append(x) } else { missing = true }
                    return false
                }
            }
            if missing || items.count != pairs.count { return true }
            return try unifyItems(items, vals, 0, env, k)
        default:
            return try evalTerm(t, env) { x, e in x == v ? try k(e) : true }
        }
    }

    private func unifyItems(_ items: [Term], _ vals: [RegoValue], _ i: Int, _ env: Env, _ k: Cont) throws -> Bool {
        if i == items.count { return try k(env) }
        if stack.exhausted() { throw tooDeep(items[i].loc) }
        return try unifyPattern(items[i], vals[i], env) { e in try self.unifyItems(items, vals, i + 1, e, k) }
    }
}
