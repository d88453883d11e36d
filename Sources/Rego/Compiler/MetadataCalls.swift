/// `rego.metadata.rule()` and `rego.metadata.chain()` are constants of the rule they appear in,
/// so the compiler replaces them with their values, as OPA's compiler does.
///
/// `rule()` is the rule's own rule-scope annotation (`{}` without one). `chain()` lists, from
/// the rule outwards: the rule (its path, and its annotation if rule-scoped), a document-scope
/// annotation of any definition with that path, the package's annotation (from any module of
/// the package), and `subpackages` annotations of the package and its ancestors, nearest first.
enum MetadataCalls {
    struct Index {
        var documents: [[String]: RegoValue] = [:]
        var packages: [[String]: RegoValue] = [:]
        var subpackages: [[String]: RegoValue] = [:]
    }

    static func index(_ modules: [Module]) -> Index {
        var index = Index()
        for module in modules {
            if let annotation = module.packageAnnotation {
                if scope(annotation) == "subpackages" { index.subpackages[module.package] = annotation } else { index.packages[module.package] = annotation }
            }
            for rule in module.rules {
                if let annotation = rule.annotation, scope(annotation) == "document" { index.documents[path(rule, module.package)] = annotation }
            }
        }
        return index
    }

    static func rewrite(_ rule: Rule, package: [String], index: Index) -> Rule {
        let rulePath = path(rule, package)
        let own = rule.annotation.flatMap { scope($0) == "rule" ? $0 : nil }
        var chain: [RegoValue] = [entry(rulePath, own)]
        if let document = index.documents[rulePath] { chain.append(entry(rulePath, document)) }
        if let annotation = index.packages[package] { chain.append(entry(package, annotation)) }
        for length in stride(from: package.count, through: 1, by: -1) {
            let prefix = Array(package.prefix(length))
            if let annotation = index.subpackages[prefix] { chain.append(entry(prefix, annotation)) }
        }
        let values: [String: RegoValue] = ["rego.metadata.rule": own ?? .object([:]), "rego.metadata.chain": .array(chain)]
        var rule = rule
        rule.body = rule.body.map { map($0, values) }
        rule.value = rule.value.map { map($0, values) }
        rule.key = rule.key.map { map($0, values) }
        rule.elses = rule.elses.map { (value: $0.value.map { map($0, values) }, body: $0.body.map { map($0, values) }) }
        return rule
    }

    private static func scope(_ annotation: RegoValue) -> String? { annotation["scope"]?.stringValue }

    private static func path(_ rule: Rule, _ package: [String]) -> [String] {
        package + rule.ref.prefix { $0.groundValue?.stringValue != nil }.compactMap { $0.groundValue?.stringValue }
    }

    private static func entry(_ path: [String], _ annotation: RegoValue?) -> RegoValue {
        var object: [RegoValue: RegoValue] = [.string("path"): .array(path.map(RegoValue.string))]
        if let annotation { object[.string("annotations")] = annotation }
        return .object(object)
    }

    private static func map(_ e: Expr, _ values: [String: RegoValue]) -> Expr {
        var e = e
        switch e.kind {
        case .term(let t): e.kind = .term(map(t, values))
        case .unify(let l, let r): e.kind = .unify(map(l, values), map(r, values))
        case .assign(let l, let r): e.kind = .assign(map(l, values), map(r, values))
        case .not(let inner): e.kind = .not(map(inner, values))
        case .some: break
        case .someIn(let k, let v, let c): e.kind = .someIn(key: k.map { map($0, values) }, value: map(v, values), collection: map(c, values))
        case .every(let k, let v, let d, let body):
            e.kind = .every(key: k, value: v, domain: map(d, values), body: body.map { map($0, values) })
        }
        e.with = e.with.map { w in var w = w; w.value = map(w.value, values); return w }
        return e
    }

    private static func map(_ t: Term, _ values: [String: RegoValue]) -> Term {
        var t = t
        switch t.kind {
        case .value, .variable: break
        case .call(let name, let args):
            if args.isEmpty, let value = values[name] { t.kind = .value(value) } else { t.kind = .call(name, args.map { map($0, values) }) }
        case .ref(let h, let p): t.kind = .ref(map(h, values), p.map { map($0, values) })
        case .array(let a): t.kind = .array(a.map { map($0, values) })
        case .set(let a): t.kind = .set(a.map { map($0, values) })
        case .object(let o): t.kind = .object(o.map { (map($0.0, values), map($0.1, values)) })
        case .arrayCompr(let h, let b): t.kind = .arrayCompr(map(h, values), b.map { map($0, values) })
        case .setCompr(let h, let b): t.kind = .setCompr(map(h, values), b.map { map($0, values) })
        case .objectCompr(let k, let v, let b): t.kind = .objectCompr(map(k, values), map(v, values), b.map { map($0, values) })
        case .chain(let first, let links):
            t.kind = .chain(map(first, values), links.map { l in var l = l; l.operand = map(l.operand, values); return l })
        case .template(let parts):
            t.kind = .template(parts.map { if case .expr(let x) = $0 { .expr(map(x, values)) } else { $0 } })
        }
        return t
    }
}
