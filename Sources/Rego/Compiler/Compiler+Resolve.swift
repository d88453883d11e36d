import Foundation

extension Compiler {
    func collectVars(_ t: Term, into s: inout Set<String>) {
        switch t.kind {
        case .variable(let n): s.insert(n)
        case .ref(let h, let p): collectVars(h, into: &s); for x in p { collectVars(x, into: &s) }
        case .array(let a), .set(let a): for x in a { collectVars(x, into: &s) }
        case .object(let o): for (k, v) in o { collectVars(k, into: &s); collectVars(v, into: &s) }
        case .call(_, let a): for x in a { collectVars(x, into: &s) }
        case .chain(let first, let links): collectVars(first, into: &s); for l in links { collectVars(l.operand, into: &s) }
        default: break
        }
    }

    func varsIn(_ t: Term) -> Set<String> {
        var s = Set<String>()
        collectVars(t, into: &s)
        return s
    }

    /// Vars left in a resolved term other than `input`/`data` roots.
    func freeVars(_ t: Term) -> Set<String> {
        varsIn(t).subtracting(["input", "data"])
    }

    /// Names an expression declares as local (shadowing rule names).
    func declaredLocals(_ e: Expr, into s: inout Set<String>) {
        switch e.kind {
        case .assign(let l, _): collectVars(l, into: &s)
        case .some(let names): s.formUnion(names)
        case .someIn(let k, let v, _): if let k { collectVars(k, into: &s) }; collectVars(v, into: &s)
        default: break
        }
    }

    func resolveExpr(_ e: Expr, _ scope: Scope, _ locals: Set<String>, outer: Set<String>) throws -> Expr {
        var e = e
        switch e.kind {
        case .term(let t): e.kind = .term(try resolve(t, scope, locals))
        case .unify(let a, let b): e.kind = .unify(try resolve(a, scope, locals), try resolve(b, scope, locals))
        case .assign(let a, let b):
            for v in varsIn(a) where v == "input" || v == "data" {
                throw RegoError(.compile, "cannot assign to \(v)", at: a.loc)
            }
            if case .value = a.kind { throw RegoError(.compile, "cannot assign to \(a.groundValue!)", at: a.loc) }
            if case .ref = a.kind { throw RegoError(.parse, "cannot assign to ref", at: a.loc) }
            if case .call = a.kind { throw RegoError(.parse, "cannot assign to call", at: a.loc) }
            e.kind = .assign(try resolve(a, scope, locals), try resolve(b, scope, locals))
        case .not(let inner): e.kind = .not(try resolveExpr(inner, scope, locals, outer: outer))
        case .some: break
        case .someIn(let k, let v, let c):
            e.kind = .someIn(key: try k.map { try resolve($0, scope, locals) }, value: try resolve(v, scope, locals),
                             collection: try resolve(c, scope, locals))
        case .every(let k, let v, let d, let body):
            var inner = locals
            if let k { collectVars(k, into: &inner) }
            collectVars(v, into: &inner)
            var bound = locals
            bound.formUnion(inner)
            let (b, _) = try compileBody(body, scope: scope, outer: bound, locals: inner, loc: e.loc)
            e.kind = .every(key: try k.map { try resolve($0, scope, inner) }, value: try resolve(v, scope, inner),
                            domain: try resolve(d, scope, locals), body: b)
        }
        e.with = try e.with.map { w in
            var w = w
            w.target = try resolveWithTarget(w.target, scope)
            w.value = try resolve(w.value, scope, locals)
            return w
        }
        return e
    }

    func resolveWithTarget(_ t: Term, _ scope: Scope) throws -> Term {
        switch t.kind {
        case .variable(let n):
            if n == "input" || n == "data" { return t }
            if let p = scope.imports[n] { return refFromPath(p, t.loc) }
            if scope.ruleNames.contains(n) { return refFromPath(["data"] + scope.package + [n], t.loc) }
            return Term(.call(n, []), t.loc)  // built-in function mock
        case .ref(let h, let p):
            if let n = h.varName, n != "input", n != "data", scope.imports[n] == nil, !scope.ruleNames.contains(n) {
                // dotted built-in name
                let parts = [n] + p.compactMap { $0.groundValue?.stringValue }
                return Term(.call(parts.joined(separator: "."), []), t.loc)
            }
            return try resolve(t, scope, [])
        default:
            throw RegoError(.typeCheck, "with keyword target must reference existing input, data, or a function", at: t.loc)
        }
    }

    func refFromPath(_ p: [String], _ loc: SourceLocation?) -> Term {
        let head = Term(.variable(p[0]), loc)
        if p.count == 1 { return head }
        return Term(.ref(head, p.dropFirst().map { Term(.value(.string($0)), loc) }), loc)
    }

