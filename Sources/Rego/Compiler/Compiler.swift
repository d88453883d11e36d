import Foundation

/// Turns parsed modules into a rule tree: resolves names, checks safety, orders bodies.
struct Compiler {
    let options: RegoOptions
    var tree = RuleTree()
    var modules: [Module] = []
    /// Arity of every user function by full dotted path ("data.pkg.f").
    var functionArities: [String: Int] = [:]

    init(options: RegoOptions) { self.options = options }

    mutating func compile(_ mods: [Module]) throws {
        modules = mods
        // Rule names per package, for resolving bare names.
        var names: [[String]: Set<String>] = [:]
        for m in mods {
            for r in m.rules { if let n = r.ref[0].groundValue?.stringValue { names[m.package, default: []].insert(n) } }
        }
        for m in mods {
            for r in m.rules where r.headKind == .function {
                let ground = r.ref.compactMap { $0.groundValue?.stringValue }
                functionArities[(["data"] + m.package + ground).joined(separator: ".")] = r.args?.count ?? 0
            }
        }
        // Every package exists as a (possibly empty) object, even without rules.
        for m in mods { _ = tree.node(m.package, create: true) }
        let metadata = MetadataCalls.index(mods)
        for (mi, m) in mods.enumerated() {
            var scope = Scope(package: m.package, ruleNames: names[m.package] ?? [], imports: [:])
            for imp in m.imports {
                let alias = imp.alias ?? imp.path.last!
                scope.imports[alias] = imp.path
            }
            let readsMetadata = m.file.text.contains("rego.metadata.")
            for r in m.rules {
                let compiled = try compileRule(readsMetadata ? MetadataCalls.rewrite(r, package: m.package, index: metadata) : r, scope: scope)
                try place(compiled, module: mi, package: m.package)
            }
        }
        try checkConflicts(tree.root)
    }

    private func checkConflicts(_ n: RuleNode) throws {
        if !n.rules.isEmpty && !n.functions.isEmpty {
            throw RegoError(.typeCheck, "rule \(n.path.joined(separator: ".")) is both a function and a rule", at: n.rules[0].rule.loc)
        }
        let kinds = Set(n.rules.map { $0.rule.headKind == .partialSet ? ($0.keyTerms.isEmpty ? 1 : 2) : ($0.keyTerms.isEmpty ? 0 : 2) })
        if kinds.count > 1 {
            let r = n.rules.last!.rule
            throw RegoError(.typeCheck, "conflicting rules data.\(n.path.joined(separator: ".")) found", at: r.loc)
        }
        let defaults = n.rules.filter { $0.rule.isDefault }.count + n.functions.filter { $0.rule.isDefault }.count
        if defaults > 1 {
            throw RegoError(.typeCheck, "multiple default rules data.\(n.path.joined(separator: ".")) found", at: n.rules.last?.rule.loc)
        }
        let arities = Set(n.functions.map { $0.rule.args?.count ?? 0 })
        if arities.count > 1 {
            throw RegoError(.typeCheck, "function data.\(n.path.joined(separator: ".")) has arity mismatch", at: n.functions.last?.rule.loc)
        }
        for c in n.children.values { try checkConflicts(c) }
    }

    private mutating func place(_ r: Rule, module: Int, package: [String]) throws {
        var path = package
        var keys: [Term] = []
        for (i, t) in r.ref.enumerated() {
            if i == 0 { path.append(t.groundValue!.stringValue!); continue }
            if keys.isEmpty, let s = t.groundValue?.stringValue { path.append(s) } else { keys.append(t) }
        }
        let node = tree.node(path, create: true)!
        let c = CompiledRule(rule: r, path: path, keyTerms: keys, module: module)
        if r.headKind == .function { node.functions.append(c) } else { node.rules.append(c) }
    }

    // MARK: rule compilation

    private func compileRule(_ r: Rule, scope: Scope) throws -> Rule {
        var r = r
        var locals = Set<String>()
        if let args = r.args { for a in args { collectVars(a, into: &locals) } }
        // Head ref keys: vars stay local (bound by the body).
        var newRef = [r.ref[0]]
        for t in r.ref.dropFirst() { newRef.append(try resolve(t, scope, locals.union(varsIn(t)))) }
        var bound = Set<String>()
        if let args = r.args { r.args = try args.map { try resolve($0, scope, locals) }; bound = locals }
        let (body, bodyBound) = try compileBody(r.body, scope: scope, outer: bound, locals: locals, loc: r.loc)
        r.body = body
        // Head vars bound by the body stay local; other names resolve to rules and imports.
        r.ref = newRef.map { t in (try? resolve(t, scope, bodyBound)) ?? t }
        if let k = r.key { r.key = try resolve(k, scope, bodyBound) }
        if let v = r.value { r.value = try resolve(v, scope, r.isDefault ? [] : bodyBound) }
        // Head vars must be bound by the body.
        if !r.isDefault {
            for t in [r.key, r.value].compactMap({ $0 }) + Array(r.ref.dropFirst()) {
                for v in freeVars(t) where !bodyBound.contains(v) {
                    throw RegoError(.unsafeVar, "var \(displayName(v)) is unsafe", at: t.loc ?? r.loc)
                }
            }
        }
        var elses: [(value: Term?, body: Body)] = []
        for e in r.elses {
            let (eb, eBound) = try compileBody(e.body, scope: scope, outer: bound, locals: locals, loc: r.loc)
            elses.append((try e.value.map { try resolve($0, scope, eBound) }, eb))
        }
        r.elses = elses
        return r
    }

    func displayName(_ v: String) -> String { v.hasPrefix("$_") ? "_" : v }

    /// Resolves names in a body and reorders it so every expression's inputs are bound first.
    func compileBody(_ body: Body, scope: Scope, outer: Set<String>, locals: Set<String>, loc: SourceLocation?) throws -> (Body, Set<String>) {
        var locals = locals.union(outer)
        for e in body { declaredLocals(e, into: &locals) }
        // Vars the body binds by unification or call outputs are visible to its comprehensions
        // too; names of rules and imports stay references unless declared.
        for e in body {
            for v in Safety.bodyVars(e) where !scope.ruleNames.contains(v) && scope.imports[v] == nil && !Safety.globals.contains(v) {
                locals.insert(v)
            }
        }
        var resolved: [Expr] = []
        for e in body { resolved.append(try resolveExpr(e, scope, locals, outer: outer)) }
        return try Safety.order(NegationArguments.hoist(resolved), bound: outer, compiler: self)
    }
}

/// Names visible in a module.
struct Scope {
    var package: [String]
    var ruleNames: Set<String>
    var imports: [String: [String]]
}
