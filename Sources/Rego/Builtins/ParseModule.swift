import Foundation

/// `rego.parse_module(filename, source)`: the module's abstract syntax tree in OPA's JSON form
/// (ast.Module marshalled without locations): `package.path`, `imports[].path` (and `alias`),
/// and `rules[]` with `head` (`name`, `ref`, `args`, `key`, `value`, `assign`), `body` (each
/// expression with `index`, `terms`, `negated`, `with`), `default` and `else`. A term is
/// `{"type", "value"}` with OPA's type names; operators are calls of their built-in names
/// (`a = b` is `eq`, `x := y` is `assign`); wildcards are `$0`, `$1`, … in order.
enum ParseModuleBuiltins {
    static let all: [String: BuiltinFn] = [
        "rego.parse_module": { c, a in
            let name = try c.string(a, 0), source = try c.string(a, 1)
            let module: Module
            do {
                var parser = try Parser(file: SourceFile(path: name, text: source), maxDepth: c.evaluator.options.maxNestingDepth)
                module = try parser.parseModule(version: .v1)
            } catch let error as RegoError {
                throw c.fail("\(error.code): \(error.message)")
            }
            var export = ModuleJSON()
            return export.module(module)
        },
    ]
}

/// One export: wildcard names are numbered per module.
private struct ModuleJSON {
    var wildcards: [String: String] = [:]

    mutating func module(_ m: Module) -> RegoValue {
        var out: [RegoValue: RegoValue] = [:]
        out["package"] = .object(["path": .array([term("var", .string("data"))] + m.package.map { term("string", .string($0)) })])
        let imports = m.languageImports.map { ($0, nil as String?) } + m.imports.map { ($0.path, $0.alias) }
        if !imports.isEmpty {
            out["imports"] = .array(imports.map { path, alias in
                var entry: [RegoValue: RegoValue] = ["path": term("ref", .array([term("var", .string(path[0]))] + path.dropFirst().map { term("string", .string($0)) }))]
                if let alias { entry["alias"] = .string(alias) }
                return .object(entry)
            })
        }
        if !m.rules.isEmpty { out["rules"] = .array(m.rules.map { rule($0) }) }
        return .object(out)
    }

    func term(_ type: String, _ value: RegoValue) -> RegoValue { .object(["type": .string(type), "value": value]) }

    mutating func rule(_ r: Rule) -> RegoValue {
        var head: [RegoValue: RegoValue] = [:]
        var ref: [RegoValue] = []
        for (i, part) in r.ref.enumerated() {
            if i == 0, case .value(.string(let name)) = part.kind { ref.append(term("var", .string(name))) } else { ref.append(term(part)) }
        }
        head["ref"] = .array(ref)
        if r.ref.count == 1, case .value(.string(let name)) = r.ref[0].kind { head["name"] = .string(name) }
        if let args = r.args { head["args"] = .array(args.map { term($0) }) }
        if let key = r.key { head["key"] = term(key) }
        if let value = r.value { head["value"] = term(value) } else if r.key == nil { head["value"] = term("boolean", .bool(true)) }
        if r.assign { head["assign"] = .bool(true) }
        var out: [RegoValue: RegoValue] = ["head": .object(head), "body": body(r.body)]
        if r.isDefault { out["default"] = .bool(true) }
        // `else` chains nest: each else is a rule with the same head and its own value and body.
        var elseRule: RegoValue?
        for (value, elseBody) in r.elses.reversed() {
            var elseHead = head
            elseHead["value"] = value.map { term($0) } ?? term("boolean", .bool(true))
            var entry: [RegoValue: RegoValue] = ["head": .object(elseHead), "body": body(elseBody)]
            if let inner = elseRule { entry["else"] = inner }
            elseRule = .object(entry)
        }
        if let elseRule { out["else"] = elseRule }
        return .object(out)
    }

    /// OPA gives a rule without a body the body `true`.
    mutating func body(_ b: Body) -> RegoValue {
        if b.isEmpty { return .array([.object(["index": 0, "terms": term("boolean", .bool(true))])]) }
        return .array(b.enumerated().map { index, e in expr(e, index: index) })
    }

