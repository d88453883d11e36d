/// What of `input` compiled rules and a query can read (`RegoInputSelection`), found from the
/// references to `input` in them. Every rule of every module counts, reachable from the query
/// or not, so a rule reached through a computed `data[...]` reference is covered.
///
/// - A reference `input.a.b[x].c` reads the subtree at its end through its steps: a constant
///   string key is a named field; any other key (a variable, a number, a computed term) is
///   every element or field (`each`), which also covers whichever one the key turns out to be.
/// - A bare `input` (passed to a function, assigned, compared) reads everything.
/// - A variable declared once in a rule by `v := <input reference>`, `some v in <input
///   reference>` or `every v in <input reference>` stands for that reference: `v.resources`
///   reads the reference's subtree's `resources`, a bare `v` its whole subtree, and the
///   declaration itself keeps the path to it (so iteration counts and existence are unchanged).
///   Any other declaration of the same name in the rule, or the name being a function argument,
///   and the variable is not followed: its declaration reads its whole subtree.
/// - A `with input... as` target is a write: what runs under it reads the replacement, and the
///   rest of the input only through references collected like any other.
struct InputReads {
    typealias Step = RegoInputSelection.Step

    private(set) var selection = RegoInputSelection.nothing
    /// Variables of the rule being read that stand for a path into the input.
    private var aliases: [String: [Step]] = [:]

    mutating func add(_ tree: RuleTree) {
        var stack = [tree.root]
        while let node = stack.popLast() {
            for compiled in node.rules + node.functions { add(compiled.rule) }
            stack.append(contentsOf: node.children.values)
        }
    }

    mutating func add(_ rule: Rule) {
        aliases = InputReads.aliases(in: rule)
        defer { aliases = [:] }
        for t in rule.ref { add(t) }
        for t in rule.args ?? [] { add(t) }
        if let k = rule.key { add(k) }
        if let v = rule.value { add(v) }
        add(rule.body)
        for e in rule.elses {
            if let v = e.value { add(v) }
            add(e.body)
        }
    }

    mutating func add(_ body: Body) {
        for e in body { add(e) }
    }

    private mutating func read(_ path: [Step], then end: RegoInputSelection = .whole) {
        selection = selection.union(RegoInputSelection.along(path[...], then: end))
    }

    private mutating func add(_ e: Expr) {
        if selection.readsEverything { return }
        switch e.kind {
        case .term(let t): add(t)
        case .assign(let l, let r):
            if let v = l.varName, aliases[v] != nil { declare(v, from: r) } else { add(l); add(r) }
        case .unify(let l, let r): add(l); add(r)
        case .not(let inner): add(inner)
        case .some: break
        case .someIn(let k, let v, let c):
            if let k { add(k) }
            if let name = v.varName, aliases[name] != nil { declare(name, from: c) } else { add(v); add(c) }
        case .every(let k, let v, let d, let body):
            if let k { add(k) }
            if let name = v.varName, aliases[name] != nil { declare(name, from: d) } else { add(v); add(d) }
            add(body)
        }
        for w in e.with { add(w.value) }
    }

    /// The declaration of a followed variable: the path to its value is kept (that it exists,
    /// how many elements it iterates), what is read of the value is added by its uses.
    private mutating func declare(_ v: String, from source: Term) {
        guard let path = aliases[v] else { return }
        read(path, then: .nothing)
        if case .ref(_, let keys) = source.kind { for k in keys { add(k) } }
    }

