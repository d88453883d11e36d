import Foundation

/// Safety analysis: every variable must be bound by some expression before it is read.
/// Orders a body so that expressions run once their inputs are bound, like OPA's compiler.
enum Safety {
    static let globals: Set<String> = ["input", "data"]

    static func order(_ body: Body, bound outer: Set<String>, compiler: Compiler) throws -> (Body, Set<String>) {
        var bound = outer.union(globals)
        let shared = body.reduce(into: Set<String>()) { $0.formUnion(bodyVars($1)) }
        // A var declared with `:=` or `some` after a comprehension is a different var there (OPA
        // renames declared vars from their declaration on), so only earlier declarations are shared.
        var declaredAt: [String: Int] = [:]
        for (i, e) in body.enumerated() {
            var declared = Set<String>()
            compiler.declaredLocals(e, into: &declared)
            for v in declared where declaredAt[v] == nil { declaredAt[v] = i }
        }
        var remaining = body.enumerated().map { i, e in
            var a = analyze(e, compiler)
            let captured = comprehensionVars(e).intersection(shared).filter { v in declaredAt[v].map { $0 < i } ?? true }
            a.needs.formUnion(captured.subtracting(a.binds).subtracting(globals))
            return (e, a)
        }
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
                // A ref in one argument binds its key variables for the others (`x == a[x]`).
                a.needs.subtract(args.dropLast().reduce(into: Set<String>()) { $0.formUnion(refKeyVars($1)) })
            } else {
                a.needs = needs(t)
                a.binds = refKeyVars(t)
                if case .call = t.kind { a.needs.subtract(a.binds) }
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

/// Variables shared between a body and the comprehensions inside it. A comprehension reads the
/// enclosing body's variables (a closure), including those bound by unification or a call's
/// output, so it must run after the expressions that bind them.
extension Safety {
    /// Vars of `e` outside any comprehension (what the enclosing body itself can bind or read).
    static func bodyVars(_ e: Expr) -> Set<String> {
        var s = Set<String>()
        visit(e, comprehensions: false) { s.insert($0) }
        return s
    }

    /// Vars that comprehensions within `e` mention, at any depth.
    static func comprehensionVars(_ e: Expr) -> Set<String> {
        var all = Set<String>()
        visit(e, comprehensions: true) { all.insert($0) }
        return all.subtracting(bodyVars(e))
    }

    private static func visit(_ e: Expr, comprehensions: Bool, _ f: (String) -> Void) {
        switch e.kind {
        case .term(let t): visit(t, comprehensions, f)
        case .unify(let l, let r), .assign(let l, let r): visit(l, comprehensions, f); visit(r, comprehensions, f)
        case .not(let inner): visit(inner, comprehensions: comprehensions, f)
        case .some(let names): names.forEach(f)
        case .someIn(let k, let v, let c):
            if let k { visit(k, comprehensions, f) }
            visit(v, comprehensions, f)
            visit(c, comprehensions, f)
        case .every(let k, let v, let d, let body):
            visit(d, comprehensions, f)
            if comprehensions {
                if let k { visit(k, comprehensions, f) }
                visit(v, comprehensions, f)
                for x in body { visit(x, comprehensions: true, f) }
            }
        }
        for w in e.with { visit(w.value, comprehensions, f) }
    }

    private static func visit(_ t: Term, _ comprehensions: Bool, _ f: (String) -> Void) {
        switch t.kind {
        case .value: break
        case .variable(let n): f(n)
        case .ref(let h, let p): visit(h, comprehensions, f); for k in p { visit(k, comprehensions, f) }
        case .array(let a), .set(let a): for x in a { visit(x, comprehensions, f) }
        case .object(let o): for (k, v) in o { visit(k, comprehensions, f); visit(v, comprehensions, f) }
        case .call(_, let a): for x in a { visit(x, comprehensions, f) }
        case .chain(let first, let links): visit(first, comprehensions, f); for l in links { visit(l.operand, comprehensions, f) }
        case .template(let parts): for p in parts { if case .expr(let x) = p { visit(x, comprehensions, f) } }
        case .arrayCompr(let h, let body), .setCompr(let h, let body):
            guard comprehensions else { return }
            visit(h, true, f)
            for x in body { visit(x, comprehensions: true, f) }
        case .objectCompr(let k, let v, let body):
            guard comprehensions else { return }
            visit(k, true, f)
            visit(v, true, f)
            for x in body { visit(x, comprehensions: true, f) }
        }
    }
}