    mutating func expr(_ e: Expr, index: Int) -> RegoValue {
        var out: [RegoValue: RegoValue] = ["index": .int(index)]
        var kind = e.kind
        if case .not(let inner) = kind { out["negated"] = .bool(true); kind = inner.kind }
        switch kind {
        case .term(let t):
            if case .call(let name, let args) = t.kind { out["terms"] = .array([operatorRef(name)] + args.map { term($0) }) } else { out["terms"] = term(t) }
        case .unify(let l, let r): out["terms"] = .array([operatorRef("eq"), term(l), term(r)])
        case .assign(let l, let r): out["terms"] = .array([operatorRef("assign"), term(l), term(r)])
        case .some(let names): out["terms"] = .object(["symbols": .array(names.map { term("var", .string(varName($0))) })])
        case .someIn(let key, let value, let collection):
            let args = (key.map { [term($0)] } ?? []) + [term(value), term(collection)]
            out["terms"] = .object(["symbols": .array([term("call", .array([operatorRef(key == nil ? "internal.member_2" : "internal.member_3")] + args))])])
        case .every(let key, let value, let domain, let b):
            var every: [RegoValue: RegoValue] = ["value": term(value), "domain": term(domain), "body": body(b)]
            if let key { every["key"] = term(key) }
            out["terms"] = .object(every)
        case .not: break
        }
        if !e.with.isEmpty {
            out["with"] = .array(e.with.map { .object(["target": term($0.target), "value": term($0.value)]) })
        }
        return .object(out)
    }

    func operatorRef(_ name: String) -> RegoValue {
        let parts = name.split(separator: ".").map(String.init)
        return term("ref", .array([term("var", .string(parts[0]))] + parts.dropFirst().map { term("string", .string($0)) }))
    }

    mutating func varName(_ name: String) -> String {
        guard name.hasPrefix("$_") else { return name }
        if let known = wildcards[name] { return known }
        let fresh = "$\(wildcards.count)"
        wildcards[name] = fresh
        return fresh
    }

    mutating func term(_ t: Term) -> RegoValue {
        switch t.kind {
        case .value(let v): return value(v)
        case .variable(let n): return term("var", .string(varName(n)))
        case .ref(let head, let path):
            var parts = [term(head)]
            if case .object(let o) = parts[0], o["type"] == .string("ref"), case .array(let inner)? = o["value"] { parts = inner }
            return term("ref", .array(parts + path.map { term($0) }))
        case .array(let items): return term("array", .array(items.map { term($0) }))
        case .set(let items): return term("set", .array(items.map { term($0) }))
        case .object(let pairs): return term("object", .array(pairs.map { .array([term($0.0), term($0.1)]) }))
        case .arrayCompr(let head, let b): return term("arraycomprehension", .object(["term": term(head), "body": body(b)]))
        case .setCompr(let head, let b): return term("setcomprehension", .object(["term": term(head), "body": body(b)]))
        case .objectCompr(let k, let v, let b): return term("objectcomprehension", .object(["key": term(k), "value": term(v), "body": body(b)]))
        case .call(let name, let args): return term("call", .array([operatorRef(name)] + args.map { term($0) }))
        case .chain(let first, let links):
            var acc = term(first)
            for link in links { acc = term("call", .array([operatorRef(link.builtin), acc, term(link.operand)])) }
            return acc
        case .template(let parts):
            return term("templatestring", .array(parts.map { part in
                switch part {
                case .text(let s): return term("string", .string(s))
                case .expr(let e): return term(e)
                }
            }))
        }
    }

    func value(_ v: RegoValue) -> RegoValue {
        switch v {
        case .null: return term("null", .null)
        case .bool: return term("boolean", v)
        case .number: return term("number", v)
        case .string: return term("string", v)
        case .array(let items): return term("array", .array(items.map(value)))
        case .set(let items): return term("set", .array(items.sorted().map(value)))
        case .object(let o): return term("object", .array(o.sorted { $0.key < $1.key }.map { .array([value($0.key), value($0.value)]) }))
        }
    }
}