    func resolve(_ t: Term, _ scope: Scope, _ locals: Set<String>) throws -> Term {
        // A guard per call: queries compile on whichever thread prepares them.
        if StackGuard().exhausted() { throw RegoError(.compile, "term nested too deeply for the thread's stack", at: t.loc) }
        var t = t
        switch t.kind {
        case .value: return t
        case .variable(let n):
            if locals.contains(n) || n.hasPrefix("$_") || n == "input" || n == "data" { return t }
            if let p = scope.imports[n] { return refFromPath(p, t.loc) }
            if scope.ruleNames.contains(n) { return refFromPath(["data"] + scope.package + [n], t.loc) }
            return t
        case .ref(let h, let p):
            let head = try resolve(h, scope, locals)
            let path = try p.map { try resolve($0, scope, locals) }
            if case .ref(let hh, let hp) = head.kind { t.kind = .ref(hh, hp + path) } else { t.kind = .ref(head, path) }
        case .array(let a):
            let items = try a.map { try resolve($0, scope, locals) }
            let vals = items.compactMap(\.groundValue)
            t.kind = vals.count == items.count ? .value(.array(vals)) : .array(items)
        case .set(let a):
            let items = try a.map { try resolve($0, scope, locals) }
            let vals = items.compactMap(\.groundValue)
            t.kind = vals.count == items.count ? .value(.set(Set(vals))) : .set(items)
        case .object(let o):
            let pairs = try o.map { (try resolve($0.0, scope, locals), try resolve($0.1, scope, locals)) }
            if pairs.allSatisfy({ $0.0.groundValue != nil && $0.1.groundValue != nil }) {
                var d: [RegoValue: RegoValue] = [:]
                for (k, v) in pairs { d[k.groundValue!] = v.groundValue! }
                t.kind = d.count == pairs.count ? .value(.object(d)) : .object(pairs)
            } else {
                t.kind = .object(pairs)
            }
        case .call(let name, let args):
            let resolvedName = try resolveFunction(name, scope, locals, t.loc)
            t.kind = .call(resolvedName, try args.map { try resolve($0, scope, locals) })
            try checkArity(resolvedName, args.count, t.loc)
        case .chain(let first, let links):
            t.kind = .chain(try resolve(first, scope, locals), try links.map { l in
                var l = l
                l.operand = try resolve(l.operand, scope, locals)
                return l
            })
        case .arrayCompr(let h, let body):
            let (b, bound) = try compileBody(body, scope: scope, outer: locals, locals: [], loc: t.loc)
            let head = try resolve(h, scope, locals.union(bound))
            try checkHead(head, bound.union(locals), t.loc)
            t.kind = .arrayCompr(head, b)
        case .setCompr(let h, let body):
            let (b, bound) = try compileBody(body, scope: scope, outer: locals, locals: [], loc: t.loc)
            let head = try resolve(h, scope, locals.union(bound))
            try checkHead(head, bound.union(locals), t.loc)
            t.kind = .setCompr(head, b)
        case .objectCompr(let k, let v, let body):
            let (b, bound) = try compileBody(body, scope: scope, outer: locals, locals: [], loc: t.loc)
            let key = try resolve(k, scope, locals.union(bound)), value = try resolve(v, scope, locals.union(bound))
            try checkHead(key, bound.union(locals), t.loc)
            try checkHead(value, bound.union(locals), t.loc)
            t.kind = .objectCompr(key, value, b)
        case .template(let parts):
            t.kind = .template(try parts.map {
                if case .expr(let e) = $0 { return .expr(try resolve(e, scope, locals)) }
                return $0
            })
        }
        return t
    }

    /// Comprehension head variables must be bound by the comprehension body or the enclosing scope.
    private func checkHead(_ h: Term, _ bound: Set<String>, _ loc: SourceLocation?) throws {
        for v in Safety.needs(h).subtracting(Safety.globals) where !bound.contains(v) {
            throw RegoError(.unsafeVar, "var \(displayName(v)) is unsafe", at: h.loc ?? loc)
        }
    }

    func resolveFunction(_ name: String, _ scope: Scope, _ locals: Set<String>, _ loc: SourceLocation?) throws -> String {
        let parts = name.split(separator: ".").map(String.init)
        if parts[0] == "data" { return name }
        if let p = scope.imports[parts[0]], p.first == "data" {
            return (p + parts.dropFirst()).joined(separator: ".")
        }
        if scope.ruleNames.contains(parts[0]) {
            return (["data"] + scope.package + parts).joined(separator: ".")
        }
        if BuiltinRegistry.shared.lookup(name) != nil { return name }
        throw RegoError(.typeCheck, "undefined function \(name)", at: loc)
    }

    func checkArity(_ name: String, _ n: Int, _ loc: SourceLocation?) throws {
        if name.isDataPath {
            guard let a = functionArities[name] else {
                // A call through a data ref that is not a function (or not found): checked at eval time.
                return
            }
            if n != a && n != a + 1 {
                throw RegoError(.typeCheck, "function \(name) has arity \(a), got \(n) arguments", at: loc)
            }
            return
        }
        guard let decl = BuiltinRegistry.shared.lookup(name) else { return }
        if let a = decl.arity, n != a && n != a + 1 {
            throw RegoError(.typeCheck, "\(name): arity mismatch: expected \(a) arguments, got \(n)", at: loc)
        }
    }
}
