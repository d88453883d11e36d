import Foundation

/// Parses GraphQL queries and SDL into OPA's AST objects (gqlparser's field names, empty lists
/// and missing values left out).
struct GQLParser {
    var toks: [GQLToken]
    var i = 0
    /// Nesting of values, list types and selection sets, which the parser and validator recurse into.
    var depth = 0
    static let maxDepth = 500

    init(_ text: String) throws { toks = try GQLLexer.tokenize(text) }

    var tok: GQLToken { toks[i] }
    func peek(_ n: Int = 1) -> GQLToken { toks[min(i + n, toks.count - 1)] }
    mutating func next() -> GQLToken { let t = toks[i]; if i < toks.count - 1 { i += 1 }; return t }
    func isP(_ s: String) -> Bool { tok.kind == .punct && tok.text == s }
    func isName(_ s: String) -> Bool { tok.kind == .name && tok.text == s }

    func fail(_ msg: String) -> GQLError { GQLError(description: msg) }
    func unexpected() -> GQLError {
        GQLError(description: tok.kind == .eof ? "Unexpected <EOF>" : "Unexpected \(tok.text)")
    }

    mutating func descend() throws {
        depth += 1
        if depth > GQLParser.maxDepth { throw fail("nesting deeper than \(GQLParser.maxDepth) levels") }
    }

    mutating func expect(_ s: String) throws {
        guard isP(s) else { throw fail("Expected \(s), found \(tok.kind == .eof ? "<EOF>" : tok.text)") }
        _ = next()
    }

    mutating func name() throws -> String {
        guard tok.kind == .name else { throw fail("Expected Name, found \(tok.kind == .eof ? "<EOF>" : tok.text)") }
        return next().text
    }

    static func obj(_ pairs: [(String, RegoValue?)]) -> RegoValue {
        var o: [RegoValue: RegoValue] = [:]
        for (k, v) in pairs {
            guard let v else { continue }
            if case .array(let a) = v, a.isEmpty { continue }
            o[.string(k)] = v
        }
        return .object(o)
    }

    mutating func many(_ open: String, _ close: String, _ item: (inout GQLParser) throws -> RegoValue) throws -> [RegoValue] {
        try expect(open)
        var out: [RegoValue] = []
        while !isP(close) {
            if tok.kind == .eof { throw unexpected() }
            out.append(try item(&self))
        }
        _ = next()
        return out
    }

    // MARK: values and types

    mutating func value(const: Bool) throws -> RegoValue {
        try descend()
        defer { depth -= 1 }
        func v(_ kind: Int, _ raw: String, _ children: [RegoValue] = []) -> RegoValue {
            GQLParser.obj([("Raw", .string(raw)), ("Kind", .int(kind)), ("ExpectedTypeHasDefault", .bool(false)),
                           ("Children", .array(children))])
        }
        let t = tok
        switch t.kind {
        case .punct:
            if t.text == "$" {
                if const { throw fail("Unexpected $") }
                _ = next()
                return v(0, try name())
            }
            if t.text == "[" {
                let items = try many("[", "]") { p in GQLParser.obj([("Name", .string("")), ("Value", try p.value(const: const))]) }
                return v(8, "", items)
            }
            if t.text == "{" {
                let items = try many("{", "}") { p in
                    let n = try p.name()
                    try p.expect(":")
                    return GQLParser.obj([("Name", .string(n)), ("Value", try p.value(const: const))])
                }
                return v(9, "", items)
            }
            throw unexpected()
        case .int: _ = next(); return v(1, t.text)
        case .float: _ = next(); return v(2, t.text)
        case .string: _ = next(); return v(3, t.text)
        case .blockString: _ = next(); return v(4, t.text)
        case .name:
            _ = next()
            switch t.text {
            case "true", "false": return v(5, t.text)
            case "null": return v(6, t.text)
            default: return v(7, t.text)
            }
        case .eof: throw unexpected()
        }
    }

    mutating func type() throws -> RegoValue {
        try descend()
        defer { depth -= 1 }
        var t: RegoValue
        if isP("[") {
            _ = next()
            let elem = try type()
            try expect("]")
            t = GQLParser.obj([("NamedType", .string("")), ("Elem", elem), ("NonNull", .bool(false))])
        } else {
            t = GQLParser.obj([("NamedType", .string(try name())), ("NonNull", .bool(false))])
        }
        if isP("!") {
            _ = next()
            if case .object(var o) = t { o[.string("NonNull")] = .bool(true); t = .object(o) }
        }
        return t
    }