    private mutating func add(_ t: Term) {
        if selection.readsEverything { return }
        switch t.kind {
        case .value: break
        case .variable(let n):
            if n == "input" { selection = .everything } else if let path = aliases[n] { read(path) }
        case .ref(let head, let keys):
            if let root = head.varName, let base = root == "input" ? [] : aliases[root] {
                read(base + InputReads.steps(keys))
                for k in keys { add(k) }
            } else {
                add(head)
                for k in keys { add(k) }
            }
        case .array(let a), .set(let a): for x in a { add(x) }
        case .object(let o): for (k, v) in o { add(k); add(v) }
        case .call(_, let a): for x in a { add(x) }
        case .chain(let first, let links):
            add(first)
            for l in links { add(l.operand) }
        case .template(let parts): for p in parts { if case .expr(let x) = p { add(x) } }
        case .arrayCompr(let h, let body), .setCompr(let h, let body): add(h); add(body)
        case .objectCompr(let k, let v, let body): add(k); add(v); add(body)
        }
    }

    private static func steps(_ keys: [Term]) -> [Step] {
        keys.map { k in
            if case .value(.string(let s)) = k.kind { return .field(s) }
            return .each
        }
    }

    // MARK: finding the variables to follow

    /// Variables declared exactly once in the rule, by `:=`, `some … in` or `every … in`, from a
    /// reference into the input (directly or through another such variable).
    private static func aliases(in rule: Rule) -> [String: [Step]] {
        var declarations: [String: Int] = [:]
        var sources: [String: (Term, iterates: Bool)] = [:]
        func visit(_ body: Body) {
            for e in body { visit(e) }
        }
        func visit(_ e: Expr) {
            switch e.kind {
            case .term(let t): visit(t)
            case .assign(let l, let r):
                if let v = l.varName { declarations[v, default: 0] += 1; sources[v] = (r, false) }
                visit(l); visit(r)
            case .unify(let l, let r): visit(l); visit(r)
            case .not(let inner): visit(inner)
            case .some(let names): for n in names { declarations[n, default: 0] += 2 }
            case .someIn(let k, let v, let c), .every(let k, let v, let c, _):
                if let k { for n in Safety.patternVars(k) { declarations[n, default: 0] += 2 } }
                if let n = v.varName { declarations[n, default: 0] += 1; sources[n] = (c, true) }
                else { for n in Safety.patternVars(v) { declarations[n, default: 0] += 2 } }
                visit(c)
                if case .every(_, _, _, let body) = e.kind { visit(body) }
            }
            for w in e.with { visit(w.value) }
        }
        func visit(_ t: Term) {
            switch t.kind {
            case .value, .variable: break
            case .ref(let head, let keys): visit(head); for k in keys { visit(k) }
            case .array(let a), .set(let a): for x in a { visit(x) }
            case .object(let o): for (k, v) in o { visit(k); visit(v) }
            case .call(_, let a): for x in a { visit(x) }
            case .chain(let first, let links): visit(first); for l in links { visit(l.operand) }
            case .template(let parts): for p in parts { if case .expr(let x) = p { visit(x) } }
            case .arrayCompr(let h, let body), .setCompr(let h, let body): visit(h); visit(body)
            case .objectCompr(let k, let v, let body): visit(k); visit(v); visit(body)
            }
        }
        visit(rule.body)
        for e in rule.elses { visit(e.body) }
        for a in rule.args ?? [] { for n in Safety.patternVars(a) { declarations[n, default: 0] += 2 } }

        var resolved: [String: [Step]] = [:]
        func path(of v: String, depth: Int) -> [Step]? {
            if let p = resolved[v] { return p }
            guard depth < 32, declarations[v] == 1, let (source, iterates) = sources[v] else { return nil }
            var base: [Step]
            var keys: [Term] = []
            switch source.kind {
            case .variable(let n): guard let b = n == "input" ? [] : path(of: n, depth: depth + 1) else { return nil }; base = b
            case .ref(let head, let k):
                guard let n = head.varName, let b = n == "input" ? [] : path(of: n, depth: depth + 1) else { return nil }
                base = b
                keys = k
            default: return nil
            }
            let p = base + steps(keys) + (iterates ? [.each] : [])
            resolved[v] = p
            return p
        }
        for v in sources.keys { _ = path(of: v, depth: 0) }
        return resolved
    }
}
