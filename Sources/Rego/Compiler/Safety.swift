import Foundation

/// Safety analysis: every variable must be bound by some expression before it is read.
/// Orders a body so that expressions run once their inputs are bound, like OPA's compiler.
enum Safety {
    static let globals: Set<String> = ["input", "data"]

    static func order(_ body: Body, bound outer: Set<String>, compiler: Compiler) throws -> (Body, Set<String>) {
        var bound = outer.union(globals)
        var remaining = body.map { ($0, analyze($0, compiler)) }
        var out: Body = []
        while !remaining.isEmpty {
            guard let idx = remaining.firstIndex(where: { $0.1.needs.isSubset(of: bound) }) else {
                let (e, a) = remaining[0]
                let missing = a.needs.subtracting(bound).sorted().first ?? "?"
                throw RegoError(.unsafeVar, "var \(compiler.displayName(missing)) is unsafe", at: e.loc)
            }
            let (e, a) = remaining.remove(at: idx)
            out.append(e)
            bound.formUnion(a.binds)
        }
        return (out, bound)
    }

    struct Analysis {
        var needs = Set<String>()
        var binds = Set<String>()
    }

    static func analyze(_ e: Expr, _ c: Compiler) -> Analysis {
        var a = Analysis()
        switch e.kind {
        case .term(let t):
            if case .call(let name, let args) = t.kind, let arity = arity(name, c), args.count == arity + 1 {
                for x in args.dropLast() { a.needs.formUnion(needs(x)) }
                a.needs.formUnion(patternNeeds(args.last!))
                a.binds.formUnion(patternVars(args.last!))
                for x in args { a.binds.formUnion(refKeyVars(x)) }
            } else {
                a.needs = needs(t)
                a.binds = refKeyVars(t)
            }
        case .unify(let l, let r), .assign(let l, let r):
            a.needs = patternNeeds(l).union(patternNeeds(r))
            a.binds = patternVars(l).union(patternVars(r)).union(refKeyVars(l)).union(refKeyVars(r))
            if case .variable = l.kind, case .variable = r.kind {
                // x = y: one side must already be bound; treat the right side as needed.
                if case .unify = e.kind { a.needs = [] ; a.binds = patternVars(l).union(patternVars(r)) }
            }
        case .not(let inner):
            let i = analyze(inner, c)
            a.needs = i.needs.union(i.binds).filter { !$0.hasPrefix("$_") && !$0.hasPrefix("__local") }
            a.needs.subtract(i.binds.filter { $0.hasPrefix("$_") })
            a.needs = i.needs.filter { !$0.hasPrefix("$_") }
        case .some:
            break
        case .someIn(let k, let v, let coll):
            a.needs = needs(coll)
            if let k { a.needs.formUnion(patternNeeds(k)); a.binds.formUnion(patternVars(k)) }
            a.needs.formUnion(patternNeeds(v))
            a.binds.formUnion(patternVars(v))
            a.binds.formUnion(refKeyVars(coll))
        case .every(_, _, let d, _):
            a.needs = needs(d)
        }
        for w in e.with {
            a.needs.formUnion(needs(w.value).filter { n in
                BuiltinRegistry.shared.lookup(n) == nil && !BuiltinRegistry.shared.hasNamespace(n)
            })
        }
        a.needs.subtract(globals)
        return a
    }

    static func arity(_ name: String, _ c: Compiler) -> Int? {
        if name.isDataPath { return c.functionArities[name] }
        return BuiltinRegistry.shared.lookup(name)?.arity
    }

    /// Vars that must be bound to evaluate `t` as a value.
    static func needs(_ t: Term) -> Set<String> {
        switch t.kind {
        case .value: return []
        case .variable(let n): return [n]
        case .ref(let h, let p):
            var s = needs(h)
            for k in p {
                if case .variable = k.kind { continue }
                s.formUnion(patternNeeds(k))
            }
            return s
        case .array(let a), .set(let a): return a.reduce(into: Set()) { $0.formUnion(needs($1)) }
        case .object(let o): return o.reduce(into: Set()) { $0.formUnion(needs($1.0)); $0.formUnion(needs($1.1)) }
        case .call(_, let a): return a.reduce(into: Set()) { $0.formUnion(needs($1)) }
        case .chain(let first, let links): return links.reduce(into: needs(first)) { $0.formUnion(needs($1.operand)) }
        case .template(let parts):
            var s = Set<String>()
            for p in parts { if case .expr(let e) = p { s.formUnion(needs(e)) } }
            return s
        case .arrayCompr, .setCompr, .objectCompr: return []
        }
    }

    /// Needs of a term in a unification position (vars there can be bound).
    static func patternNeeds(_ t: Term) -> Set<String> {
        switch t.kind {
        case .variable: return []
        case .array(let a): return a.reduce(into: Set()) { $0.formUnion(patternNeeds($1)) }
        case .object(let o): return o.reduce(into: Set()) { $0.formUnion(needs($1.0)); $0.formUnion(patternNeeds($1.1)) }
        default: return needs(t)
        }
    }

    static func patternVars(_ t: Term) -> Set<String> {
        switch t.kind {
        case .variable(let n): return [n]
        case .array(let a): return a.reduce(into: Set()) { $0.formUnion(patternVars($1)) }
        case .object(let o): return o.reduce(into: Set()) { $0.formUnion(patternVars($1.1)) }
        default: return refKeyVars(t)
        }
    }

    /// Vars in ref key positions (bound by enumeration).
    static func refKeyVars(_ t: Term) -> Set<String> {
        switch t.kind {
        case .ref(let h, let p):
            var s = refKeyVars(h)
            for k in p { s.formUnion(patternVars(k)) }
            return s
        case .array(let a), .set(let a): return a.reduce(into: Set()) { $0.formUnion(refKeyVars($1)) }
        case .object(let o): return o.reduce(into: Set()) { $0.formUnion(refKeyVars($1.0)); $0.formUnion(refKeyVars($1.1)) }
        case .call(_, let a): return a.reduce(into: Set()) { $0.formUnion(refKeyVars($1)) }
        case .chain(let first, let links): return links.reduce(into: refKeyVars(first)) { $0.formUnion(refKeyVars($1.operand)) }
        default: return []
        }
    }
}