    mutating func directives(const: Bool) throws -> [RegoValue] {
        var out: [RegoValue] = []
        while isP("@") {
            _ = next()
            let n = try name()
            out.append(GQLParser.obj([("Name", .string(n)), ("Arguments", .array(try arguments(const: const))), ("Location", .string(""))]))
        }
        return out
    }

    mutating func arguments(const: Bool) throws -> [RegoValue] {
        guard isP("(") else { return [] }
        let args = try many("(", ")") { p in
            let n = try p.name()
            try p.expect(":")
            return GQLParser.obj([("Name", .string(n)), ("Value", try p.value(const: const))])
        }
        if args.isEmpty { throw fail("Expected Name, found )") }
        return args
    }

    // MARK: queries

    mutating func parseQuery() throws -> RegoValue {
        var ops: [RegoValue] = [], frags: [RegoValue] = []
        if tok.kind == .eof { return GQLParser.obj([]) }
        while tok.kind != .eof {
            if isP("{") {
                ops.append(GQLParser.obj([("Operation", .string("query")), ("Name", .string("")), ("SelectionSet", .array(try selectionSet()))]))
            } else if isName("query") || isName("mutation") || isName("subscription") {
                let op = next().text
                var n = ""
                if tok.kind == .name { n = next().text }
                var vars: [RegoValue] = []
                if isP("(") { vars = try variableDefinitions() }
                let dirs = try directives(const: false)
                ops.append(GQLParser.obj([("Operation", .string(op)), ("Name", .string(n)), ("VariableDefinitions", .array(vars)),
                                          ("Directives", .array(dirs)), ("SelectionSet", .array(try selectionSet()))]))
            } else if isName("fragment") {
                _ = next()
                guard !isName("on") else { throw unexpected() }
                let n = try name()
                var vars: [RegoValue] = []
                if isP("(") { vars = try variableDefinitions() }
                guard isName("on") else { throw fail("Expected \"on\", found \(tok.text)") }
                _ = next()
                let cond = try name()
                let dirs = try directives(const: false)
                frags.append(GQLParser.obj([("Name", .string(n)), ("VariableDefinition", .array(vars)), ("TypeCondition", .string(cond)),
                                            ("Directives", .array(dirs)), ("SelectionSet", .array(try selectionSet()))]))
            } else {
                throw unexpected()
            }
        }
        return GQLParser.obj([("Operations", .array(ops)), ("Fragments", .array(frags))])
    }

    mutating func variableDefinitions() throws -> [RegoValue] {
        try many("(", ")") { p in
            try p.expect("$")
            let n = try p.name()
            try p.expect(":")
            let t = try p.type()
            var def: RegoValue?
            if p.isP("=") { _ = p.next(); def = try p.value(const: true) }
            let dirs = try p.directives(const: true)
            return GQLParser.obj([("Variable", .string(n)), ("Type", t), ("DefaultValue", def), ("Directives", .array(dirs)), ("Used", .bool(false))])
        }
    }

    mutating func selectionSet() throws -> [RegoValue] {
        try descend()
        defer { depth -= 1 }
        let sels = try many("{", "}") { p in try p.selection() }
        if sels.isEmpty { throw fail("expected at least one definition, found }") }
        return sels
    }

    mutating func selection() throws -> RegoValue {
        if isP("...") {
            _ = next()
            if tok.kind == .name && tok.text != "on" {
                let n = try name()
                return GQLParser.obj([("Name", .string(n)), ("Directives", .array(try directives(const: false)))])
            }
            var cond = RegoValue.string("")
            if isName("on") { _ = next(); cond = .string(try name()) }
            let dirs = try directives(const: false)
            return GQLParser.obj([("TypeCondition", cond), ("Directives", .array(dirs)), ("SelectionSet", .array(try selectionSet()))])
        }
        var alias = try name()
        var n = alias
        if isP(":") { _ = next(); n = try name() } else { alias = n }
        let args = try arguments(const: false)
        let dirs = try directives(const: false)
        var sel: [RegoValue] = []
        if isP("{") { sel = try selectionSet() }
        return GQLParser.obj([("Alias", .string(alias)), ("Name", .string(n)), ("Arguments", .array(args)),
                              ("Directives", .array(dirs)), ("SelectionSet", .array(sel))])
    }
}
